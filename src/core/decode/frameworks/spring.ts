/**
 * Spring Session, docs/rules.md §5 F17: `SESSION` = base64 of the 36-character session UUID
 * (spring-session DefaultCookieSerializer, useBase64Encoding = true).
 */
import { decodeBase64, utf8OrNull } from '../base64.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const SHAPE = /^[A-Za-z0-9+/]{48}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function springSession(ctx: FrameworkContext): FrameworkMatch | null {
  if (ctx.val.length !== 48 || !SHAPE.test(ctx.val)) return null;
  const bytes = decodeBase64(ctx.val);
  const text = bytes ? utf8OrNull(bytes) : null;
  if (!text || !UUID.test(text)) return null;
  const byName = ctx.lowerName === 'session';
  return {
    framework: 'spring',
    label: 'Spring Session',
    formatId: 'spring-session',
    cls: 'session-id',
    readability: 'opaque',
    subtype: 'opaque-id',
    isAuth: true,
    confidence: byName ? 'high' : 'medium',
    evidence: [
      `base64 of the UUID ${text}: Spring Session's cookie format; the session data lives on the server (Redis, JDBC, ...)`,
    ],
    layers: [{ kind: 'base64', label: 'base64-decoded (RFC 4648 §4)', text }],
    idPart: text,
  };
}

/**
 * Express cookies, cookie-rules.md §(b) F8, F9:
 * express-session `connect.sid` = "s:" + id + "." + base64(HMAC-SHA256(id)) without '=' (expressjs/session index.js
 * setcookie; tj/node-cookie-signature sign()), URL-encoded by cookie.serialize; id = uid-safe(24) → 32 base64url chars.
 * cookie-session: value = base64(JSON.stringify(session)); `<name>.sig` = keygrip HMAC-SHA1 base64url (27 chars)
 * over "<name>=<value>" (expressjs/cookie-session index.js; crypto-utils/keygrip; pillarjs/cookies).
 */
import { jsonPreview } from '../json.ts';
import { decodeBase64Payload } from '../payload.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const SIGNED_ID = /^s:([^.]{8,200})\.([A-Za-z0-9+/]{43})$/;
const STANDARD_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const KEYGRIP_SIG = /^[A-Za-z0-9_-]{27}$/;

export function expressSession(ctx: FrameworkContext): FrameworkMatch | null {
  const m = ctx.val.startsWith('s:') ? SIGNED_ID.exec(ctx.val) : null;
  if (!m) return null;
  const [, id = '', signature = ''] = m;
  const byName = ctx.lowerName === 'connect.sid';
  return {
    framework: 'express',
    label: 'express-session',
    formatId: 'express-session',
    cls: 'session-id',
    readability: 'opaque',
    subtype: 'signed-id',
    isAuth: true,
    confidence: byName ? 'high' : 'medium',
    evidence: [
      `"s:" + a ${id.length}-character session id + "." + a 43-character HMAC-SHA256 signature: the cookie-signature format express-session uses; the session data lives on the server (the session store)`,
      ...(byName ? ["'connect.sid' is express-session's default cookie name"] : []),
    ],
    layers: [{ kind: 'framework', label: 'express-session: s:<id>.<signature>', text: `session id: ${id}\nsignature: ${signature}`, data: { framework: 'express', parts: { id, signature } } }],
    idPart: id,
  };
}

/** cookie-session's payload cookie (confirmed by a `<name>.sig` companion or the default name `session`). */
export function cookieSessionPayload(ctx: FrameworkContext): FrameworkMatch | null {
  if (!ctx.val.startsWith('ey') || !STANDARD_BASE64.test(ctx.val)) return null;
  const companion = ctx.siblingNames?.has(`${ctx.name}.sig`) ?? false;
  if (!companion && ctx.lowerName !== 'session' && ctx.lowerName !== 'express:sess') return null;
  const decoded = decodeBase64Payload(ctx.val, false);
  if (!decoded || decoded.json === null) return null;
  return {
    framework: 'express',
    label: 'cookie-session (Express)',
    formatId: 'cookie-session',
    cls: 'client-data',
    readability: companion ? 'signed' : 'readable',
    subtype: 'base64-json',
    isAuth: true,
    confidence: companion ? 'high' : 'medium',
    evidence: [
      `base64 of JSON ${jsonPreview(decoded.json)}: cookie-session keeps the whole session in the browser, readable by anyone holding it`,
      companion ? `the companion cookie '${ctx.name}.sig' is its keygrip HMAC signature, so only the server's keys stop changes` : 'no signature cookie was seen next to it: if the server does not sign it, anyone can change it',
    ],
    layers: decoded.layers,
    json: decoded.json,
  };
}

/** The `.sig` companion of a cookie-session (or any pillarjs/cookies signed) cookie. */
export function cookieSessionSignature(ctx: FrameworkContext): FrameworkMatch | null {
  if (!ctx.lowerName.endsWith('.sig') || !KEYGRIP_SIG.test(ctx.val)) return null;
  const base = ctx.name.slice(0, -4);
  return {
    framework: 'express',
    label: 'cookie-session signature (keygrip)',
    formatId: 'cookie-session-sig',
    cls: 'client-data',
    readability: 'opaque',
    subtype: 'signature',
    isAuth: false,
    confidence: ctx.siblingNames?.has(base) ? 'high' : 'medium',
    evidence: [`27 base64url characters named '<cookie>.sig': the keygrip HMAC-SHA1 signature of the cookie '${base}' (pillarjs/cookies signed cookies)`],
    layers: [],
  };
}

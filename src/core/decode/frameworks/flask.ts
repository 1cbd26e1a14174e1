/**
 * Flask cookies, docs/rules.md §5 F6, F6a, F7 (Flask sessions docs; itsdangerous docs): the default session is an itsdangerous URLSafeTimedSerializer value
 * `payload.timestamp.signature` (pallets/flask src/flask/sessions.py; pallets/itsdangerous timed.py, url_safe.py);
 * F6a tells it from a JWT: JWT ⇔ part 1 is JSON with "alg"; itsdangerous ⇔ part 2 is ≤ 8 chars and an int within
 * ±20 years of now. Flask-Login `remember_token` = `<user id>|<HMAC-SHA512 hex>` (flask_login/utils.py encode_cookie).
 */
import { isJsonObject } from '../json.ts';
import {
  bigEndianBase64Int,
  decodeSignedPayload,
  isoSeconds,
  payloadWords,
  plausibleTimestamp,
} from './signed-payload.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const ITSDANGEROUS = /^(\.?[A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{4,8})\.([A-Za-z0-9_-]{27,86})$/;
const REMEMBER = /^([^|]{1,200})\|([0-9a-f]{128})$/;
/** flask/json/tag.py tags: " t" tuple, " u" uuid, " d" datetime, " b" bytes, " m" Markup, " di" dict. */
const FLASK_TAGS = new Set([' t', ' u', ' d', ' b', ' m', ' di']);

function hasFlaskTag(value: unknown, depth = 0): boolean {
  if (depth > 4) return false;
  if (Array.isArray(value)) return value.some((v) => hasFlaskTag(v, depth + 1));
  if (!isJsonObject(value)) return false;
  return (
    Object.keys(value).some((k) => FLASK_TAGS.has(k)) || Object.values(value).some((v) => hasFlaskTag(v, depth + 1))
  );
}

export function flaskSession(ctx: FrameworkContext): FrameworkMatch | null {
  const firstDot = ctx.val.indexOf('.', 1);
  // Three parts need two dots; the shape test comes before any decoding.
  const m = firstDot > 0 && ctx.val.indexOf('.', firstDot + 1) > 0 ? ITSDANGEROUS.exec(ctx.val) : null;
  if (!m) return null;
  if (ctx.val.startsWith('eyJ')) {
    // F6a: a JWT header is JSON with "alg"; such values are left to the JWT decoder.
    const head = decodeSignedPayload(ctx.val.slice(0, firstDot));
    if (head?.json && isJsonObject(head.json) && 'alg' in head.json) return null;
  }
  const [, payload = '', ts = '', signature = ''] = m;
  const seconds = bigEndianBase64Int(ts);
  if (!plausibleTimestamp(seconds, ctx.nowMs)) return null;
  const decoded = decodeSignedPayload(payload);
  if (!decoded) return null;
  const tagged = hasFlaskTag(decoded.json);
  const byName = ctx.lowerName === 'session';
  return {
    framework: 'flask',
    label: 'Flask session (itsdangerous)',
    formatId: 'flask-session',
    cls: 'client-data',
    readability: 'signed',
    subtype: 'signed-framework',
    isAuth: true,
    confidence: byName || tagged ? 'high' : 'medium',
    evidence: [
      `${payloadWords(decoded)} signed by itsdangerous: anyone with this browser can read it; only the server's secret stops changes`,
      `three parts separated by '.' (payload, time signed ${isoSeconds(seconds)}, ${signature.length}-character HMAC signature), the shape of itsdangerous' URLSafeTimedSerializer${payload.startsWith('.') ? '; the leading "." means zlib-compressed' : ''}`,
      ...(byName ? ["'session' is the default name of Flask's session cookie (SESSION_COOKIE_NAME)"] : []),
      ...(tagged ? ['keys like " t" / " d" are Flask\'s tagged-JSON markers'] : []),
    ],
    layers: [
      {
        kind: 'framework',
        label: 'itsdangerous: payload.timestamp.signature',
        text: `payload: ${payload}\ntimestamp: ${ts}\nsigned at: ${isoSeconds(seconds)}\nsignature: ${signature}`,
        data: { framework: 'flask', parts: { payload, timestamp: ts, signature }, timestamp: seconds },
      },
      ...decoded.layers,
    ],
    json: decoded.json,
  };
}

export function flaskLoginRemember(ctx: FrameworkContext): FrameworkMatch | null {
  const m = ctx.val.length >= 130 && ctx.val.includes('|') ? REMEMBER.exec(ctx.val) : null;
  if (!m) return null;
  const [, userId = '', digest = ''] = m;
  return {
    framework: 'flask',
    label: 'Flask-Login remember-me token',
    formatId: 'flask-remember',
    cls: 'auth-token',
    readability: 'signed',
    subtype: 'remember-me',
    isAuth: true,
    confidence: ctx.lowerName === 'remember_token' ? 'high' : 'medium',
    evidence: [
      `the user id "${userId}" in clear text followed by a 128-hex-digit HMAC-SHA512: Flask-Login's remember-me format; whoever holds it is logged in as that user`,
    ],
    layers: [
      {
        kind: 'framework',
        label: 'Flask-Login: user id|HMAC-SHA512',
        text: `user id: ${userId}\nsignature: ${digest}`,
        data: { framework: 'flask', parts: { userId, signature: digest } },
      },
    ],
  };
}

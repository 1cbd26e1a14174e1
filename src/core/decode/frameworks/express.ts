/**
 * Express cookies, docs/rules.md §5 F8, F9 (express-session and cookie-session READMEs):
 * express-session `connect.sid` = "s:" + id + "." + base64(HMAC-SHA256(id)) without '=' (expressjs/session index.js
 * setcookie; tj/node-cookie-signature sign()), URL-encoded by cookie.serialize; id = uid-safe(24) → 32 base64url chars.
 * cookie-session: value = base64(JSON.stringify(session)); `<name>.sig` = keygrip HMAC-SHA1 base64url (27 chars)
 * over "<name>=<value>" (expressjs/cookie-session index.js; crypto-utils/keygrip; pillarjs/cookies).
 * Express res.cookie (expressjs/express lib/response.js): an object or array value is written "j:" + JSON.stringify
 * (cookie-parser's JSONCookie reads it back); `signed: true` writes "s:" + cookie-signature sign(value, secret), i.e.
 * the value itself, ".", and the base64 HMAC-SHA256 without '=' (cookie-parser signedCookie strips and checks it).
 */
import type { DecodedLayer } from '../../analysis-types.ts';
import { jsonLayer, jsonPreview, type JsonValue, parseJsonContainer } from '../json.ts';
import { decodeBase64Payload } from '../payload.ts';
import { shorten, visibleText } from '../text.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

/** cookie-signature: the signature follows the last '.', so the signed value may itself contain dots. */
const SIGNED = /^s:([\s\S]*)\.([A-Za-z0-9+/]{43})$/;
/** express-session's default genid is uid-safe(24): 32 base64url characters. */
const SESSION_ID = /^[A-Za-z0-9_-]{32}$/;
const CUSTOM_ID = /^[^.]{8,200}$/;
const STANDARD_BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const KEYGRIP_SIG = /^[A-Za-z0-9_-]{27}$/;

/** The JSON of an Express "j:" value, or null. */
function expressJsonOf(value: string): JsonValue | null {
  return value.startsWith('j:') ? parseJsonContainer(value.slice(2)) : null;
}

function jsonWords(json: JsonValue): string {
  return `"j:" + JSON ${jsonPreview(json)}: the way Express's res.cookie() writes an object, and cookie-parser reads it back`;
}

/** res.cookie(name, { ... }) without signing: "j:" + JSON. */
export function expressJson(ctx: FrameworkContext): FrameworkMatch | null {
  const json = expressJsonOf(ctx.val);
  if (json === null) return null;
  return {
    framework: 'express',
    label: 'Express res.cookie JSON (j:)',
    formatId: 'express-json',
    cls: 'client-data',
    readability: 'readable',
    subtype: 'json',
    isAuth: false,
    confidence: 'high',
    evidence: [
      `${jsonWords(json)}: the data itself is in your browser and anyone holding the cookie can read it`,
      'it is not signed, so anyone can change it too (res.cookie(..., { signed: true }) would add a signature)',
    ],
    layers: [
      {
        kind: 'framework',
        label: 'Express "j:" prefix removed',
        text: shorten(visibleText(ctx.val.slice(2)), 2000),
        data: { framework: 'express', parts: { json: ctx.val.slice(2) } },
      },
      jsonLayer(json),
    ],
    json,
  };
}

/** res.cookie(name, value, { signed: true }) that is not an express-session id: the value itself, signed. */
function expressSigned(ctx: FrameworkContext, inner: string, signature: string): FrameworkMatch {
  const json = expressJsonOf(inner);
  const layers: DecodedLayer[] = [
    {
      kind: 'framework',
      label: 'Express signed cookie: s:<value>.<signature>',
      text: `value: ${shorten(visibleText(inner), 2000)}\nsignature: ${signature}`,
      data: { framework: 'express', parts: { value: inner, signature } },
    },
  ];
  if (json !== null) layers.push(jsonLayer(json));
  return {
    framework: 'express',
    label: json !== null ? 'Express signed cookie (j: JSON)' : 'Express signed cookie',
    formatId: 'express-signed',
    cls: 'client-data',
    readability: 'signed',
    subtype: json !== null ? 'signed-json' : 'signed-value',
    isAuth: false,
    confidence: 'high',
    evidence: [
      `${json !== null ? jsonWords(json) : `the value "${shorten(visibleText(inner), 60)}"`}, then "." and a 43-character HMAC-SHA256 signature: an Express signed cookie (cookie-signature), readable by anyone holding it; only the server's secret stops changes`,
    ],
    layers,
    json,
  };
}

export function expressSession(ctx: FrameworkContext): FrameworkMatch | null {
  const m = ctx.val.startsWith('s:') ? SIGNED.exec(ctx.val) : null;
  if (!m) return null;
  const [, id = '', signature = ''] = m;
  const byName = ctx.lowerName === 'connect.sid';
  if (!SESSION_ID.test(id) && !(byName && CUSTOM_ID.test(id))) return expressSigned(ctx, id, signature);
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
    layers: [
      {
        kind: 'framework',
        label: 'express-session: s:<id>.<signature>',
        text: `session id: ${id}\nsignature: ${signature}`,
        data: { framework: 'express', parts: { id, signature } },
      },
    ],
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
      companion
        ? `the companion cookie '${ctx.name}.sig' is its keygrip HMAC signature, so only the server's keys stop changes`
        : 'no signature cookie was seen next to it: if the server does not sign it, anyone can change it',
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
    evidence: [
      `27 base64url characters named '<cookie>.sig': the keygrip HMAC-SHA1 signature of the cookie '${base}' (pillarjs/cookies signed cookies)`,
    ],
    layers: [],
  };
}

/**
 * Django cookies, docs/rules.md §5 F1–F5 (Django sessions, signing and CSRF docs):
 * F1 `sessionid` db/cache/file: 32 of [a-z0-9] (django/contrib/sessions/backends/base.py VALID_KEY_CHARS);
 * F2 `sessionid` signed_cookies: payload:timestamp:signature (django/core/signing.py, backends/signed_cookies.py);
 * F3 `csrftoken`: 32 or 64 alphanumerics (django/middleware/csrf.py CSRF_SECRET_LENGTH / CSRF_TOKEN_LENGTH);
 * F4 `messages`: signed JSON (django/contrib/messages/storage/cookie.py); F5 `django_language`.
 */
import type { DecodedLayer } from '../../analysis-types.ts';
import { jsonLayer, jsonPreview, parseJsonContainer } from '../json.ts';
import { base62Decode, decodeSignedPayload, isoSeconds, payloadWords, plausibleTimestamp } from './signed-payload.ts';
import type { FrameworkContext, FrameworkMatch } from './types.ts';

const SIGNED = /^(\.?[A-Za-z0-9_-]+):([0-9A-Za-z]{1,8}):([A-Za-z0-9_-]{27,86})$/;
const SIGNED_NO_TIMESTAMP = /^(\.?[A-Za-z0-9_-]+):([A-Za-z0-9_-]{27,86})$/;
const DB_KEY = /^[a-z0-9]{32}$/;
const CSRF = /^(?:[A-Za-z0-9]{32}|[A-Za-z0-9]{64})$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]+)*$/i;
/** VALID_KEY_CHARS = ascii_lowercase + digits. */
const SESSION_KEY_CHARSET = { bits: Math.log2(36), words: 'lowercase letters and digits' };

function frameworkLayer(label: string, parts: Record<string, string>, timestamp?: number): DecodedLayer {
  const lines = Object.entries(parts).map(([k, v]) => `${k}: ${v}`);
  if (timestamp !== undefined) lines.push(`signed at: ${isoSeconds(timestamp)}`);
  return { kind: 'framework', label, text: lines.join('\n'), data: { framework: 'django', parts, timestamp } };
}

/** F2: Django signed_cookies session (also any TimestampSigner.sign_object value under a Django name). */
export function djangoSignedSession(ctx: FrameworkContext): FrameworkMatch | null {
  const m = ctx.val.includes(':') ? SIGNED.exec(ctx.val) : null;
  if (!m) return null;
  const [, payload = '', ts = '', signature = ''] = m;
  const seconds = base62Decode(ts);
  const byName = ctx.lowerName === 'sessionid';
  if (!plausibleTimestamp(seconds, ctx.nowMs) && !byName) return null;
  const decoded = decodeSignedPayload(payload);
  if (!decoded && !byName) return null;
  const timestamp = plausibleTimestamp(seconds, ctx.nowMs) ? seconds : undefined;
  const layers = [
    frameworkLayer(
      'Django signed_cookies: payload:timestamp:signature',
      { payload, timestamp: ts, signature },
      timestamp,
    ),
    ...(decoded?.layers ?? []),
  ];
  const authKeys =
    decoded?.json &&
    typeof decoded.json === 'object' &&
    !Array.isArray(decoded.json) &&
    '_auth_user_id' in decoded.json;
  return {
    framework: 'django',
    label: 'Django signed_cookies session',
    formatId: 'django-signed-cookies',
    cls: 'client-data',
    readability: 'signed',
    subtype: 'signed-framework',
    isAuth: true,
    confidence: byName && decoded ? 'high' : 'medium',
    evidence: [
      `${payloadWords(decoded)} signed by Django: anyone with this browser can read it; only the server's secret stops changes`,
      `three parts separated by ':' (payload, time signed${timestamp !== undefined ? ` ${isoSeconds(timestamp)}` : ''}, ${signature.length}-character HMAC signature), the shape of django.core.signing${payload.startsWith('.') ? '; the leading "." means the payload is zlib-compressed' : ''}`,
      ...(authKeys ? ['"_auth_user_id" is the id of the logged-in user (django.contrib.auth)'] : []),
      ...(byName ? ["'sessionid' is the default name of Django's session cookie (SESSION_COOKIE_NAME)"] : []),
    ],
    layers,
    json: decoded?.json ?? null,
  };
}

/** F1: the db/cache/file backends keep only a random key in the cookie. */
export function djangoDbSession(ctx: FrameworkContext): FrameworkMatch | null {
  if (ctx.lowerName !== 'sessionid' || !DB_KEY.test(ctx.val)) return null;
  return {
    framework: 'django',
    label: 'Django session (database/cache backend)',
    formatId: 'django-db-session',
    cls: 'session-id',
    readability: 'opaque',
    subtype: 'opaque-id',
    isAuth: true,
    confidence: 'high',
    evidence: [
      "the default name of Django's session cookie: the data lives on the server (database, cache or file), the cookie is only its key",
    ],
    layers: [],
    idPart: ctx.val,
    idCharset: SESSION_KEY_CHARSET,
  };
}

/** F3: csrftoken. */
export function djangoCsrf(ctx: FrameworkContext): FrameworkMatch | null {
  if (ctx.lowerName !== 'csrftoken') return null;
  const shaped = CSRF.test(ctx.val);
  return {
    framework: 'django',
    label: 'Django CSRF token',
    formatId: 'django-csrf',
    cls: 'csrf',
    readability: 'opaque',
    subtype: 'csrf-token',
    isAuth: false,
    confidence: shaped ? 'high' : 'medium',
    evidence: [
      `'csrftoken' is the default name of Django's CSRF cookie${shaped ? `; ${ctx.val.length} letters and digits as django/middleware/csrf.py makes them (${ctx.val.length === 32 ? 'the secret itself, Django ≥ 4.1' : 'a masked token'})` : ''}`,
      'it is compared with the token sent in your form or X-CSRFToken header (double-submit); JavaScript may read it on purpose',
    ],
    layers: [],
    idPart: ctx.val,
  };
}

/** F4: messages (CookieStorage) — `payload[:timestamp]:signature`, payload base64 JSON or raw JSON (older Django). */
export function djangoMessages(ctx: FrameworkContext): FrameworkMatch | null {
  if (ctx.lowerName !== 'messages') return null;
  let layers: DecodedLayer[] = [];
  let json = null;
  const m = SIGNED.exec(ctx.val) ?? SIGNED_NO_TIMESTAMP.exec(ctx.val);
  if (m) {
    const decoded = decodeSignedPayload(m[1] ?? '');
    if (!decoded) return null;
    layers = [
      frameworkLayer('Django messages: payload:signature', { payload: m[1] ?? '', signature: m[m.length - 1] ?? '' }),
      ...decoded.layers,
    ];
    json = decoded.json;
  } else {
    const sep = ctx.val.lastIndexOf(':');
    const parsed = sep > 0 ? parseJsonContainer(ctx.val.slice(0, sep)) : null;
    if (!parsed) return null;
    json = parsed;
    layers = [
      frameworkLayer('Django messages: JSON:signature', {
        payload: ctx.val.slice(0, sep),
        signature: ctx.val.slice(sep + 1),
      }),
      jsonLayer(parsed),
    ];
  }
  return {
    framework: 'django',
    label: 'Django messages (cookie storage)',
    formatId: 'django-messages',
    cls: 'client-data',
    readability: 'signed',
    subtype: 'signed-framework',
    isAuth: false,
    confidence: 'high',
    evidence: [
      `flash messages stored in the browser: ${json !== null ? jsonPreview(json) : 'signed data'}, signed by Django so they cannot be changed, but readable`,
    ],
    layers,
    json,
  };
}

/** F5: django_language. */
export function djangoLanguage(ctx: FrameworkContext): FrameworkMatch | null {
  if (ctx.lowerName !== 'django_language' || !LANGUAGE.test(ctx.val)) return null;
  return {
    framework: 'django',
    label: 'Django language preference',
    formatId: 'preference',
    cls: 'preference',
    readability: 'readable',
    subtype: 'language',
    isAuth: false,
    confidence: 'high',
    evidence: [`the language code "${ctx.val}" under Django's LANGUAGE_COOKIE_NAME`],
    layers: [],
  };
}

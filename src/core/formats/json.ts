/**
 * JSON in the `chrome.cookies.Cookie` shape, as Cookie-Editor and EditThisCookie export it.
 *
 * - Cookie-Editor (interface/lib/jsonFormat.js): an array of chrome cookies with `storeId: null` and
 *   `sameSite: null` for "unspecified".
 * - EditThisCookie (js/cookie_helpers.js): the same shape plus a numeric `id`; `expirationDate` is often a float.
 * Fields are typed strictly: a flag must be a JSON boolean (`"secure": "true"` is an error naming the line and field).
 * Parsing also tolerates capitalised SameSite (`None`, `Lax`, `Strict`), `expires` instead of `expirationDate`
 * (seconds, milliseconds or a date string), a missing `domain` when the page URL is known (the page's host), a
 * missing `hostOnly` (derived from the leading dot), a missing
 * `session` (derived from the expiry), a missing `path` ("/"), and a top-level `{ "cookies": [...] }` wrapper.
 *
 * Round trip: every attribute of the Cookie model (name, value, domain, hostOnly, path, secure, httpOnly, sameSite,
 * session, expirationDate, storeId, partitionKey) survives export then import exactly.
 */
import type { Cookie, PartitionKey, SameSite } from '../cookie/model.ts';
import { checkImportText, lineOf, MAX_IMPORT_COOKIES } from './input-limits.ts';
import { jsonErrorOffset } from './json-error-offset.ts';
import { jsonCookieLine } from './json-locate.ts';
import type { CookieFormat, ExportResult, FormatError, ImportContext, ParseResult } from './types.ts';

export interface JsonExportOptions {
  /** Indentation; Cookie-Editor uses 2. */
  indent?: number;
}

/** The exported object, keys in the order chrome.cookies reports them (alphabetical). */
function toJsonCookie(c: Cookie): Record<string, unknown> {
  return {
    domain: c.domain,
    ...(!c.session && c.expirationDate !== undefined ? { expirationDate: c.expirationDate } : {}),
    hostOnly: c.hostOnly,
    httpOnly: c.httpOnly,
    name: c.name,
    ...(c.partitionKey?.topLevelSite ? { partitionKey: { ...c.partitionKey } } : {}),
    path: c.path,
    sameSite: c.sameSite,
    secure: c.secure,
    session: c.session,
    storeId: c.storeId,
    value: c.value,
  };
}

export function exportJson(cookies: readonly Cookie[], options: JsonExportOptions = {}): ExportResult {
  return { text: JSON.stringify(cookies.map(toJsonCookie), null, options.indent ?? 2), notes: [] };
}

const SAME_SITE: Record<string, SameSite> = {
  no_restriction: 'no_restriction',
  none: 'no_restriction',
  lax: 'lax',
  strict: 'strict',
  unspecified: 'unspecified',
  '': 'unspecified',
};

type Fail = (field: string, message: string) => never;

class JsonFieldError extends Error {
  constructor(readonly detail: FormatError) {
    super(detail.message);
  }
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Own property only: `__proto__`, `constructor` and friends from the prototype never count as fields. */
function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

function str(o: Record<string, unknown>, key: string, fail: Fail, fallback?: string): string {
  const v = own(o, key);
  if (v === undefined || v === null) {
    if (fallback !== undefined) return fallback;
    return fail(key, `"${key}" is missing`);
  }
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v); // `"value": 2` has one reading: "2"
  return fail(key, `"${key}" must be a string, not ${Array.isArray(v) ? 'an array' : typeof v}`);
}

function bool(o: Record<string, unknown>, key: string, fail: Fail): boolean | undefined {
  const v = own(o, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'boolean') return v;
  // Strict: a string "true" or "false" is a sign of a hand-edited or foreign file; guessing could flip a flag.
  return fail(
    key,
    `"${key}" must be true or false (a JSON boolean), not ${typeof v === 'string' ? `the string "${v.slice(0, 20)}"` : typeof v}`,
  );
}

function sameSiteOf(o: Record<string, unknown>, fail: Fail): SameSite {
  const v = own(o, 'sameSite');
  if (v === undefined || v === null) return 'unspecified';
  if (typeof v !== 'string') return fail('sameSite', '"sameSite" must be a string or null');
  const s = SAME_SITE[v.toLowerCase()];
  if (!s || !Object.hasOwn(SAME_SITE, v.toLowerCase())) {
    return fail(
      'sameSite',
      `"sameSite" is "${v.slice(0, 40)}"; expected no_restriction, lax, strict, unspecified or None/Lax/Strict`,
    );
  }
  return s;
}

/** Seconds since the epoch from `expirationDate` or `expires`; numbers over 1e11 are read as milliseconds. */
function expiryOf(o: Record<string, unknown>, fail: Fail): number | undefined {
  const key = own(o, 'expirationDate') !== undefined ? 'expirationDate' : 'expires';
  const v = own(o, key);
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v < 0) return fail(key, `"${key}" must be a non-negative number of seconds`);
    return v > 1e11 ? v / 1000 : v;
  }
  if (typeof v === 'string') {
    if (/^\d+(\.\d+)?$/.test(v)) return expiryOf({ [key]: Number(v) }, fail);
    const ms = Date.parse(v);
    if (Number.isNaN(ms)) return fail(key, `"${key}" is not a date: "${v.slice(0, 40)}"`);
    return ms / 1000;
  }
  return fail(key, `"${key}" must be a number of seconds or a date string`);
}

function partitionKeyOf(o: Record<string, unknown>, fail: Fail): PartitionKey | undefined {
  const v = own(o, 'partitionKey');
  if (v === undefined || v === null) return undefined;
  if (!isRecord(v)) return fail('partitionKey', '"partitionKey" must be an object');
  const site = own(v, 'topLevelSite');
  if (site === undefined || site === null || site === '') return undefined;
  if (typeof site !== 'string') return fail('partitionKey.topLevelSite', 'must be a string');
  const cross = own(v, 'hasCrossSiteAncestor');
  if (cross !== undefined && typeof cross !== 'boolean')
    return fail('partitionKey.hasCrossSiteAncestor', 'must be true or false');
  return { topLevelSite: site, ...(cross !== undefined ? { hasCrossSiteAncestor: cross } : {}) };
}

/** The page's host, the domain of a cookie whose JSON names none (as `classify --url` always allowed); else none. */
function pageHost(ctx: ImportContext): string | undefined {
  if (ctx.url === undefined) return undefined;
  try {
    return new URL(ctx.url).hostname || undefined;
  } catch {
    return undefined;
  }
}

function cookieOf(o: Record<string, unknown>, ctx: ImportContext, fail: Fail): Cookie {
  const name = str(o, 'name', fail);
  const value = str(o, 'value', fail, '');
  const rawDomain = str(o, 'domain', fail, pageHost(ctx)).trim();
  if (rawDomain === '' || rawDomain === '.') return fail('domain', '"domain" is empty');
  const hostOnly = bool(o, 'hostOnly', fail) ?? !rawDomain.startsWith('.');
  const bare = rawDomain.replace(/^\./, '');
  const expiry = expiryOf(o, fail);
  const session = bool(o, 'session', fail) ?? expiry === undefined;
  const storeId = own(o, 'storeId');
  const partitionKey = partitionKeyOf(o, fail);
  return {
    name,
    value,
    domain: hostOnly ? bare : `.${bare}`,
    hostOnly,
    path: str(o, 'path', fail, '/') || '/',
    secure: bool(o, 'secure', fail) ?? false,
    httpOnly: bool(o, 'httpOnly', fail) ?? false,
    sameSite: sameSiteOf(o, fail),
    session: session || expiry === undefined,
    ...(!session && expiry !== undefined ? { expirationDate: expiry } : {}),
    storeId:
      typeof storeId === 'string' && storeId !== ''
        ? storeId
        : typeof storeId === 'number'
          ? String(storeId)
          : (ctx.storeId ?? '0'),
    ...(partitionKey ? { partitionKey } : {}),
  };
}

function jsonSyntaxError(text: string, e: unknown): FormatError {
  const msg = e instanceof Error ? e.message : String(e);
  const offset = jsonErrorOffset(text);
  return {
    message: `not valid JSON: ${msg.replace(/^JSON\.parse: /, '').slice(0, 200)}`,
    ...(offset >= 0 ? { line: lineOf(text, offset) } : {}),
  };
}

export function parseJson(text: string, ctx: ImportContext = {}): ParseResult {
  const guard = checkImportText(text);
  if (guard) return { error: guard };
  const body = text.replace(/^\uFEFF/, '');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    return { error: jsonSyntaxError(body, e) };
  }
  const list = Array.isArray(data)
    ? data
    : isRecord(data) && Array.isArray(own(data, 'cookies'))
      ? (own(data, 'cookies') as unknown[])
      : null;
  if (!list) return { error: { message: 'expected an array of cookies (or an object with a "cookies" array)' } };
  if (list.length > MAX_IMPORT_COOKIES)
    return { error: { message: `${list.length} cookies; the limit is ${MAX_IMPORT_COOKIES}` } };
  const cookies: Cookie[] = [];
  try {
    list.forEach((item, i) => {
      const fail: Fail = (field, message) => {
        const line = jsonCookieLine(body, i, field.split('.')[0] || undefined);
        throw new JsonFieldError({
          message: `cookie #${i + 1}: ${message}`,
          field: field ? `[${i}].${field}` : `[${i}]`,
          ...(line !== undefined ? { line } : {}),
        });
      };
      if (!isRecord(item)) fail('', 'is not an object');
      cookies.push(cookieOf(item as Record<string, unknown>, ctx, fail));
    });
  } catch (e) {
    if (e instanceof JsonFieldError) return { error: e.detail };
    return { error: { message: `unreadable cookie JSON: ${e instanceof Error ? e.message : String(e)}` } };
  }
  return { cookies, notes: [] };
}

/** The JSON format's registry entry (src/core/formats/index.ts). */
export const jsonFormat = {
  id: 'json',
  label: 'JSON (Cookie-Editor / EditThisCookie)',
  extension: 'json',
  mime: 'application/json',
  carriesAttributes: true,
  importer: { read: parseJson, describes: 'JSON (Cookie-Editor / EditThisCookie / Cookie Lens)' },
  exporter: {
    choice: 'JSON (Cookie-Editor / EditThisCookie compatible)',
    carries: 'Every attribute: domain, path, expiry, Secure, HttpOnly, SameSite, partition key and store.',
    stem: 'cookies',
    usage: 'chrome.cookies objects, every attribute kept',
    write: (cookies) => exportJson(cookies),
  },
} satisfies CookieFormat;

/**
 * Raw `Set-Cookie` header lines, one per line (an optional `Set-Cookie:` prefix is allowed), turned into the
 * cookie Chrome would store for the response URL. Parsing and the storage model (host-only without Domain, the
 * default-path, Max-Age over Expires, the 400-day cap, SameSite, Partitioned) are core's (`core/set-cookie.ts`);
 * this module adds what an import needs: a line number for every fault, and the refusals an import must not write
 * (a Domain that does not match the URL, Secure from an http URL other than localhost). An expiry in the past means
 * "delete", so such a line is skipped with a note.
 */
import { domainMatches, isSecureContextUrl, topLevelSite } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import { effectiveDomainAttribute, parseSetCookieHeader, storedExpiry, toStoredCookie } from '../set-cookie/index.ts';
import { checkImportText, hasControlChar, MAX_IMPORT_COOKIES, splitLines } from './input-limits.ts';
import type { CookieFormat, FormatError, ImportContext, ParseResult } from './types.ts';

/** Set-Cookie flags: an attribute with no "=" (RFC 6265bis §5.6; Partitioned: CHIPS). */
const FLAGS = new Set(['secure', 'httponly', 'partitioned']);
/** Attributes in the syntax only a Set-Cookie header gives them (RFC 6265bis §4.1.1; Priority: Chrome's extension). */
const ATTRIBUTE_SYNTAX: Record<string, (value: string) => boolean> = {
  path: (v) => v.startsWith('/'),
  domain: (v) => /^\.?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.?$/i.test(v),
  expires: (v) => v.length <= 64 && /\d/.test(v) && !Number.isNaN(Date.parse(v)),
  'max-age': (v) => /^-?\d{1,20}$/.test(v),
  samesite: (v) => /^(?:lax|strict|none)$/i.test(v),
  priority: (v) => /^(?:low|medium|high)$/i.test(v),
};

/**
 * True when a line can only be a Set-Cookie header, not a Cookie header. The first pair is a cookie either way; a
 * later part is a Set-Cookie attribute only in a form a cookie cannot take: a bare flag (`Secure`, `HttpOnly`,
 * `Partitioned`), or — when every later part is one — attributes in their own syntax (`Path=/…`, `Max-Age=<digits>`,
 * `SameSite=Lax|Strict|None`, …). So `session=abc; secure=1; theme=dark` is a Cookie header of three cookies,
 * and `id=1; Path=/; Max-Age=60` is a Set-Cookie line. The one text both readings fit — every cookie after the first
 * named like an attribute and holding that attribute's kind of value — is read as Set-Cookie (see the header export).
 */
export function isSetCookieLine(line: string): boolean {
  const parts = line
    .split(';')
    .slice(1)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.some((p) => FLAGS.has(p.toLowerCase()))) return true;
  return (
    parts.length > 0 &&
    parts.every((part) => {
      const eq = part.indexOf('=');
      if (eq === -1) return false;
      const name = part.slice(0, eq).trim().toLowerCase();
      const syntax = Object.hasOwn(ATTRIBUTE_SYNTAX, name) ? ATTRIBUTE_SYNTAX[name] : undefined;
      return syntax !== undefined && syntax(part.slice(eq + 1).trim());
    })
  );
}

type LineResult = { cookie: Cookie } | { skip: string } | { error: FormatError };

/** One Set-Cookie header value received from `url`. */
export function cookieFromSetCookie(header: string, url: URL, ctx: ImportContext, line = 1): LineResult {
  const semi = header.indexOf(';');
  const pairText = semi === -1 ? header : header.slice(0, semi);
  const eq = pairText.indexOf('=');
  // Browsers store a pair without "=" as a nameless cookie (6265bis §5.6), but in a file of Set-Cookie lines it is
  // almost always a stray line: say so, as `classify` and `audit` do, rather than import a nameless cookie.
  if (eq === -1)
    return { error: { line, message: `not a Set-Cookie line (expected name=value): ${pairText.trim().slice(0, 60)}` } };
  const name = pairText.slice(0, eq).trim();
  const value = pairText.slice(eq + 1).trim();
  if (name === '' && value === '') return { error: { line, message: 'no name=value before the first ";"' } };
  if (hasControlChar(name) || hasControlChar(value))
    return {
      error: {
        line,
        field: hasControlChar(name) ? 'name' : 'value',
        message: 'control characters are not allowed in cookies',
      },
    };
  const parsed = parseSetCookieHeader(header, url.href);
  if (!parsed) return { error: { line, message: 'unreadable Set-Cookie line' } };
  const host = url.hostname.toLowerCase();
  const domainAttr = effectiveDomainAttribute(parsed);
  const refuse = (error: FormatError): LineResult =>
    ctx.refused === 'skip' ? { skip: `line ${line}: "${name}": ${error.message}` } : { error };
  if (domainAttr !== undefined && !domainMatches({ domain: domainAttr, hostOnly: false }, host)) {
    return refuse({
      line,
      field: 'Domain',
      message: `Domain=${domainAttr} does not match ${host}: Chrome would refuse this cookie`,
    });
  }
  if (parsed.secure && !isSecureContextUrl(url)) {
    return refuse({
      line,
      field: 'Secure',
      message: `a Secure cookie from ${url.protocol}//${host} (not https): Chrome would refuse it`,
    });
  }
  const now = ctx.now ?? Date.now();
  const expiry = storedExpiry(parsed, now);
  if (expiry !== undefined && expiry <= now / 1000)
    return { skip: `line ${line}: "${name}" is already expired (Chrome would delete it, not store it)` };
  const stored = toStoredCookie(parsed, url.href, topLevelSite(url), now);
  return {
    cookie: {
      ...stored,
      storeId: ctx.storeId ?? '0',
      ...(stored.partitionKey ? { partitionKey: { ...stored.partitionKey, hasCrossSiteAncestor: false } } : {}),
    },
  };
}

export function parseSetCookieLines(text: string, ctx: ImportContext = {}): ParseResult {
  const guard = checkImportText(text);
  if (guard) return { error: guard };
  if (!ctx.url)
    return {
      error: {
        field: 'url',
        message: 'Set-Cookie lines have no host of their own: give the URL they were received from',
      },
    };
  let url: URL;
  try {
    url = new URL(ctx.url);
  } catch {
    return { error: { field: 'url', message: `not a URL: "${ctx.url.slice(0, 100)}"` } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { error: { field: 'url', message: 'the URL must be http or https' } };
  const cookies: Cookie[] = [];
  const notes: string[] = [];
  const lines = splitLines(text);
  for (let i = 0; i < lines.length; i++) {
    const raw = (lines[i] ?? '').trim();
    if (raw === '' || raw.startsWith('#')) continue;
    const r = cookieFromSetCookie(raw.replace(/^set-cookie:\s*/i, ''), url, ctx, i + 1);
    if ('error' in r) return { error: r.error };
    if ('skip' in r) notes.push(r.skip);
    else cookies.push(r.cookie);
    if (cookies.length > MAX_IMPORT_COOKIES)
      return { error: { line: i + 1, message: `more than ${MAX_IMPORT_COOKIES} cookies` } };
  }
  if (cookies.length === 0 && notes.length === 0) return { error: { message: 'no Set-Cookie lines found' } };
  return { cookies, notes };
}

/** The Set-Cookie lines format's registry entry (src/core/formats/index.ts): read only (an export has no response). */
export const setCookieFormat = {
  id: 'set-cookie',
  label: 'Set-Cookie lines',
  extension: 'txt',
  mime: 'text/plain',
  carriesAttributes: true,
  importer: {
    read: parseSetCookieLines,
    describes: 'raw Set-Cookie lines (one per line, as received from --url)',
    needsUrl: true,
  },
} satisfies CookieFormat;

/**
 * Raw `Set-Cookie` header lines, one per line (an optional `Set-Cookie:` prefix is allowed), turned into the
 * cookie Chrome would store for the response URL (RFC 6265bis §5.7, Chromium CanonicalCookie::Create):
 * - no Domain attribute → host-only for the URL's host; a Domain attribute → a domain cookie `.domain`, which
 *   must domain-match the host;
 * - no Path or one not starting with "/" → the URL's default-path;
 * - Max-Age wins over Expires; an expiry in the past means "delete", so the line is skipped with a note;
 *   expiry is capped at 400 days from now;
 * - Secure from an http URL (other than localhost) is refused, as Chrome refuses it;
 * - Partitioned → partitionKey with the URL's top-level site;
 * - SameSite None/Lax/Strict case-insensitively; anything else is "unspecified".
 * Attribute parsing is set-cookie-parser's; the name=value pair is split here so that names like `constructor`,
 * which that library drops, still work.
 */
import { parseSetCookie } from 'set-cookie-parser';
import { defaultPath, domainMatches, isSecureContextUrl, MAX_EXPIRY_SECONDS, topLevelSite } from '../cookie.ts';
import type { Cookie, SameSite } from '../types.ts';
import { checkImportText, hasControlChar, MAX_IMPORT_COOKIES, splitLines } from './input-limits.ts';
import type { FormatError, ImportContext, ParseResult } from './types.ts';

function sameSiteOf(v: string | undefined): SameSite {
  const s = (v ?? '').trim().toLowerCase();
  return s === 'none' ? 'no_restriction' : s === 'lax' ? 'lax' : s === 'strict' ? 'strict' : 'unspecified';
}

type LineResult = { cookie: Cookie } | { skip: string } | { error: FormatError };

/** One Set-Cookie header value received from `url`. */
export function cookieFromSetCookie(header: string, url: URL, ctx: ImportContext, line = 1): LineResult {
  const semi = header.indexOf(';');
  const pairText = semi === -1 ? header : header.slice(0, semi);
  const attrs = semi === -1 ? '' : header.slice(semi);
  const eq = pairText.indexOf('=');
  // Browsers store a pair without "=" as a nameless cookie (6265bis §5.6), but in a file of Set-Cookie lines it is
  // almost always a stray line: say so, as `classify` and `audit` do, rather than import a nameless cookie.
  if (eq === -1) return { error: { line, message: `not a Set-Cookie line (expected name=value): ${pairText.trim().slice(0, 60)}` } };
  const name = pairText.slice(0, eq).trim();
  const value = pairText.slice(eq + 1).trim();
  if (name === '' && value === '') return { error: { line, message: 'no name=value before the first ";"' } };
  if (hasControlChar(name) || hasControlChar(value)) return { error: { line, field: hasControlChar(name) ? 'name' : 'value', message: 'control characters are not allowed in cookies' } };
  const parsed = parseSetCookie(`x=y${attrs}`, { decodeValues: false, silent: true, split: false })[0];
  if (!parsed) return { error: { line, message: 'unreadable Set-Cookie line' } };
  const host = url.hostname.toLowerCase();
  let domain = host;
  let hostOnly = true;
  const domainAttr = (parsed.domain ?? '').trim().replace(/^\./, '').toLowerCase();
  if (domainAttr !== '') {
    if (!domainMatches({ domain: domainAttr, hostOnly: false }, host)) {
      return { error: { line, field: 'Domain', message: `Domain=${domainAttr} does not match ${host}: Chrome would refuse this cookie` } };
    }
    domain = `.${domainAttr}`;
    hostOnly = false;
  }
  const path = parsed.path?.startsWith('/') ? parsed.path : defaultPath(url);
  const secure = parsed.secure === true;
  if (secure && !isSecureContextUrl(url)) {
    return { error: { line, field: 'Secure', message: `a Secure cookie from ${url.protocol}//${host} (not https): Chrome would refuse it` } };
  }
  const nowS = (ctx.now ?? Date.now()) / 1000;
  let expiry: number | undefined;
  if (parsed.maxAge !== undefined) expiry = nowS + parsed.maxAge;
  else if (parsed.expires) expiry = parsed.expires.getTime() / 1000;
  if (expiry !== undefined && expiry <= nowS) return { skip: `line ${line}: "${name}" is already expired (Chrome would delete it, not store it)` };
  if (expiry !== undefined) expiry = Math.min(expiry, nowS + MAX_EXPIRY_SECONDS);
  return {
    cookie: {
      name,
      value,
      domain,
      hostOnly,
      path,
      secure,
      httpOnly: parsed.httpOnly === true,
      sameSite: sameSiteOf(parsed.sameSite),
      session: expiry === undefined,
      ...(expiry !== undefined ? { expirationDate: expiry } : {}),
      storeId: ctx.storeId ?? '0',
      ...(parsed.partitioned ? { partitionKey: { topLevelSite: topLevelSite(url), hasCrossSiteAncestor: false } } : {}),
    },
  };
}

export function parseSetCookieLines(text: string, ctx: ImportContext = {}): ParseResult {
  const guard = checkImportText(text);
  if (guard) return { error: guard };
  if (!ctx.url) return { error: { field: 'url', message: 'Set-Cookie lines have no host of their own: give the URL they were received from' } };
  let url: URL;
  try {
    url = new URL(ctx.url);
  } catch {
    return { error: { field: 'url', message: `not a URL: "${ctx.url.slice(0, 100)}"` } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: { field: 'url', message: 'the URL must be http or https' } };
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
    if (cookies.length > MAX_IMPORT_COOKIES) return { error: { line: i + 1, message: `more than ${MAX_IMPORT_COOKIES} cookies` } };
  }
  if (cookies.length === 0 && notes.length === 0) return { error: { message: 'no Set-Cookie lines found' } };
  return { cookies, notes };
}

/**
 * The `Cookie:` request header string (`a=1; b=2`), both ways.
 *
 * Export: with a URL, only the cookies a browser would send to it (domain, path, Secure), longest path first as
 * RFC 6265bis §5.8.3 orders them; without one, every cookie. Cookies whose name or value would break the header
 * (`;`, control characters) are left out with a note.
 * Import: the header carries only names and values, so every cookie becomes a host-only session cookie of the
 * page's host with Path=/ and SameSite unspecified; Secure when the page is https. Round trip: name and value only.
 */
import { cookieAppliesTo } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import { checkImportText, hasControlChar, MAX_IMPORT_COOKIES } from './input-limits.ts';
import { isSetCookieLine } from './set-cookie.ts';
import type { CookieFormat, ExportResult, ImportContext, ParseResult } from './types.ts';

export interface HeaderExportOptions {
  /** Keep only the cookies a browser would send to this URL. */
  url?: string;
}

function pair(c: Cookie): string {
  return c.name === '' ? c.value : `${c.name}=${c.value}`;
}

/** A cookie the header cannot carry: it would break the header, or read back as another cookie (a nameless `a=b`). */
function breaksHeader(c: Cookie): boolean {
  return (
    c.name.includes(';') ||
    c.value.includes(';') ||
    c.name.includes('=') ||
    (c.name === '' && c.value.includes('=')) ||
    hasControlChar(c.name) ||
    hasControlChar(c.value)
  );
}

/** The cookies that go into the header, and notes on the rest. Shared by the curl export. */
export function headerCookies(
  cookies: readonly Cookie[],
  url: string | undefined,
): { sent: Cookie[]; notes: string[] } {
  const notes: string[] = [];
  let chosen = [...cookies];
  if (url !== undefined) {
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return { sent: [], notes: [`not a URL: "${url.slice(0, 100)}"`] };
    }
    chosen = chosen.filter((c) => cookieAppliesTo(c, u));
    const notSent = cookies.length - chosen.length;
    if (notSent > 0)
      notes.push(
        `${notSent} cookie(s) left out: a browser would not send them to ${u.origin}${u.pathname} (other host or path, or Secure over http).`,
      );
    // Longest path first; Array.prototype.sort is stable, so ties keep their order.
    chosen.sort((a, b) => b.path.length - a.path.length);
  }
  const sent = chosen.filter((c) => !breaksHeader(c));
  if (sent.length < chosen.length)
    notes.push(
      `${chosen.length - sent.length} cookie(s) left out: a ";" or control character in the name or value would break the header (or a nameless cookie's "=" would make it read back as a named one).`,
    );
  return { sent, notes };
}

export function exportHeader(cookies: readonly Cookie[], options: HeaderExportOptions = {}): ExportResult {
  const { sent, notes } = headerCookies(cookies, options.url);
  const pairs = sent.map(pair).join('; ');
  // A text that starts with "[" or "{" (a nameless first cookie such as `{"a":1}`) would read back as JSON: the
  // "Cookie:" prefix, which the header reader accepts, keeps it a header.
  const text = /^\s*[[{]/.test(pairs) ? `Cookie: ${pairs}` : pairs;
  if (text !== pairs)
    notes.push(
      'Written with a "Cookie: " prefix: the first cookie starts with "[" or "{", so the bare text would read back as JSON.',
    );
  if (isSetCookieLine(text)) {
    notes.push(
      'Every cookie after the first is named like a Set-Cookie attribute (e.g. Path=/, Secure): read back, this text looks like one Set-Cookie line. Import it with the format set to Cookie header (cookie-lens --from header).',
    );
  }
  return {
    text,
    notes: [...notes, 'A Cookie header keeps only names and values: domain, path, expiry and flags are not in it.'],
  };
}

export function parseHeader(text: string, ctx: ImportContext = {}): ParseResult {
  const guard = checkImportText(text);
  if (guard) return { error: guard };
  if (!ctx.url)
    return {
      error: { message: 'a Cookie header has no domain: give the page URL the cookies belong to', field: 'url' },
    };
  let url: URL;
  try {
    url = new URL(ctx.url);
  } catch {
    return { error: { message: `not a URL: "${ctx.url.slice(0, 100)}"`, field: 'url' } };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return { error: { message: 'the page URL must be http or https', field: 'url' } };
  const body = text.trim().replace(/^cookie:\s*/i, '');
  if (/[\r\n]/.test(body))
    return { error: { line: 2, message: 'a Cookie header is one line; several lines look like Set-Cookie headers' } };
  const cookies: Cookie[] = [];
  const parts = body.split(';');
  for (let i = 0; i < parts.length; i++) {
    const part = (parts[i] ?? '').trim();
    if (part === '') continue;
    const eq = part.indexOf('=');
    const name = eq === -1 ? '' : part.slice(0, eq).trim();
    const value = eq === -1 ? part : part.slice(eq + 1).trim();
    if (hasControlChar(name) || hasControlChar(value))
      return { error: { line: 1, field: `cookie ${i + 1}`, message: 'control characters are not allowed in cookies' } };
    cookies.push({
      name,
      value,
      domain: url.hostname.toLowerCase(),
      hostOnly: true,
      path: '/',
      secure: url.protocol === 'https:',
      httpOnly: false,
      sameSite: 'unspecified',
      session: true,
      storeId: ctx.storeId ?? '0',
    });
    if (cookies.length > MAX_IMPORT_COOKIES)
      return { error: { line: 1, message: `more than ${MAX_IMPORT_COOKIES} cookies` } };
  }
  if (cookies.length === 0) return { error: { line: 1, message: 'no name=value pairs found' } };
  return {
    cookies,
    notes: [
      `A Cookie header has only names and values: the cookies become host-only session cookies of ${url.hostname} with Path=/${url.protocol === 'https:' ? ', Secure' : ''}, not HttpOnly, SameSite unspecified.`,
    ],
  };
}

/** The Cookie header format's registry entry (src/core/formats/index.ts): names and values only. */
export const headerFormat = {
  id: 'header',
  label: 'Cookie header',
  extension: 'txt',
  mime: 'text/plain',
  carriesAttributes: false,
  importer: { read: parseHeader, describes: 'a Cookie header ("a=1; b=2")', needsUrl: true },
  exporter: {
    choice: 'Cookie header',
    carries: 'Only names and values of the cookies sent to this page, as a request header value.',
    stem: 'cookie-header',
    usage: 'a Cookie header value (with --url: only the cookies sent to that URL)',
    write: (cookies, { url }) => exportHeader(cookies, url !== undefined ? { url } : {}),
  },
} satisfies CookieFormat;

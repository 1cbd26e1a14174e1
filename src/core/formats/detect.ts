/**
 * Which import format a pasted text or file is in, with the reason in plain words (shown next to the preview).
 */
import { splitLines } from './input-limits.ts';
import type { ImportFormat } from './types.ts';

export interface Detection {
  format: ImportFormat | null;
  reason: string;
}

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

const NETSCAPE_MAGIC = /^#\s*(Netscape\s+)?HTTP\s+Cookie\s+File/i;
const NETSCAPE_LINE = /^(#HttpOnly_)?[^\t#][^\t]*\t(TRUE|FALSE)\t[^\t]*\t(TRUE|FALSE)\t-?\d*\t/i;

export function detectFormat(text: string): Detection {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { format: null, reason: 'the input is empty' };
  if (body.startsWith('[') || body.startsWith('{')) return { format: 'json', reason: 'starts with "[" or "{": JSON' };
  const lines = splitLines(body).map((l) => l.trim()).filter((l) => l !== '');
  const first = lines[0] ?? '';
  if (NETSCAPE_MAGIC.test(first)) return { format: 'netscape', reason: 'starts with the "# Netscape HTTP Cookie File" header' };
  const tabbed = splitLines(body).find((l) => NETSCAPE_LINE.test(l));
  if (tabbed !== undefined) return { format: 'netscape', reason: 'has tab-separated lines with TRUE/FALSE columns: cookies.txt' };
  if (lines.some((l) => /^set-cookie\s*:/i.test(l))) return { format: 'set-cookie', reason: 'has "Set-Cookie:" lines' };
  if (/^cookie\s*:/i.test(first)) return { format: 'header', reason: 'starts with "Cookie:"' };
  if (lines.some(isSetCookieLine)) return { format: 'set-cookie', reason: 'has cookie attributes (Path, Domain, Expires, Max-Age, Secure, HttpOnly, SameSite): Set-Cookie lines' };
  if (lines.length === 1 && first.includes('=')) return { format: 'header', reason: 'one line of name=value pairs (no Set-Cookie attribute after them): a Cookie header' };
  // Several lines starting with name=value: Set-Cookie lines (a line that is not one is then named by the parser).
  const firstCookie = lines.find((l) => !l.startsWith('#')) ?? '';
  if (lines.length > 1 && /^[^=;]*=/.test(firstCookie)) {
    return { format: 'set-cookie', reason: 'several name=value lines: one Set-Cookie per line' };
  }
  return { format: null, reason: 'not JSON, cookies.txt, a Cookie header or Set-Cookie lines' };
}

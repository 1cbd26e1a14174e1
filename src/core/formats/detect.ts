/**
 * Which import format a pasted text or file is in, with the reason in plain words (shown next to the preview).
 */
import type { ImportFormat } from './index.ts';
import { splitLines } from './input-limits.ts';
import { isSetCookieLine } from './set-cookie.ts';

export interface Detection {
  format: ImportFormat | null;
  reason: string;
}

export { isSetCookieLine };

const NETSCAPE_MAGIC = /^#\s*(Netscape\s+)?HTTP\s+Cookie\s+File/i;
const NETSCAPE_LINE = /^(#HttpOnly_)?[^\t#][^\t]*\t(TRUE|FALSE)\t[^\t]*\t(TRUE|FALSE)\t-?\d*\t/i;

export function detectFormat(text: string): Detection {
  const body = text.replace(/^\uFEFF/, '').trim();
  if (body === '') return { format: null, reason: 'the input is empty' };
  if (body.startsWith('[') || body.startsWith('{')) return { format: 'json', reason: 'starts with "[" or "{": JSON' };
  const lines = splitLines(body)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  const first = lines[0] ?? '';
  if (NETSCAPE_MAGIC.test(first))
    return { format: 'netscape', reason: 'starts with the "# Netscape HTTP Cookie File" header' };
  const tabbed = splitLines(body).find((l) => NETSCAPE_LINE.test(l));
  if (tabbed !== undefined)
    return { format: 'netscape', reason: 'has tab-separated lines with TRUE/FALSE columns: cookies.txt' };
  if (lines.some((l) => /^set-cookie\s*:/i.test(l))) return { format: 'set-cookie', reason: 'has "Set-Cookie:" lines' };
  if (/^cookie\s*:/i.test(first)) return { format: 'header', reason: 'starts with "Cookie:"' };
  if (lines.some(isSetCookieLine))
    return {
      format: 'set-cookie',
      reason: 'has cookie attributes (Path, Domain, Expires, Max-Age, Secure, HttpOnly, SameSite): Set-Cookie lines',
    };
  if (lines.length === 1 && first.includes('='))
    return {
      format: 'header',
      reason: 'one line of name=value pairs (no Set-Cookie attribute after them): a Cookie header',
    };
  // Several lines starting with name=value: Set-Cookie lines (a line that is not one is then named by the parser).
  const firstCookie = lines.find((l) => !l.startsWith('#')) ?? '';
  if (lines.length > 1 && /^[^=;]*=/.test(firstCookie)) {
    return { format: 'set-cookie', reason: 'several name=value lines: one Set-Cookie per line' };
  }
  return { format: null, reason: 'not JSON, cookies.txt, a Cookie header or Set-Cookie lines' };
}

/**
 * Character rules for cookie names and values. Two different questions:
 * - what Chrome refuses: control characters and ';' (and '=' in names), and leading or trailing spaces,
 *   which would not survive a round trip through the parser. Chromium `ParsedCookie::IsValidCookieName` /
 *   `IsValidCookieValue` (net/cookies/parsed_cookie.cc) and the `ParseTokenString(name) != name` /
 *   `ParseValueString(value) != value` checks in `CanonicalCookie::CreateSanitizedCookie`
 *   (net/cookies/canonical_cookie.cc);
 * - what RFC 6265bis §4.1.1 (`#abnf-syntax`) allows servers to send: `cookie-name = token` (RFC 9110 §5.6.2) and
 *   `cookie-octet = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E`. Chrome accepts more (spaces, quotes, commas,
 *   non-ASCII), but other software may not.
 */

// eslint-disable-next-line no-control-regex -- control characters are exactly what Chrome refuses
const CONTROL = /[\x00-\x1f\x7f]/;
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const COOKIE_OCTETS = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]*$/;

/** A readable name for the first character Chrome refuses in a name, or null. */
export function refusedNameChar(name: string): string | null {
  return refusedChar(name, /[;=]/);
}

/** A readable name for the first character Chrome refuses in a value, or null. */
export function refusedValueChar(value: string): string | null {
  return refusedChar(value, /;/);
}

function refusedChar(s: string, extra: RegExp): string | null {
  for (const ch of s) {
    if (CONTROL.test(ch)) return describeChar(ch);
    if (extra.test(ch)) return `"${ch}"`;
  }
  return null;
}

export function hasEdgeSpaces(s: string): boolean {
  // First and last character only: /[ \t]+$/ retries every start inside a run of spaces (quadratic on "   …x").
  const edge = (c: number) => c === 32 || c === 9;
  return s.length > 0 && (edge(s.charCodeAt(0)) || edge(s.charCodeAt(s.length - 1)));
}

export function isTokenName(name: string): boolean {
  return TOKEN.test(name);
}

/** cookie-value = *cookie-octet / ( DQUOTE *cookie-octet DQUOTE ) */
export function isConformingValue(value: string): boolean {
  const inner = value.length >= 2 && value.startsWith('"') && value.endsWith('"') ? value.slice(1, -1) : value;
  return COOKIE_OCTETS.test(inner);
}

/** The characters outside the RFC grammar, for the warning text (at most five, described). */
export function nonConformingChars(s: string, allowed: (ch: string) => boolean): string {
  const seen = new Set<string>();
  for (const ch of s) if (!allowed(ch)) seen.add(describeChar(ch));
  return [...seen].slice(0, 5).join(', ');
}

export function describeChar(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (ch === ' ') return 'space';
  if (ch === '\t') return 'tab';
  if (code < 0x20 || code === 0x7f) return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  if (code > 0x7e) return `non-ASCII "${ch}"`;
  return `"${ch}"`;
}

export const isTokenChar = (ch: string): boolean => TOKEN.test(ch);
export const isCookieOctet = (ch: string): boolean => COOKIE_OCTETS.test(ch);

/**
 * Text helpers shared by the decoders: quote stripping, safe URL-decoding, display shortening and a printable test.
 * Cookie values are untrusted (docs/rules.md §2 `val`: quotes stripped, then URL-decoded only when that is valid).
 */

/** Longest value any decoder looks at. Chrome refuses name+value above 4096 octets (6265bis §5.6 step 5); the CLI may feed more. */
export const MAX_DECODE_INPUT = 8192;

/** Removes one pair of surrounding double quotes (6265bis §4.1.1 allows a DQUOTE-wrapped cookie-value). */
export function stripQuotes(value: string): string {
  return value.length >= 2 && value.charCodeAt(0) === 34 && value.charCodeAt(value.length - 1) === 34
    ? value.slice(1, -1)
    : value;
}

/** decodeURIComponent that never throws: a malformed escape leaves the value as it was. */
export function safeDecodeURIComponent(value: string): string {
  if (value.indexOf('%') === -1) return value;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** Shortens a display string, saying how much was cut. */
export function shorten(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

/** True when the text is mostly printable (letters, digits, punctuation, whitespace), i.e. worth showing as text. */
export function isMostlyPrintable(text: string): boolean {
  if (text.length === 0) return false;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0x7f || c === 0xfffd) bad++;
  }
  return bad / text.length < 0.05;
}

/** Makes control characters visible so a layer's text can never smuggle terminal escapes or hidden characters. */
export function visibleText(text: string): string {
  let first = 0;
  while (first < text.length) {
    const c = text.charCodeAt(first);
    if (c < 32 || c === 0x7f) break;
    first++;
  }
  if (first === text.length) return text; // the common case: nothing to escape, nothing to allocate
  let out = text.slice(0, first);
  for (let i = first; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out += c < 32 || c === 0x7f ? `\\x${c.toString(16).padStart(2, '0')}` : text.charAt(i);
  }
  return out;
}

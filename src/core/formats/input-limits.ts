/**
 * Guards every importer runs first: cookie files are untrusted input (huge pastes, binary files, hostile JSON).
 */
import type { FormatError } from './types.ts';

/** A browser profile holds at most a few thousand cookies; 5 MiB of text is far beyond any real export. */
export const MAX_IMPORT_CHARS = 5 * 1024 * 1024;
/** More cookies than Chrome keeps in total (kMaxCookies = 3300) plus generous slack. */
export const MAX_IMPORT_COOKIES = 10_000;

/** Null when the text may be parsed; otherwise why not. */
export function checkImportText(text: string): FormatError | null {
  if (text.length > MAX_IMPORT_CHARS) {
    return { message: `the input is ${text.length} characters; the limit is ${MAX_IMPORT_CHARS} (5 MiB)` };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    if (looksUtf16(text)) return { message: UTF16_MESSAGE, line: 1 };
    return {
      message: 'the input contains NUL bytes: it looks like a binary file, not cookies',
      line: lineOf(text, nul),
    };
  }
  return null;
}

const UTF16_MESSAGE =
  'the input is UTF-16 text, not UTF-8: save it as UTF-8 (e.g. `iconv -f UTF-16 -t UTF-8`) and try again';

/**
 * UTF-16 text read as UTF-8 or Latin-1: a byte-order mark (FF FE / FE FF, or their U+FFFD replacements) or, for
 * ASCII content, a NUL on every other character.
 */
function looksUtf16(text: string): boolean {
  if (/^(?:\uFFFD\uFFFD|\u00FF\u00FE|\u00FE\u00FF|\uFFFE)/.test(text)) return true;
  const n = Math.min(text.length, 256);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    if (text.charCodeAt(i) !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  return Math.max(even, odd) >= n / 4 && Math.min(even, odd) <= Math.max(even, odd) / 8;
}

/**
 * Bytes of a cookie file (a CLI file or stdin, a file chosen in the panel) as text, or why not: too large, UTF-16
 * (with or without a byte-order mark), or not valid UTF-8 (a binary file, Latin-1). A UTF-8 byte-order mark is dropped.
 */
export function decodeInputBytes(bytes: Uint8Array): { text: string } | { error: FormatError } {
  if (bytes.length > MAX_IMPORT_CHARS * 4)
    return {
      error: { message: `the input is ${bytes.length} bytes; the limit is ${MAX_IMPORT_CHARS} characters (5 MiB)` },
    };
  const b0 = bytes[0];
  const b1 = bytes[1];
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff))
    return { error: { message: UTF16_MESSAGE, line: 1 } };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The lenient decoding puts U+FFFD where the bytes are not UTF-8: its line is the line at fault.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    return {
      error: {
        message: 'the input is not UTF-8 text (a binary file, or another encoding such as Latin-1): save it as UTF-8',
        line: lineOf(lenient, lenient.indexOf('\uFFFD')),
      },
    };
  }
  text = text.replace(/^\uFEFF/, '');
  const guard = checkImportText(text);
  return guard ? { error: guard } : { text };
}

/** 1-based line number of a character offset. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Lines without their terminators; CRLF and lone CR both end a line. A leading BOM is dropped. */
export function splitLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

// eslint-disable-next-line no-control-regex -- control characters are exactly what a cookie cannot hold
const CONTROL = /[\x00-\x08\x0a-\x1f\x7f]/;

/** True when the string has a control character other than tab (Chrome refuses them in names and values). */
export function hasControlChar(s: string): boolean {
  return CONTROL.test(s);
}

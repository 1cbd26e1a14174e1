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
    return { message: 'the input contains NUL bytes: it looks like a binary file, not cookies', line: lineOf(text, nul) };
  }
  return null;
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

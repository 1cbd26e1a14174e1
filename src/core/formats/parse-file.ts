/**
 * The one way in for cookie input: the panel's Import, `classify`, `audit` and `convert` all read through
 * `readCookieInput` (bytes or text) with one policy: the same size limits, the encoding check (UTF-8 only: UTF-16 and
 * binary files are one clear error), strict field types, format detection, and errors as data naming line and field.
 * It never throws.
 */
import type { Cookie } from '../cookie/model.ts';
import { detectFormat } from './detect.ts';
import { importerOf, type ImportFormat } from './index.ts';
import { checkImportText, decodeInputBytes, splitLines } from './input-limits.ts';
import type { FormatError, ImportContext } from './types.ts';

export { IMPORT_FORMATS } from './index.ts';

export type CookieFileResult =
  | {
      format: ImportFormat;
      cookies: Cookie[];
      notes: string[];
      reason: string;
      /** For Set-Cookie input: the header values as written (prefix and comments dropped), for checks on the raw header. */
      setCookieLines?: string[];
    }
  | { error: FormatError; format?: ImportFormat };

/** Parse `text` in the given format, or the detected one. */
export function parseCookieFile(text: string, ctx: ImportContext = {}, format?: ImportFormat): CookieFileResult {
  try {
    if (typeof text !== 'string') return { error: { message: 'the input is not text' } };
    const guard = checkImportText(text);
    if (guard) return { error: guard };
    const detected = format ? { format, reason: `read as ${format}, as asked` } : detectFormat(text);
    if (!detected.format) {
      const firstLine = splitLines(text).findIndex((l) => l.trim() !== '');
      return {
        error: {
          message: `unrecognised format: ${detected.reason}`,
          ...(firstLine >= 0 ? { line: firstLine + 1 } : {}),
        },
      };
    }
    const r = importerOf(detected.format).importer.read(text, ctx);
    if ('error' in r) return { error: r.error, format: detected.format };
    const lines = detected.format === 'set-cookie' ? { setCookieLines: setCookieValues(text) } : {};
    return { format: detected.format, cookies: r.cookies, notes: r.notes, reason: detected.reason, ...lines };
  } catch (e) {
    // Parsers return errors as data; this is the last net so hostile input never escapes as an exception.
    return { error: { message: `could not read the input: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/** The header values of a Set-Cookie text: blank lines and `#` comments dropped, an optional `Set-Cookie:` removed. */
function setCookieValues(text: string): string[] {
  return splitLines(text)
    .map((l) => l.trim().replace(/^set-cookie:\s*/i, ''))
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Bytes (a file, stdin) or text (a paste): decoded under the one policy, then `parseCookieFile`. */
export function readCookieInput(
  input: string | Uint8Array,
  ctx: ImportContext = {},
  format?: ImportFormat,
): CookieFileResult {
  if (typeof input === 'string') return parseCookieFile(input, ctx, format);
  const decoded = decodeInputBytes(input);
  return 'error' in decoded ? { error: decoded.error } : parseCookieFile(decoded.text, ctx, format);
}

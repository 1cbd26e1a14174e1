/**
 * The importer's single entry point: detect the format, parse it, and never throw.
 */
import type { Cookie } from '../types.ts';
import { detectFormat } from './detect.ts';
import { parseHeader } from './header.ts';
import { checkImportText } from './input-limits.ts';
import { parseJson } from './json.ts';
import { parseNetscape } from './netscape.ts';
import { parseSetCookieLines } from './set-cookie.ts';
import type { FormatError, ImportContext, ImportFormat, ParseResult } from './types.ts';

export type CookieFileResult =
  | { format: ImportFormat; cookies: Cookie[]; notes: string[]; reason: string }
  | { error: FormatError; format?: ImportFormat };

export const PARSERS: Record<ImportFormat, (text: string, ctx: ImportContext) => ParseResult> = {
  json: parseJson,
  netscape: parseNetscape,
  header: parseHeader,
  'set-cookie': parseSetCookieLines,
};

/** Parse `text` in the given format, or the detected one. */
export function parseCookieFile(text: string, ctx: ImportContext = {}, format?: ImportFormat): CookieFileResult {
  try {
    if (typeof text !== 'string') return { error: { message: 'the input is not text' } };
    const guard = checkImportText(text);
    if (guard) return { error: guard };
    const detected = format ? { format, reason: `read as ${format}, as asked` } : detectFormat(text);
    if (!detected.format) return { error: { message: `unrecognised format: ${detected.reason}` } };
    const r = PARSERS[detected.format](text, ctx);
    if ('error' in r) return { error: r.error, format: detected.format };
    return { format: detected.format, cookies: r.cookies, notes: r.notes, reason: detected.reason };
  } catch (e) {
    // Parsers return errors as data; this is the last net so hostile input never escapes as an exception.
    return { error: { message: `could not read the input: ${e instanceof Error ? e.message : String(e)}` } };
  }
}

/**
 * How every verb reads its cookie input (a file, or stdin for "-"): through core's one reader
 * (`readCookieInput`: size limit, UTF-8 check, format detection, strict fields), with one line on stderr naming
 * the file, the format, the line and the field at fault.
 */
import type { ImportFormat } from '../core/formats/index.ts';
import { type CookieFileResult, IMPORT_FORMATS, readCookieInput } from '../core/formats/parse-file.ts';
import { describeFormatError, type ImportContext } from '../core/formats/types.ts';
import { oneLine } from './terminal.ts';

export interface InputIo {
  readStdin: () => Promise<string | Uint8Array>;
  readFile: (p: string) => Promise<string | Uint8Array>;
  stderr: (s: string) => void;
}

export type ReadInput = Extract<CookieFileResult, { cookies: unknown }>;

/** `--from` values: the import formats. */
export function parseFromOption(value: string | undefined): ImportFormat | { error: string } {
  const format = IMPORT_FORMATS.find((f) => f === value);
  return (
    format ?? {
      error: `--from expects ${IMPORT_FORMATS.join(', ')}; got ${value === undefined ? 'nothing' : `"${value.slice(0, 40)}"`}`,
    }
  );
}

/** The parsed input, or null after writing the one-line error (the verb then exits 2). */
export async function readCliInput(
  verb: string,
  file: string,
  io: InputIo,
  ctx: ImportContext,
  format?: ImportFormat,
): Promise<ReadInput | null> {
  const where = file === '-' ? 'stdin' : file;
  let data: string | Uint8Array;
  try {
    data = file === '-' ? await io.readStdin() : await io.readFile(file);
  } catch (e) {
    io.stderr(
      `cookie-lens ${verb}: cannot read ${oneLine(where)}: ${oneLine(e instanceof Error ? e.message : String(e))}\n`,
    );
    return null;
  }
  const r = readCookieInput(data, ctx, format);
  if ('error' in r) {
    io.stderr(
      `cookie-lens ${verb}: ${oneLine(`${where}${r.format ? ` (${r.format})` : ''}: ${describeFormatError(r.error)}`)}\n`,
    );
    return null;
  }
  return r;
}

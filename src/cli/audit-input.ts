/**
 * Input for `audit --url <page> [file|-]`: any import format, read by core's one reader (as `classify` and `convert`
 * read it). Cookies (JSON, cookies.txt, a Cookie header) go into the jar as they are; Set-Cookie lines stay raw
 * lines, because the audit also checks what Chrome would refuse from the header (so a refused line is not an input
 * error here: the audit reports it).
 */
import type { Cookie } from '../core/cookie/model.ts';
import type { ImportFormat } from '../core/formats/index.ts';
import { type InputIo, readCliInput } from './read-input.ts';
import { oneLine } from './terminal.ts';

export type AuditInput = { kind: 'cookies'; cookies: Cookie[] } | { kind: 'set-cookie'; lines: string[] };

/** The input, or null after one line on stderr (exit 2). */
export async function readAuditInput(
  file: string,
  pageUrl: string,
  io: InputIo,
  nowMs: number,
  from?: ImportFormat,
): Promise<AuditInput | null> {
  const input = await readCliInput('audit', file, io, { url: pageUrl, now: nowMs, refused: 'skip' }, from);
  if (input === null) return null;
  // Set-Cookie lines the import would refuse or skip are the audit's own "refused" report, not notes.
  if (input.format === 'set-cookie') return { kind: 'set-cookie', lines: input.setCookieLines ?? [] };
  for (const note of input.notes) io.stderr(`note: ${oneLine(note)}\n`);
  return { kind: 'cookies', cookies: input.cookies };
}

/**
 * `cookie-lens convert --to <format> [--url <page-url>] [--redact] [file|-]` (the formats: src/core/formats/index.ts)
 *
 * Reads cookies in any import format (JSON, cookies.txt, a Cookie header, or raw Set-Cookie lines as received
 * from --url) and writes the chosen format to stdout. Notes and warnings go to stderr. Bad input: one line naming
 * the line or field at fault, exit 2. Never a stack trace.
 */
import { exportCookies } from '../core/formats/export.ts';
import {
  EXPORT_FORMATS,
  exporterOf,
  type ExportFormat,
  formatList,
  IMPORT_FORMATS,
  importerOf,
  type ImportFormat,
} from '../core/formats/index.ts';
import type { AnalysisOf } from '../core/formats/secrets.ts';
import { parseFromOption, readCliInput } from './read-input.ts';
import { oneLine, terminalSafeJson } from './terminal.ts';

export interface ConvertIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string | Uint8Array>;
  readFile: (p: string) => Promise<string | Uint8Array>;
  /** The cookie analysis, when the dispatcher wires it; enables credential warnings and --redact. */
  analysisOf?: AnalysisOf;
  /** Milliseconds since the epoch for Set-Cookie Max-Age; default Date.now(). */
  now?: number;
}

/** The export formats that need the page URL (`--to curl`). */
const NEEDS_URL = EXPORT_FORMATS.filter((f) => exporterOf(f).exporter.needsUrl === true);

/** The formats, their descriptions and the choices below come from the format registry (src/core/formats/index.ts). */
export const CONVERT_USAGE = `Usage: cookie-lens convert --to ${EXPORT_FORMATS.join('|')} [--url <page-url>] [--from <format>] [--redact] [file|-]

Reads cookies from a file (or stdin with "-" or no file) in any of these formats, detected automatically:
${wrap(`${formatList(IMPORT_FORMATS.map((f) => importerOf(f).importer.describes))}.`, '  ')}
and writes them to stdout as:
${EXPORT_FORMATS.map((f) => `  ${f.padEnd(10)} ${exporterOf(f).exporter.usage}`).join('\n')}
Options:
  --url <url>   the page the cookies belong to (needed for ${formatList(
    IMPORT_FORMATS.filter((f) => importerOf(f).importer.needsUrl === true),
    'and',
  )} input, and for ${NEEDS_URL.map((f) => `--to ${f}`).join(', ')})
  --from <fmt>  read the input as ${formatList(IMPORT_FORMATS)} instead of detecting the format
  --redact      replace every credential (session IDs, auth tokens, logged-in sessions) with REDACTED-<class>
  -h, --help    this text;  --version  the version
`;

/** Words joined into lines of at most 110 characters, each starting with `indent`. */
function wrap(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line !== '' && indent.length + line.length + 1 + word.length > 110) {
      lines.push(indent + line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  return [...lines, indent + line].join('\n');
}

interface ConvertArgs {
  to: ExportFormat;
  from?: ImportFormat;
  url?: string;
  redact: boolean;
  file: string;
}

function parseArgs(args: string[]): ConvertArgs | { help: true } | { error: string } {
  let to: string | undefined;
  let url: string | undefined;
  let from: ImportFormat | undefined;
  let redact = false;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    const [flag, inline] =
      a.startsWith('--') && a.includes('=')
        ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)]
        : [a, undefined];
    const takeValue = (): string | undefined => inline ?? args[++i];
    if (flag === '-h' || flag === '--help') return { help: true };
    else if (flag === '--to') to = takeValue();
    else if (flag === '--url') url = takeValue();
    else if (flag === '--from') {
      const f = parseFromOption(takeValue());
      if (typeof f === 'object') return { error: f.error };
      from = f;
    } else if (flag === '--redact') redact = true;
    else if (a === '-' || !a.startsWith('-')) files.push(a);
    else return { error: `unknown option ${a.slice(0, 40)}` };
  }
  if (to === undefined) return { error: `--to is required (${formatList(EXPORT_FORMATS)})` };
  const format = EXPORT_FORMATS.find((f) => f === to);
  if (format === undefined) return { error: `--to must be ${formatList(EXPORT_FORMATS)}, not "${to.slice(0, 40)}"` };
  if (files.length > 1) return { error: 'give one input file (or "-" for stdin)' };
  if (url !== undefined) {
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: '--url must be an http or https URL' };
    } catch {
      return { error: `--url is not a URL: "${url.slice(0, 100)}"` };
    }
  }
  if (exporterOf(format).exporter.needsUrl === true && url === undefined)
    return { error: `--to ${format} needs --url <page-url>` };
  return {
    to: format,
    redact,
    file: files[0] ?? '-',
    ...(url !== undefined ? { url } : {}),
    ...(from !== undefined ? { from } : {}),
  };
}

export async function convertCommand(args: string[], io: ConvertIo): Promise<number> {
  const parsed = parseArgs(args);
  if ('help' in parsed) {
    io.stdout(CONVERT_USAGE);
    return 0;
  }
  if ('error' in parsed) {
    io.stderr(`cookie-lens convert: ${oneLine(parsed.error)}\n`);
    return 2;
  }
  if (parsed.redact && !io.analysisOf) {
    io.stderr('cookie-lens convert: --redact needs the cookie classifier, which is not available here\n');
    return 2;
  }
  const ctx = {
    ...(parsed.url !== undefined ? { url: parsed.url } : {}),
    ...(io.now !== undefined ? { now: io.now } : {}),
  };
  const input = await readCliInput('convert', parsed.file, io, ctx, parsed.from);
  if (input === null) return 2;
  const out = exportCookies(parsed.to, input.cookies, {
    ...(parsed.url !== undefined ? { url: parsed.url } : {}),
    ...(io.analysisOf ? { analysisOf: io.analysisOf } : {}),
    redactSecrets: parsed.redact,
  });
  if (exporterOf(parsed.to).exporter.needsUrl === true && out.text === '') {
    io.stderr(`cookie-lens convert: ${oneLine(out.notes.join(' '))}\n`);
    return 2;
  }
  const text = parsed.to === 'json' ? terminalSafeJson(out.text) : out.text;
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  for (const note of [...input.notes, ...out.notes]) io.stderr(`note: ${oneLine(note)}\n`);
  for (const s of out.secrets) io.stderr(`warning: ${oneLine(s.warning)}\n`);
  return 0;
}

/**
 * `cookie-lens convert --to json|netscape|header|curl [--url <page-url>] [--redact] [file|-]`
 *
 * Reads cookies in any import format (JSON, cookies.txt, a Cookie header, or raw Set-Cookie lines as received
 * from --url) and writes the chosen format to stdout. Notes and warnings go to stderr. Bad input: one line naming
 * the line or field at fault, exit 2. Never a stack trace.
 */
import { exportCookies } from '../core/formats/export.ts';
import type { ExportFormat, ImportFormat } from '../core/formats/types.ts';
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

export const CONVERT_USAGE = `Usage: cookie-lens convert --to json|netscape|header|curl [--url <page-url>] [--from <format>] [--redact] [file|-]

Reads cookies from a file (or stdin with "-" or no file) in any of these formats, detected automatically:
  JSON (Cookie-Editor / EditThisCookie / Cookie Lens), Netscape cookies.txt (curl, yt-dlp, wget),
  a Cookie header ("a=1; b=2"), or raw Set-Cookie lines (one per line, as received from --url).
and writes them to stdout as:
  json       chrome.cookies objects, every attribute kept
  netscape   cookies.txt for curl -b, yt-dlp --cookies, wget --load-cookies (#HttpOnly_ kept; SameSite lost)
  header     a Cookie header value (with --url: only the cookies sent to that URL)
  curl       a ready curl command for --url
Options:
  --url <url>   the page the cookies belong to (needed for header and Set-Cookie input, and for --to curl)
  --from <fmt>  read the input as json, netscape, header or set-cookie instead of detecting the format
  --redact      replace every credential (session IDs, auth tokens, logged-in sessions) with REDACTED-<class>
  -h, --help    this text;  --version  the version
`;

const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'netscape', 'header', 'curl'];

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
    const [flag, inline] = a.startsWith('--') && a.includes('=') ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a, undefined];
    const takeValue = (): string | undefined => inline ?? args[++i];
    if (flag === '-h' || flag === '--help') return { help: true };
    else if (flag === '--to') to = takeValue();
    else if (flag === '--url') url = takeValue();
    else if (flag === '--from') {
      const f = parseFromOption(takeValue());
      if (typeof f === 'object') return { error: f.error };
      from = f;
    }
    else if (flag === '--redact') redact = true;
    else if (a === '-' || !a.startsWith('-')) files.push(a);
    else return { error: `unknown option ${a.slice(0, 40)}` };
  }
  if (to === undefined) return { error: '--to is required (json, netscape, header or curl)' };
  if (!(EXPORT_FORMATS as readonly string[]).includes(to)) return { error: `--to must be json, netscape, header or curl, not "${to.slice(0, 40)}"` };
  if (files.length > 1) return { error: 'give one input file (or "-" for stdin)' };
  if (url !== undefined) {
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') return { error: '--url must be an http or https URL' };
    } catch {
      return { error: `--url is not a URL: "${url.slice(0, 100)}"` };
    }
  }
  if (to === 'curl' && url === undefined) return { error: '--to curl needs --url <page-url>' };
  return { to: to as ExportFormat, redact, file: files[0] ?? '-', ...(url !== undefined ? { url } : {}), ...(from !== undefined ? { from } : {}) };
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
  const ctx = { ...(parsed.url !== undefined ? { url: parsed.url } : {}), ...(io.now !== undefined ? { now: io.now } : {}) };
  const input = await readCliInput('convert', parsed.file, io, ctx, parsed.from);
  if (input === null) return 2;
  const out = exportCookies(parsed.to, input.cookies, {
    ...(parsed.url !== undefined ? { url: parsed.url } : {}),
    ...(io.analysisOf ? { analysisOf: io.analysisOf } : {}),
    redactSecrets: parsed.redact,
  });
  if (parsed.to === 'curl' && out.text === '') {
    io.stderr(`cookie-lens convert: ${oneLine(out.notes.join(' '))}\n`);
    return 2;
  }
  const text = parsed.to === 'json' ? terminalSafeJson(out.text) : out.text;
  io.stdout(text.endsWith('\n') ? text : `${text}\n`);
  for (const note of [...input.notes, ...out.notes]) io.stderr(`note: ${oneLine(note)}\n`);
  for (const s of out.secrets) io.stderr(`warning: ${oneLine(s.warning)}\n`);
  return 0;
}

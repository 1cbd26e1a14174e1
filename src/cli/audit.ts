/**
 * `cookie-lens audit <url>`: fetch the URL (following redirects by hand), then audit the cookies Chrome would
 * store plus the raw Set-Cookie headers. `cookie-lens audit --url <page-url> [file|-]`: audit cookies from a file
 * or stdin. The jar analysis (core's analyzeJar, the panel's too) is injected by the dispatcher (src/cli/main.ts).
 */
import type { JarAnalyzer } from '../core/analyze-jar.ts';
import { topLevelSite } from '../core/cookie/cookie.ts';
import { formatList, IMPORT_FORMATS } from '../core/formats/index.ts';
import { atLeast } from '../core/rules/types.ts';
import { AUDIT_USAGE, type AuditArgs, AuditUsageError, DEFAULT_TIMEOUT_SECONDS, parseAuditArgs } from './audit-args.ts';
import { AuditFetchError, fetchChain } from './audit-fetch.ts';
import { auditJson, auditText } from './audit-format.ts';
import { readAuditInput } from './audit-input.ts';
import { SimulatedJar } from './audit-jar.ts';
import { oneLine, terminalSafeJson } from './terminal.ts';

export interface AuditIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string | Uint8Array>;
  readFile: (p: string) => Promise<string | Uint8Array>;
  fetch: typeof fetch;
}

export const AUDIT_HELP = `${AUDIT_USAGE.replace(/^usage/, 'Usage')}

Fetches <url> (following redirects by hand, as a browser would) and audits the cookies Chrome would store plus the
raw Set-Cookie headers; or, with --url, audits cookies read from a file (or stdin for "-") in any import format:
JSON, Netscape cookies.txt, a Cookie header, or Set-Cookie lines as received from --url.

Options:
  --url <page-url>      the page the input's cookies belong to (audit a file instead of fetching)
  --json                print {grade, score, findings, refused} as JSON
  --fail-on <severity>  exit 1 when a finding at or above high, medium or low is not muted
  --timeout <seconds>   give up on the fetch after this long (default ${DEFAULT_TIMEOUT_SECONDS}); exit 2
  --from <format>       read the input as ${formatList(IMPORT_FORMATS)} instead of detecting the format
  -h, --help            this text;  --version  the version
`;

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Fills the jar from the network or the input, and returns the page URL the audit is about (null: bad input, said). */
async function collect(args: AuditArgs, io: AuditIo, jar: SimulatedJar, nowMs: number): Promise<string | null> {
  const { source } = args;
  if (source.kind === 'fetch') {
    const chain = await fetchChain(source.url, io.fetch, jar, args.timeoutSeconds);
    return chain[chain.length - 1]?.url ?? source.url;
  }
  const input = await readAuditInput(source.file, source.pageUrl, io, nowMs, args.from);
  if (input === null) return null;
  if (input.kind === 'cookies') for (const c of input.cookies) jar.add(c);
  else jar.receive(input.lines, source.pageUrl);
  return source.pageUrl;
}

function pageSite(args: AuditArgs): string {
  return topLevelSite(new URL(args.source.kind === 'fetch' ? args.source.url : args.source.pageUrl));
}

export async function auditCommand(
  args: string[],
  io: AuditIo,
  analyzeJar: JarAnalyzer,
  nowMs: number = Date.now(),
): Promise<number> {
  let parsed: AuditArgs;
  let pageUrl: string | null;
  let jar: SimulatedJar;
  try {
    parsed = parseAuditArgs(args);
    jar = new SimulatedJar(pageSite(parsed), nowMs);
    pageUrl = await collect(parsed, io, jar, nowMs);
  } catch (error) {
    // Usage and network errors: one line on stderr, exit 2. Anything else is a bug: main reports it (exit 70).
    if (!(error instanceof AuditUsageError || error instanceof AuditFetchError)) throw error;
    io.stderr(`cookie-lens audit: ${oneLine(error.message)}\n`);
    return EXIT_ERROR;
  }
  if (pageUrl === null) return EXIT_ERROR;
  const { findings, report } = analyzeJar({ pageUrl, cookies: jar.list(), setCookieHeaders: jar.headers, nowMs });
  io.stdout(
    parsed.json
      ? `${terminalSafeJson(JSON.stringify(auditJson(report, jar.refused), null, 2))}\n`
      : auditText(report, jar.refused),
  );
  const { failOn } = parsed;
  const failed = failOn !== undefined && findings.some((f) => !f.muted && atLeast(f.severity, failOn));
  return failed ? EXIT_FINDINGS : EXIT_OK;
}

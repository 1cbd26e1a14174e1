/**
 * `cookie-lens audit <url>`: fetch the URL (following redirects by hand), then audit the cookies Chrome would
 * store plus the raw Set-Cookie headers. `cookie-lens audit --url <page-url> [file|-]`: audit cookies from a file
 * or stdin. The jar analysis (core's analyzeJar, the panel's too) is injected by the dispatcher (src/cli/main.ts).
 */
import type { JarAnalyzer } from '../core/analyze-jar.ts';
import { topLevelSite } from '../core/cookie.ts';
import { atLeast } from '../core/rules/types.ts';
import { parseAuditArgs, type AuditArgs } from './audit-args.ts';
import { fetchChain } from './audit-fetch.ts';
import { auditJson, auditText } from './audit-format.ts';
import { AuditInputError, parseAuditInput } from './audit-input.ts';
import { SimulatedJar } from './audit-jar.ts';

export interface AuditIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  readStdin: () => Promise<string>;
  readFile: (p: string) => Promise<string>;
  fetch: typeof fetch;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_ERROR = 2;

/** Fills the jar from the network or the input, and returns the page URL the audit is about. */
async function collect(args: AuditArgs, io: AuditIo, jar: SimulatedJar): Promise<string> {
  const { source } = args;
  if (source.kind === 'fetch') {
    const chain = await fetchChain(source.url, io.fetch, jar);
    return chain[chain.length - 1]?.url ?? source.url;
  }
  let text: string;
  try {
    text = source.file === '-' ? await io.readStdin() : await io.readFile(source.file);
  } catch (error) {
    throw new AuditInputError(`cannot read ${source.file === '-' ? 'stdin' : source.file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const input = parseAuditInput(text, source.pageUrl);
  if (input.kind === 'cookies') for (const c of input.cookies) jar.add(c);
  else jar.receive(input.lines, source.pageUrl);
  return source.pageUrl;
}

function pageSite(args: AuditArgs): string {
  return topLevelSite(new URL(args.source.kind === 'fetch' ? args.source.url : args.source.pageUrl));
}

export async function auditCommand(args: string[], io: AuditIo, analyzeJar: JarAnalyzer, nowMs: number = Date.now()): Promise<number> {
  try {
    const parsed = parseAuditArgs(args);
    const jar = new SimulatedJar(pageSite(parsed), nowMs);
    const pageUrl = await collect(parsed, io, jar);
    const { findings, report } = analyzeJar({ pageUrl, cookies: jar.list(), setCookieHeaders: jar.headers, nowMs });
    io.stdout(parsed.json ? `${JSON.stringify(auditJson(report, jar.refused), null, 2)}\n` : auditText(report, jar.refused));
    const { failOn } = parsed;
    const failed = failOn !== undefined && findings.some((f) => !f.muted && atLeast(f.severity, failOn));
    return failed ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    // Usage, input and network errors (AuditUsageError, AuditInputError, AuditFetchError) and anything else:
    // one line on stderr, never a stack trace.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`cookie-lens audit: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return EXIT_ERROR;
  }
}

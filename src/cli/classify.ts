/** `cookie-lens classify`: class, readability, framework, confidence and evidence for each cookie. */
import { parseArgs } from 'node:util';
import { analyzeJar } from '../core/analyze-jar.ts';
import { InputError, parseCookieInput } from './input.ts';
import type { CliIo } from './io.ts';

export const CLASSIFY_USAGE = `Usage: cookie-lens classify --url <page-url> [--json] [file|-]

Reads cookies from a file (or stdin when the file is "-" or absent): either a JSON array of cookies in
chrome.cookies shape, or raw Set-Cookie header lines (one per line) as received from --url.

Options:
  --url <page-url>  the page the cookies belong to (required)
  --json            print a JSON array of {name, domain, path, class, readability, framework, confidence, evidence, layers}
  -h, --help        show this help
`;

export async function runClassify(args: string[], io: CliIo): Promise<number> {
  let values: { url?: string; json?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ args, allowPositionals: true, options: { url: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    io.stderr(`cookie-lens classify: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
  if (values.help) {
    io.stdout(CLASSIFY_USAGE);
    return 0;
  }
  if (!values.url) {
    io.stderr('cookie-lens classify: missing --url <page-url> (see cookie-lens classify --help)\n');
    return 2;
  }
  let url: URL;
  try {
    url = new URL(values.url);
  } catch {
    io.stderr(`cookie-lens classify: --url is not a URL: ${values.url}\n`);
    return 2;
  }
  const source = positionals[0] ?? '-';
  let text: string;
  try {
    text = source === '-' ? await io.readStdin() : await io.readFile(source);
  } catch (e) {
    io.stderr(`cookie-lens classify: cannot read ${source}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
  let analyzed;
  try {
    analyzed = analyzeJar({ cookies: parseCookieInput(text, url), pageUrl: url }).cookies;
  } catch (e) {
    if (e instanceof InputError) {
      io.stderr(`cookie-lens classify: ${source === '-' ? 'stdin' : source}: ${e.message}\n`);
      return 1;
    }
    throw e;
  }
  if (values.json) {
    const out = analyzed.map(({ cookie, analysis: { classification: c, layers } }) => ({
      name: cookie.name, domain: cookie.domain, path: cookie.path, class: c.class, readability: c.readability,
      framework: c.framework ?? null, confidence: c.confidence, evidence: c.evidence, layers,
    }));
    io.stdout(`${JSON.stringify(out, null, 2)}\n`);
    return 0;
  }
  for (const { cookie, analysis: { classification: c } } of analyzed) {
    const fw = c.frameworkLabel ?? c.known?.vendor ?? '-';
    io.stdout(`${cookie.name} (${cookie.domain}${cookie.path}): ${c.class}, ${c.readability}, ${fw}, ${c.confidence} confidence\n`);
    for (const e of c.evidence) io.stdout(`  - ${e}\n`);
  }
  return 0;
}

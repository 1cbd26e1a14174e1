/** `cookie-lens classify`: class, readability, framework, confidence and evidence for each cookie. */
import { parseArgs } from 'node:util';

import { analyzeJar } from '../core/analyze-jar.ts';
import { formatList, IMPORT_FORMATS, type ImportFormat } from '../core/formats/index.ts';
import type { CliIo } from './io.ts';
import { parseFromOption, readCliInput } from './read-input.ts';
import { escapeControls, oneLine, terminalSafeJson } from './terminal.ts';

export const CLASSIFY_USAGE = `Usage: cookie-lens classify --url <page-url> [--json] [--from <format>] [file|-]

Reads cookies from a file (or stdin when the file is "-" or absent) in any import format, detected automatically:
JSON (chrome.cookies shape, Cookie-Editor, EditThisCookie), Netscape cookies.txt, a Cookie header, or raw
Set-Cookie header lines (one per line) as received from --url.

Options:
  --url <page-url>  the page the cookies belong to (required)
  --json            print a JSON array of {name, domain, path, class, readability, framework, confidence, evidence, layers}
  --from <format>   read the input as ${formatList(IMPORT_FORMATS)} instead of detecting the format
  -h, --help        show this help;  --version  the version
`;

export async function runClassify(args: string[], io: CliIo): Promise<number> {
  let values: { url?: string; json?: boolean; help?: boolean; from?: string };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        from: { type: 'string' },
      },
    }));
  } catch (e) {
    io.stderr(`cookie-lens classify: ${oneLine(e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e))}\n`);
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
    io.stderr(`cookie-lens classify: --url is not a URL: ${oneLine(values.url.slice(0, 100))}\n`);
    return 2;
  }
  let from: ImportFormat | undefined;
  if (values.from !== undefined) {
    const f = parseFromOption(values.from);
    if (typeof f === 'object') {
      io.stderr(`cookie-lens classify: ${oneLine(f.error)}\n`);
      return 2;
    }
    from = f;
  }
  if (positionals.length > 1) {
    io.stderr('cookie-lens classify: give one input file (or "-" for stdin)\n');
    return 2;
  }
  const input = await readCliInput('classify', positionals[0] ?? '-', io, { url: url.href }, from);
  if (input === null) return 2;
  for (const note of input.notes) io.stderr(`note: ${oneLine(note)}\n`);
  const analyzed = analyzeJar({ cookies: input.cookies, pageUrl: url }).cookies;
  if (values.json) {
    const out = analyzed.map(({ cookie, analysis: { classification: c, layers } }) => ({
      name: cookie.name,
      domain: cookie.domain,
      path: cookie.path,
      class: c.class,
      readability: c.readability,
      framework: c.framework ?? null,
      confidence: c.confidence,
      evidence: c.evidence,
      layers,
    }));
    io.stdout(`${terminalSafeJson(JSON.stringify(out, null, 2))}\n`);
    return 0;
  }
  for (const {
    cookie,
    analysis: { classification: c },
  } of analyzed) {
    const fw = c.frameworkLabel ?? c.known?.vendor ?? '-';
    io.stdout(
      `${escapeControls(`${cookie.name} (${cookie.domain}${cookie.path}): ${c.class}, ${c.readability}, ${fw}, ${c.confidence} confidence`)}\n`,
    );
    for (const e of c.evidence) io.stdout(`  - ${escapeControls(e)}\n`);
  }
  return 0;
}

/** cookie-lens command line: a table of subcommands (e.g. `audit` can be added as one more row). */
import '../core/public-suffix-list.ts';
import { readFile } from 'node:fs/promises';
import { analyzeCookie } from '../core/analyze.ts';
import { analyzeJar } from '../core/analyze-jar.ts';
import { auditCommand } from './audit.ts';
import { runClassify } from './classify.ts';
import { convertCommand } from './convert.ts';
import type { CliIo, Subcommand } from './io.ts';

export const SUBCOMMANDS: Record<string, { run: Subcommand; summary: string }> = {
  classify: { run: runClassify, summary: 'classify cookies (session id, client data, tracking, ...) with evidence' },
  audit: {
    run: (args, io) => auditCommand(args, { ...io, fetch: globalThis.fetch }, analyzeJar),
    summary: 'audit a URL or a cookie file: security findings, grade and framework fixes',
  },
  convert: {
    // The page URL is not known here; the class of a cookie depends on it only for third-party checks.
    run: (args, io) => convertCommand(args, { ...io, classOf: (c) => analyzeCookie(c, `https://${c.domain.replace(/^\./, '')}/`).classification.class }),
    summary: 'convert between JSON, Netscape cookies.txt, Cookie header and curl (--redact hides session IDs)',
  },
};

export function usage(): string {
  const rows = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(10)} ${s.summary}`);
  return `Usage: cookie-lens <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun cookie-lens <command> --help for a command's options.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    io.stdout(usage());
    return command === undefined ? 2 : 0;
  }
  const sub = SUBCOMMANDS[command];
  if (!sub) {
    io.stderr(`cookie-lens: unknown command "${command}" (see cookie-lens --help)\n`);
    return 2;
  }
  try {
    return await sub.run(rest, io);
  } catch (e) {
    io.stderr(`cookie-lens ${command}: internal error: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 70;
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

export const processIo: CliIo = {
  readStdin: () => readAll(process.stdin),
  readFile: (path) => readFile(path, 'utf8'),
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

/**
 * cookie-lens command line: a table of subcommands (e.g. `audit` can be added as one more row). Arguments are read
 * before anything heavy loads: a verb's module, the engine and the Public Suffix List are dynamic imports made when
 * that verb runs (chunks of their own in the built CLI, see vite.cli.config.ts), so `--help` and `--version` load
 * only this file.
 */
import { readFile } from 'node:fs/promises';
import { version } from '../../package.json';
import type { CliIo, Subcommand } from './io.ts';

/** Loads a verb's modules together with the Public Suffix List (tldts), so analysis sees exact registrable domains. */
async function withPublicSuffixList<T>(modules: Promise<T>): Promise<T> {
  const [, loaded] = await Promise.all([import('../core/public-suffix-list.ts'), modules]);
  return loaded;
}

export const SUBCOMMANDS: Record<string, { run: Subcommand; summary: string }> = {
  classify: {
    run: async (args, io) => (await withPublicSuffixList(import('./classify.ts'))).runClassify(args, io),
    summary: 'classify cookies (session id, client data, tracking, ...) with evidence',
  },
  audit: {
    run: async (args, io) => {
      const [{ auditCommand }, { analyzeCookie }] = await withPublicSuffixList(Promise.all([import('./audit.ts'), import('../core/analyze.ts')]));
      return auditCommand(args, { ...io, fetch: globalThis.fetch }, (c, pageUrl) => analyzeCookie(c, pageUrl));
    },
    summary: 'audit a URL or a cookie file: security findings, grade and framework fixes',
  },
  convert: {
    run: async (args, io) => {
      const [{ convertCommand }, { analyzeCookie }] = await withPublicSuffixList(Promise.all([import('./convert.ts'), import('../core/analyze.ts')]));
      // The page URL is not known here; the class of a cookie depends on it only for third-party checks.
      return convertCommand(args, { ...io, classOf: (c) => analyzeCookie(c, `https://${c.domain.replace(/^\./, '')}/`).classification.class });
    },
    summary: 'convert between JSON, Netscape cookies.txt, Cookie header and curl (--redact hides session IDs)',
  },
};

/** The package version (package.json), for `cookie-lens --version`. */
export const VERSION: string = version;

export function usage(): string {
  const rows = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(10)} ${s.summary}`);
  return `Usage: cookie-lens <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun cookie-lens <command> --help for a command's options; cookie-lens --version prints the version.\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V' || command === 'version') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
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

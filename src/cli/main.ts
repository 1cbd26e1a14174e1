/**
 * cookie-lens command line: a table of subcommands (e.g. `audit` can be added as one more row). Arguments are read
 * before anything heavy loads: a verb's module, the engine and the Public Suffix List are dynamic imports made when
 * that verb runs (chunks of their own in the built CLI, see vite.cli.config.ts), so `--help` and `--version` load
 * only this file and the few small modules it imports.
 */
import { open } from 'node:fs/promises';

import { MAX_IMPORT_CHARS } from '../core/formats/input-limits.ts';
import type { CliIo, Subcommand } from './io.ts';
import { oneLine } from './terminal.ts';
import { VERSION } from './version.ts';

/** Loads a verb's modules together with the Public Suffix List (tldts), so analysis sees exact registrable domains. */
async function withPublicSuffixList<T>(modules: Promise<T>): Promise<T> {
  const [, loaded] = await Promise.all([import('../core/cookie/public-suffix-list.ts'), modules]);
  return loaded;
}

/** Each verb: how to run it and its help text, both loaded with the verb's module when asked for. */
export const SUBCOMMANDS: Record<string, { run: Subcommand; summary: string; help: () => Promise<string> }> = {
  classify: {
    run: async (args, io) => (await withPublicSuffixList(import('./classify.ts'))).runClassify(args, io),
    summary: 'classify cookies (session id, client data, tracking, ...) with evidence',
    help: async () => (await import('./classify.ts')).CLASSIFY_USAGE,
  },
  audit: {
    run: async (args, io) => {
      const [{ auditCommand }, { analyzeJar }] = await withPublicSuffixList(
        Promise.all([import('./audit.ts'), import('../core/analyze-jar.ts')]),
      );
      return auditCommand(args, { ...io, fetch: globalThis.fetch }, analyzeJar);
    },
    summary: 'audit a URL or a cookie file: security findings, grade and framework fixes',
    help: async () => (await import('./audit.ts')).AUDIT_HELP,
  },
  convert: {
    run: async (args, io) => {
      const [{ convertCommand }, { analyzeCookie }] = await withPublicSuffixList(
        Promise.all([import('./convert.ts'), import('../core/analyze.ts')]),
      );
      // The page URL is not known here; the analysis of a cookie depends on it only for third-party checks.
      return convertCommand(args, {
        ...io,
        analysisOf: (c) => analyzeCookie(c, `https://${c.domain.replace(/^\./, '')}/`),
      });
    },
    summary: 'convert between JSON, Netscape cookies.txt, Cookie header and curl (--redact hides credentials)',
    help: async () => (await import('./convert.ts')).CONVERT_USAGE,
  },
};

/** The exit codes of every verb (README "The cookie-lens command"). */
export const EXIT = { ok: 0, findings: 1, usage: 2, internal: 70 } as const;

export const EXIT_CODES_HELP = `Exit status (every command):
  0   done (for audit: no finding at or above --fail-on)
  1   audit: a finding at or above --fail-on
  2   usage error or bad input (unreadable, malformed, too large, not UTF-8), or a URL that cannot be audited
  70  internal error (a bug: please report it), or output that cannot be written (disk full)
`;

export function usage(): string {
  const rows = Object.entries(SUBCOMMANDS).map(([name, s]) => `  ${name.padEnd(10)} ${s.summary}`);
  return `Usage: cookie-lens <command> [options]\n\nCommands:\n${rows.join('\n')}\n\nRun cookie-lens <command> --help for a command's options; --version prints the version.\n\n${EXIT_CODES_HELP}`;
}

const HELP = new Set(['--help', '-h', 'help']);

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  if (command === '--version' || command === '-V' || command === 'version') {
    io.stdout(`cookie-lens ${VERSION}\n`);
    return EXIT.ok;
  }
  if (command === undefined || HELP.has(command)) {
    io.stdout(usage());
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  const sub = Object.hasOwn(SUBCOMMANDS, command) ? SUBCOMMANDS[command] : undefined;
  if (!sub) {
    io.stderr(`cookie-lens: unknown command "${oneLine(command.slice(0, 60))}" (see cookie-lens --help)\n`);
    return EXIT.usage;
  }
  try {
    // Every verb: --help and --version before anything else is read (the help text loads with the verb's module).
    if (rest.includes('--help') || rest.includes('-h')) {
      io.stdout(`${await sub.help()}\n${EXIT_CODES_HELP}`);
      return EXIT.ok;
    }
    if (rest.includes('--version')) {
      io.stdout(`cookie-lens ${VERSION}\n`);
      return EXIT.ok;
    }
    return await sub.run(rest, io);
  } catch (e) {
    io.stderr(
      `cookie-lens ${command}: internal error: ${oneLine(e instanceof Error ? e.message : String(e)).slice(0, 300)}\n`,
    );
    return EXIT.internal;
  }
}

/** Bytes, not text: the one reader checks the encoding (UTF-16, binary) itself. Stops reading past the size limit. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    chunks.push(b);
    size += b.length;
    if (size > MAX_IMPORT_CHARS * 4) break;
  }
  return Buffer.concat(chunks);
}

/** A file's bytes, at most one byte past the reader's limit (a 10 GB file is refused, not loaded). */
async function readLimited(path: string): Promise<Uint8Array> {
  const handle = await open(path);
  try {
    const { size } = await handle.stat();
    if (size <= MAX_IMPORT_CHARS * 4) return await handle.readFile();
    const buffer = Buffer.alloc(MAX_IMPORT_CHARS * 4 + 1);
    await handle.read({ buffer, position: 0 });
    return buffer;
  } finally {
    await handle.close();
  }
}

export const processIo: CliIo = {
  readStdin: () => readAll(process.stdin),
  readFile: readLimited,
  stdout: (t) => void process.stdout.write(t),
  stderr: (t) => void process.stderr.write(t),
};

/**
 * Issue 13, a CLI that behaves: the same input policy, exit codes, help and version on every verb, escaped control
 * characters, an audit that cannot hang, and write errors that end in one line. Most cases run `main` with injected
 * streams; the few spawned ones (a full disk, a closed pipe) get generous timeouts, as the machine is shared.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { VERSION } from '../../../src/cli/version.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const ESC = '\u001b';

interface Run {
  code: number;
  out: string;
  err: string;
}

async function run(argv: string[], stdin: string | Uint8Array = '', overrides: Partial<CliIo> = {}): Promise<Run> {
  let out = '';
  let err = '';
  const io: CliIo = {
    readStdin: async () => stdin,
    readFile: async (p) => {
      throw new Error(`ENOENT: no such file or directory, open '${p}'`);
    },
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    ...overrides,
  };
  const code = await main(argv, io);
  return { code, out, err };
}

/** The three verbs that read cookies, each given the page as their options say. */
const READERS: Array<[string, string[]]> = [
  ['classify', ['classify', '--url', 'https://example.com/']],
  ['audit', ['audit', '--url', 'https://example.com/']],
  ['convert', ['convert', '--to', 'json', '--url', 'https://example.com/']],
];

describe('--help and --version on every verb and at the top', () => {
  test.each([[[]], [['classify']], [['audit']], [['convert']]])('%j', async (verb) => {
    for (const flag of ['--help', '-h']) {
      const r = await run([...verb, flag]);
      expect(r.code).toBe(0);
      expect(r.out).toMatch(/Usage: cookie-lens/);
      expect(r.out).toMatch(/70 +internal error/);
      expect(r.err).toBe('');
    }
    const v = await run([...verb, '--version']);
    expect(v).toEqual({ code: 0, out: `cookie-lens ${VERSION}\n`, err: '' });
  });

  test("the version is package.json's", () => {
    expect(VERSION).toBe((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version);
  });
});

describe('one way in: every verb reads input the same way', () => {
  test.each(READERS)(
    '%s reads "session=abc; secure=1; theme=dark" as a Cookie header of three cookies',
    async (verb, argv) => {
      const r = await run(
        [...argv, ...(verb === 'classify' ? ['--json'] : verb === 'audit' ? ['--json'] : [])],
        'session=abc; secure=1; theme=dark',
      );
      expect(r.code).toBe(0);
      if (verb === 'audit') {
        const findings = (JSON.parse(r.out) as { findings: { cookie: string | null }[] }).findings;
        expect(new Set(findings.map((f) => f.cookie))).toContain('theme');
      } else {
        expect((JSON.parse(r.out) as { name: string }[]).map((c) => c.name)).toEqual(['session', 'secure', 'theme']);
      }
    },
  );

  test('convert --to header, then back to JSON: the cookies named like attributes are all there (the reported loss)', async () => {
    const jar = JSON.stringify(
      ['session', 'secure', 'theme', 'Path', 'max-age'].map((name, i) => ({
        name,
        value: String(i + 1),
        domain: 'example.com',
      })),
    );
    const header = await run(['convert', '--to', 'header'], jar);
    expect(header.out).toBe('session=1; secure=2; theme=3; Path=4; max-age=5\n');
    const back = await run(['convert', '--to', 'json', '--url', 'https://example.com/'], header.out);
    expect(back.code).toBe(0);
    expect(
      (JSON.parse(back.out) as { name: string; value: string; secure: boolean }[]).map((c) => [c.name, c.value]),
    ).toEqual([
      ['session', '1'],
      ['secure', '2'],
      ['theme', '3'],
      ['Path', '4'],
      ['max-age', '5'],
    ]);
  });

  test.each(READERS)('%s: "secure": "true" is exit 2 with one line naming line and field', async (verb, argv) => {
    const r = await run(argv, '[\n {"name": "a", "value": "1", "domain": "example.com",\n  "secure": "true"}\n]');
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      `cookie-lens ${verb}: stdin (json): line 3, field [0].secure: cookie #1: "secure" must be true or false (a JSON boolean), not the string "true"\n`,
    );
  });

  test.each(READERS)('%s: a UTF-16 file is exit 2 with one clear line', async (verb, argv) => {
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from('[{"name":"a","value":"1"}]', 'utf16le')]);
    const r = await run(argv, bytes);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^cookie-lens ${verb}: stdin: line 1: the input is UTF-16 text, not UTF-8`));
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  test.each(READERS)('%s: 10 MB of input is exit 2 (the size limit), not a stack overflow', async (verb, argv) => {
    const r = await run(
      argv,
      JSON.stringify([{ name: 'big', value: 'x'.repeat(10 * 1024 * 1024), domain: 'example.com' }]),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      new RegExp(`^cookie-lens ${verb}: stdin: the input is \\d+ characters; the limit is 5242880 \\(5 MiB\\)\\n$`),
    );
  });

  test.each(READERS)('%s: usage errors are exit 2 too', async (_verb, argv) => {
    const r = await run([...argv, '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('control characters never reach the terminal raw', () => {
  const evilName = `${ESC}[2J${ESC}]0;pwned\u0007\u009b31m\u202Eevil`;
  const jar = JSON.stringify([
    { name: evilName, value: 'x', domain: 'example.com' },
    { name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', domain: 'example.com' },
  ]);
  // eslint-disable-next-line no-control-regex -- raw control characters are what must not appear
  const raw = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

  test.each([
    [['classify', '--url', 'https://example.com/']],
    [['classify', '--url', 'https://example.com/', '--json']],
    [['audit', '--url', 'https://example.com/']],
    [['audit', '--url', 'https://example.com/', '--json']],
    [['convert', '--to', 'json']],
  ])('%j', async (argv) => {
    const r = await run(argv, jar);
    expect(r.code).toBe(0);
    expect(r.out + r.err).not.toMatch(raw);
    if (!argv.includes('--json') && !argv.includes('convert'))
      expect(r.out).toContain('\\x1b[2J\\x1b]0;pwned\\x07\\x9b31m\\u202eevil');
    if (argv.includes('--json') || argv.includes('convert')) expect(r.out).toMatch(/\\u001b\[2J/);
  });

  test('error excerpts are escaped and stay on one line', async () => {
    const r = await run(['convert', '--to', 'json', '--url', 'https://example.com/'], `a=1\n${ESC}[2Jboom\r\n`);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^cookie-lens convert: stdin \(set-cookie\): line 2: not a Set-Cookie line \(expected name=value\): \\x1b\[2Jboom\n$/,
    );
  });

  test('a credential warning naming a hostile cookie is escaped', async () => {
    const r = await run(
      ['convert', '--to', 'header'],
      JSON.stringify([{ name: `${ESC}[31msession`, value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', domain: 'example.com' }]),
    );
    expect(r.code).toBe(0);
    expect(r.err).not.toMatch(raw);
  });
});

describe('internal errors are exit 70 in one line', () => {
  test('an output stream that throws (a write error) ends in one line, exit 70', async () => {
    const r = await run(
      ['classify', '--url', 'https://example.com/'],
      '[{"name": "a", "value": "1", "domain": "example.com"}]',
      {
        stdout: () => {
          throw Object.assign(new Error('ENOSPC: no space left on device, write\n    at writeSync (node:fs:1:1)'), {
            code: 'ENOSPC',
          });
        },
      },
    );
    expect(r.code).toBe(70);
    expect(r.err).toBe(
      'cookie-lens classify: internal error: ENOSPC: no space left on device, write at writeSync (node:fs:1:1)\n',
    );
  });
});

describe('audit <url> cannot hang', { timeout: 120_000 }, () => {
  let silent: NetServer;
  const sockets: Socket[] = [];
  let huge: HttpServer;
  let silentUrl = '';
  let hugeUrl = '';

  beforeAll(async () => {
    // Accepts the connection and never answers.
    silent = createNetServer((socket) => void sockets.push(socket)).listen(0, '127.0.0.1');
    // Answers with 20 KB of headers, beyond Node's default 16 KiB.
    huge = createHttpServer((_req, res) => {
      res.setHeader('x-padding', 'x'.repeat(20_000));
      res.setHeader('set-cookie', 'a=1');
      res.end('ok');
    }).listen(0, '127.0.0.1');
    await Promise.all([once(silent, 'listening'), once(huge, 'listening')]);
    silentUrl = `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`;
    hugeUrl = `http://127.0.0.1:${(huge.address() as AddressInfo).port}/`;
  });

  afterAll(async () => {
    for (const s of sockets) s.destroy();
    silent.close();
    huge.close();
  });

  test('a host that accepts and never answers: exit 2 after --timeout, one line', async () => {
    const start = Date.now();
    const r = await run(['audit', silentUrl, '--timeout', '1']);
    expect(r.code).toBe(2);
    expect(r.err).toBe(
      `cookie-lens audit: no complete answer from ${silentUrl} within 1 s (raise it with --timeout <seconds>)\n`,
    );
    expect(Date.now() - start).toBeLessThan(60_000);
  });

  test('more than 16 KiB of response headers: a clear line instead of "Headers Overflow Error"', async () => {
    const r = await run(['audit', hugeUrl, '--timeout', '60']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(
      /^cookie-lens audit: the response from http:\/\/127\.0\.0\.1:\d+\/ has more header bytes than Node's limit \(16 KiB by default\): run with NODE_OPTIONS=--max-http-header-size=262144/,
    );
    expect(r.err).not.toMatch(/Headers Overflow Error/);
  });

  test.each([['0'], ['-1'], ['soon'], ['99999']])('--timeout %s is a usage error', async (value) => {
    const r = await run(['audit', silentUrl, '--timeout', value]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^cookie-lens audit: --timeout expects seconds between 0 and 3600/);
  });
});

// Each spawn starts Node on the built CLI (dist-cli/): two spawns, a generous timeout for a busy machine.
describe('bin/cookie-lens.mjs: write errors, never a stack trace', { timeout: 180_000 }, () => {
  const bin = join(root, 'bin/cookie-lens.mjs');

  test('stdout on a full disk (/dev/full): one line on stderr, exit 70', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [bin, '--help'], {
        cwd: root,
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
        timeout: 150_000,
      });
      expect(r.status).toBe(70);
      expect(r.stderr).toMatch(/^cookie-lens: cannot write the output: ENOSPC: /);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    } finally {
      closeSync(full);
    }
  });

  test('a reader that stops early (EPIPE) is a normal end: nothing on stderr', async () => {
    const jar = JSON.stringify(
      Array.from({ length: 3000 }, (_, i) => ({ name: `c${i}`, value: `v${i}`, domain: 'example.com' })),
    );
    const child = spawn(process.execPath, [bin, 'classify', '--url', 'https://example.com/', '--json'], {
      cwd: root,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.stdin.end(jar);
    // Read the first chunk, then close the pipe, as `| head -c 100` would.
    await once(child.stdout, 'data');
    child.stdout.destroy();
    const [code] = (await once(child, 'close')) as [number | null];
    expect(err).toBe('');
    expect(code).toBe(0);
  });
});

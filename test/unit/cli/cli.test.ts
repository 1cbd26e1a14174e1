import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import type { CliIo } from '../../../src/cli/io.ts';
import { main } from '../../../src/cli/main.ts';
import { defaultPath } from '../../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { readCookieInput } from '../../../src/core/formats/parse-file.ts';
import { runProcess } from '../../run-process.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const NOW = Date.UTC(2026, 0, 15);

function fakeIo(stdin: string): CliIo & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    readStdin: async () => stdin,
    readFile: async (p: string) => {
      throw new Error(`ENOENT: no such file ${p}`);
    },
    stdout: (t: string) => void (io.out += t),
    stderr: (t: string) => void (io.err += t),
  };
  return io;
}

/** Set-Cookie lines through core's one reader, as every verb reads them; throws the one-line error. */
function parseCookieInput(text: string, url: URL, now: number): Cookie[] {
  const r = readCookieInput(text, { url: url.href, now }, 'set-cookie');
  if ('error' in r) throw new Error(`line ${r.error.line}: ${r.error.message}`);
  return r.cookies;
}

const SET_COOKIE = [
  'sessionid=k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8; expires=Wed, 09 Dec 2026 23:09:00 GMT; HttpOnly; Max-Age=1209600; Path=/; SameSite=Lax',
  'csrftoken=Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab3Ab; Max-Age=31449600; SameSite=Strict',
  '_ga=GA1.2.123456789.1700000000; Domain=.example.com; Path=/; Secure; SameSite=None; Partitioned',
].join('\n');

describe('Set-Cookie input as Chrome stores it', () => {
  const url = new URL('https://www.example.com/account/settings');
  const [session, csrf, ga] = parseCookieInput(SET_COOKIE, url, NOW);

  it('host-only without Domain, domain cookie with it', () => {
    expect(session).toMatchObject({
      domain: 'www.example.com',
      hostOnly: true,
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      session: false,
    });
    expect(ga).toMatchObject({
      domain: '.example.com',
      hostOnly: false,
      secure: true,
      sameSite: 'no_restriction',
      partitionKey: { topLevelSite: 'https://example.com' },
    });
  });

  it('Max-Age wins over Expires, and the default path is the directory of the URL path', () => {
    expect(session?.expirationDate).toBeCloseTo(NOW / 1000 + 1209600, 0);
    expect(csrf?.path).toBe('/account');
    expect(defaultPath(new URL('https://x.test/'))).toBe('/');
    expect(defaultPath(new URL('https://x.test/a'))).toBe('/');
    expect(defaultPath(new URL('https://x.test/a/b/c'))).toBe('/a/b');
  });

  it('caps expiry at 400 days', () => {
    const [c] = parseCookieInput('a=b; Max-Age=999999999', url, NOW);
    expect(c?.expirationDate).toBeCloseTo(NOW / 1000 + 400 * 86400, 0);
  });

  it('refuses a Domain that does not match the host', () => {
    expect(() => parseCookieInput('a=b\nc=d; Domain=other.org', url, NOW)).toThrow(/^line 2: Domain=other.org/);
  });
});

describe('cookie-lens classify (injected stdio)', () => {
  it('prints class, readability, framework and evidence for Set-Cookie lines', async () => {
    const io = fakeIo(SET_COOKIE);
    expect(await main(['classify', '--url', 'https://www.example.com/'], io)).toBe(0);
    expect(io.out).toMatch(
      /^sessionid \(www\.example\.com\/\): session-id, opaque, Django session \(database\/cache backend\), high confidence/m,
    );
    expect(io.out).toMatch(/^_ga \(\.example\.com\/\): tracking, opaque, Google Analytics, high confidence/m);
    expect(io.err).toBe('');
  });

  it('--json prints the documented shape for a JSON array with defaults', async () => {
    const io = fakeIo(
      JSON.stringify([
        { name: 'token', value: 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln' },
        { name: 'lang', value: 'fr', domain: '.example.com' },
      ]),
    );
    expect(await main(['classify', '--url', 'https://example.com/', '--json', '-'], io)).toBe(0);
    const out = JSON.parse(io.out) as Array<Record<string, unknown>>;
    expect(Object.keys(out[0] ?? {}).sort()).toEqual([
      'class',
      'confidence',
      'domain',
      'evidence',
      'framework',
      'layers',
      'name',
      'path',
      'readability',
    ]);
    expect(out[0]).toMatchObject({
      name: 'token',
      domain: 'example.com',
      path: '/',
      class: 'auth-token',
      framework: 'jwt',
    });
    expect(out[1]).toMatchObject({ name: 'lang', class: 'preference', framework: null });
  });

  it.each([
    [
      ['classify', '--url', 'https://e.com/'],
      '[{"name":"a","value":"b"},\n{"name": }]',
      /^cookie-lens classify: stdin \(json\): line 2: not valid JSON/,
    ],
    [
      ['classify', '--url', 'https://e.com/'],
      'a=b\nnot a cookie\n',
      /^cookie-lens classify: stdin \(set-cookie\): line 2: not a Set-Cookie line/,
    ],
    [
      ['classify', '--url', 'https://e.com/'],
      '[{"value":"b"}]',
      /^cookie-lens classify: stdin \(json\): line 1, field \[0\]\.name: cookie #1: "name" is missing/,
    ],
    [['classify'], 'a=b', /^cookie-lens classify: missing --url/],
    [['classify', '--url', 'https://e.com/', 'missing.txt'], '', /^cookie-lens classify: cannot read missing.txt/],
    [['frobnicate'], '', /^cookie-lens: unknown command "frobnicate"/],
  ])('bad input %j → one line on stderr and a non-zero exit', async (argv, stdin, message) => {
    const io = fakeIo(stdin);
    expect(await main(argv, io)).not.toBe(0);
    expect(io.err).toMatch(message);
    expect(io.err.trim().split('\n')).toHaveLength(1);
  });
});

// These spawn Node on the built CLI (test/build-cli.ts builds it first). They check behaviour, not speed: the time
// limits are generous for a loaded 2-core machine, and the spawns few. Start-up time is `npm run bench`'s cliHelpMs.
const SPAWN_MS = 60_000;

describe('bin/cookie-lens.mjs (spawned, built CLI)', () => {
  const run = (args: string[], input = '') =>
    runProcess(process.execPath, [join(root, 'bin/cookie-lens.mjs'), ...args], {
      cwd: root,
      input,
      timeoutMs: SPAWN_MS,
    });

  it(
    '--help and classify --help print usage',
    async () => {
      const top = await run(['--help']);
      expect(top.status).toBe(0);
      expect(top.stdout).toMatch(/Usage: cookie-lens <command>/);
      const sub = await run(['classify', '--help']);
      expect(sub.status).toBe(0);
      expect(sub.stdout).toMatch(/--url <page-url>/);
    },
    2 * SPAWN_MS,
  );

  it(
    'classifies Set-Cookie lines from stdin',
    async () => {
      const r = await run(['classify', '--url', 'https://www.example.com/', '--json'], SET_COOKIE);
      expect(r.status).toBe(0);
      const out = JSON.parse(r.stdout) as Array<{ name: string; class: string }>;
      expect(out.map((c) => [c.name, c.class])).toEqual([
        ['sessionid', 'session-id'],
        ['csrftoken', 'csrf'],
        ['_ga', 'tracking'],
      ]);
    },
    SPAWN_MS,
  );

  it(
    'malformed JSON: one stderr line, exit 2, no stack trace',
    async () => {
      const r = await run(['classify', '--url', 'https://e.com/'], '[{"name":');
      expect(r.status).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).not.toMatch(/\bat .*\.(ts|mjs):\d+/);
    },
    SPAWN_MS,
  );

  it(
    'the entry loads nothing heavy: --help and --version work with its static imports alone, a verb needs its chunks',
    async () => {
      // The entry's static import closure (rolldown may put small shared modules in chunks it imports statically).
      const dist = join(root, 'dist-cli');
      const closure = new Set<string>(['main.mjs']);
      for (const file of closure) {
        for (const m of readFileSync(join(dist, file), 'utf8').matchAll(/^import\s[^'"]*["']\.\/([^'"]+)["']/gm))
          closure.add(m[1] as string);
      }
      const heavy = readdirSync(dist).filter((f) =>
        /^(public-suffix-list|analyze|classify|audit|convert)-.*\.mjs$/.test(f),
      );
      expect(heavy.length).toBeGreaterThanOrEqual(5); // the verbs, the engine and tldts are chunks of their own
      expect([...closure].filter((f) => heavy.includes(f))).toEqual([]);
      // A few KB of argument handling, not the engine (hundreds of KB) inlined by accident.
      expect([...closure].reduce((n, f) => n + statSync(join(dist, f)).size, 0)).toBeLessThan(40_000);
      const alone = mkdtempSync(join(tmpdir(), 'cookie-lens-entry-'));
      try {
        for (const file of closure) copyFileSync(join(dist, file), join(alone, file));
        const script = `const { main, processIo } = await import(${JSON.stringify(join(alone, 'main.mjs'))});
        for (const argv of [['--help'], ['--version'], ['classify', '--url', 'https://e.com/']]) process.stdout.write('exit ' + await main(argv, processIo) + '\\n');`;
        const r = await runProcess(process.execPath, ['--input-type=module', '-e', script], {
          cwd: alone,
          input: 'a=b',
          timeoutMs: SPAWN_MS,
        });
        expect(r.stdout).toMatch(/Usage: cookie-lens <command>/);
        expect(r.stdout).toMatch(/^(cookie-lens )?\d+\.\d+\.\d+$/m);
        expect(r.stdout.match(/^exit \d+$/gm)).toEqual(['exit 0', 'exit 0', 'exit 70']);
        expect(r.stderr).toMatch(/^cookie-lens classify: internal error: Cannot find module/);
      } finally {
        rmSync(alone, { recursive: true, force: true });
      }
    },
    SPAWN_MS,
  );
});

/**
 * Interop with curl (a tool no one here wrote): our cookies.txt is read by `curl -b`, curl's `-c` jar is read by
 * our importer, and our curl command runs in a real shell. curl sends Secure cookies only over https, and this
 * server is http: Secure cookies must NOT be sent.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { exportCurl } from '../../src/core/formats/curl.ts';
import { exportHeader } from '../../src/core/formats/header.ts';
import { exportNetscape, parseNetscape } from '../../src/core/formats/netscape.ts';
import { cookie } from '../fixtures/cookies.ts';
import { type EchoServer, startEchoServer } from './echo-server.ts';

const CURL = '/usr/bin/curl';
const run = promisify(execFile);
const hasCurl = existsSync(CURL);
const future = Math.floor(Date.now() / 1000) + 86400;

describe.skipIf(!hasCurl)(`curl interop${hasCurl ? '' : ' (skipped: /usr/bin/curl not found)'}`, () => {
  let server: EchoServer;
  let dir: string;
  beforeAll(async () => {
    server = await startEchoServer([
      'a=1; Path=/; HttpOnly',
      'b=2; Domain=example.com; Path=/; Max-Age=3600',
      'c=3; Path=/app',
    ]);
    dir = mkdtempSync(join(tmpdir(), 'cookie-lens-curl-'));
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function curl(args: string[], url: string): Promise<string> {
    const resolve = ['www.example.com', 'example.com'].flatMap((h) => ['--resolve', `${h}:${server.port}:127.0.0.1`]);
    const { stdout } = await run(CURL, ['-s', '--noproxy', '*', ...resolve, ...args, url]);
    return stdout;
  }
  const sorted = (header: string) => header.split('; ').filter(Boolean).sort();

  test('curl -b sends exactly the cookies our cookies.txt scopes to each URL', async () => {
    const file = join(dir, 'export.txt');
    writeFileSync(
      file,
      exportNetscape([
        cookie({ name: 'host', value: 'www-only', domain: 'www.example.com', session: false, expirationDate: future }),
        cookie({ name: 'apex', value: 'apex-only', domain: 'example.com' }),
        cookie({ name: 'dom', value: 'everywhere', domain: '.example.com', hostOnly: false }),
        cookie({ name: 'deep', value: 'app-only', domain: 'www.example.com', path: '/app' }),
        cookie({ name: 'sec', value: 'https-only', domain: 'www.example.com', secure: true }),
        cookie({ name: 'ho', value: 'http-only', domain: 'www.example.com', httpOnly: true }),
        cookie({
          name: 'old',
          value: 'expired',
          domain: 'www.example.com',
          session: false,
          expirationDate: 1_000_000_000,
        }),
      ]).text,
    );
    expect(sorted(await curl(['-b', file], `http://www.example.com:${server.port}/app/x`))).toEqual([
      'deep=app-only',
      'dom=everywhere',
      'ho=http-only',
      'host=www-only',
    ]);
    expect(sorted(await curl(['-b', file], `http://example.com:${server.port}/`))).toEqual([
      'apex=apex-only',
      'dom=everywhere',
    ]);
  });

  test('a jar curl writes with -c (HttpOnly, domain, path, expiry) imports correctly', async () => {
    const jar = join(dir, 'curl-jar.txt');
    const before = Math.floor(Date.now() / 1000);
    await curl(['-c', jar], `http://www.example.com:${server.port}/set`);
    const r = parseNetscape(readFileSync(jar, 'utf8'));
    if ('error' in r) throw new Error(JSON.stringify(r.error));
    const byName = Object.fromEntries(r.cookies.map((c) => [c.name, c]));
    expect(Object.keys(byName).sort()).toEqual(['a', 'b', 'c']);
    expect(byName.a).toMatchObject({
      value: '1',
      domain: 'www.example.com',
      hostOnly: true,
      httpOnly: true,
      path: '/',
      session: true,
    });
    expect(byName.b).toMatchObject({
      value: '2',
      domain: '.example.com',
      hostOnly: false,
      httpOnly: false,
      session: false,
    });
    expect(byName.b?.expirationDate).toBeGreaterThanOrEqual(before + 3600 - 1);
    expect(byName.b?.expirationDate).toBeLessThanOrEqual(before + 3600 + 60);
    expect(byName.c).toMatchObject({ domain: 'www.example.com', path: '/app', session: true });
  });

  test('the exported curl command, run by a real shell, sends hostile values exactly', async () => {
    const cookies = [
      cookie({ name: 'q', value: `it's "quoted"`, domain: '127.0.0.1' }),
      cookie({ name: 'sub', value: '$(touch pwned)`id`', domain: '127.0.0.1' }),
      cookie({ name: 'bs', value: 'a\\b !x', domain: '127.0.0.1' }),
    ];
    const url = `http://127.0.0.1:${server.port}/`;
    const command = exportCurl(cookies, { url }).text;
    const { stdout } = await run('/bin/sh', ['-c', command.replace(/^curl /, `${CURL} -s --noproxy '*' `)], {
      cwd: dir,
    });
    expect(stdout).toBe(exportHeader(cookies, { url }).text);
    expect(existsSync(join(dir, 'pwned'))).toBe(false);
  });
});

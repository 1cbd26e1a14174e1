import { once } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { auditCommand, type AuditIo } from '../../../src/cli/audit.ts';
import type { AuditJson } from '../../../src/cli/audit-format.ts';
import type { CookieAnalysis } from '../../../src/core/analysis-types.ts';
import { type JarAnalyzer, judgeJar } from '../../../src/core/analyze-jar.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { analysis } from '../core/rules/helpers.ts';

const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);

/** Stand-in for analyzeCookie: classifies by name only. */
function fakeAnalyze(c: Cookie): CookieAnalysis {
  if (c.name === 'sessionid' || c.name === 'sid')
    return analysis({ class: 'session-id', classification: { framework: 'django' } });
  if (c.name === 'csrftoken') return analysis({ class: 'csrf' });
  return analysis();
}

/** The audit's jar analysis with the stand-in classifier: findings and report come from core's judgeJar as in analyzeJar. */
const fakeJar: JarAnalyzer = (input) =>
  judgeJar(
    input,
    input.cookies.map((c) => ({ cookie: c, analysis: fakeAnalyze(c) })),
  );

interface Captured {
  io: AuditIo;
  out: string[];
  err: string[];
  requests: { url: string; cookie: string | null }[];
}

type Route = { status: number; headers: [string, string][] };

function capture(routes: Record<string, Route> = {}, files: Record<string, string> = {}, stdin = ''): Captured {
  const out: string[] = [];
  const err: string[] = [];
  const requests: Captured['requests'] = [];
  const fakeFetch = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const url = String(input);
    expect(init?.redirect).toBe('manual');
    requests.push({ url, cookie: new Headers(init?.headers).get('cookie') });
    const route = routes[url];
    if (!route) throw new TypeError('fetch failed', { cause: new Error(`connect ECONNREFUSED ${url}`) });
    return new Response(null, { status: route.status, headers: route.headers });
  };
  const io: AuditIo = {
    stdout: (s) => out.push(s),
    stderr: (s) => err.push(s),
    readStdin: async () => stdin,
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw new Error(`ENOENT: no such file ${p}`);
      return text;
    },
    fetch: fakeFetch as typeof fetch,
  };
  return { io, out, err, requests };
}

const DJANGO_SITE: Record<string, Route> = {
  'https://shop.example.com/': {
    status: 302,
    headers: [
      ['location', '/login'],
      ['set-cookie', 'csrftoken=abc123; Path=/; SameSite=Lax'],
      ['set-cookie', 'widget=1; SameSite=None'],
    ],
  },
  'https://shop.example.com/login': {
    status: 200,
    headers: [['set-cookie', 'sessionid=q8x3n0f7k2m9p4r6t1v5w8y0z3b6c9d2; HttpOnly; Path=/; SameSite=Lax']],
  },
};

const run = (c: Captured, args: string[]) => auditCommand(args, c.io, fakeJar, NOW_MS);

describe('audit <url> with an injected fetch', () => {
  test('follows the redirect, sends cookies from the first response, audits both responses', async () => {
    const c = capture(DJANGO_SITE);
    expect(await run(c, ['https://shop.example.com/', '--json'])).toBe(0);
    expect(c.requests).toEqual([
      { url: 'https://shop.example.com/', cookie: null },
      { url: 'https://shop.example.com/login', cookie: 'csrftoken=abc123' },
    ]);
    const json = JSON.parse(c.out.join('')) as AuditJson;
    expect(Object.keys(json)).toEqual(['grade', 'score', 'frameworkSettings', 'findings', 'refused']);
    expect(json.frameworkSettings).toMatchObject({ framework: 'django', file: 'settings.py' });
    expect(json.frameworkSettings?.lines).toContain('SESSION_COOKIE_SECURE = True');
    // The refused widget cookie is the application's own: its fix is the call that sets it, not a setting.
    expect(json.findings.find((f) => f.rule === 'CK012')?.fix).toContain(
      'response.set_cookie("widget", value, secure=True, samesite="None")',
    );
    expect(json.findings).toContainEqual(
      expect.objectContaining({ rule: 'CK001', severity: 'high', cookie: 'sessionid' }),
    );
    expect(json.findings.find((f) => f.rule === 'CK001')?.fix).toContain('SESSION_COOKIE_SECURE = True');
    expect(json.findings).toContainEqual(expect.objectContaining({ rule: 'CK012', cookie: 'widget' }));
    expect(json.refused).toEqual([
      expect.objectContaining({ cookie: 'widget', url: 'https://shop.example.com/', effect: 'rejected' }),
    ]);
    expect(json.grade).toMatch(/^[A-F][+-]?$/);
    expect(typeof json.score).toBe('number');
    expect(c.err).toEqual([]);
  });

  test('text output: grade, findings, refusals and Django settings', async () => {
    const c = capture(DJANGO_SITE);
    await run(c, ['https://shop.example.com/']);
    const text = c.out.join('');
    expect(text).toMatch(/grade [A-F][+-]? \(\d+\/100\)/);
    expect(text).toContain('HIGH   CK001');
    expect(text).toContain('widget (https://shop.example.com/): SameSite=None without Secure is refused.');
    expect(text).toContain('Django settings (settings.py):');
    expect(text).toContain('  SESSION_COOKIE_SECURE = True');
    expect(text).toContain('then run: python manage.py check --deploy');
  });

  test.each([
    [['--fail-on', 'high'], 1],
    [['--fail-on', 'medium'], 1],
    [['--fail-on', 'low'], 1],
    [[], 0],
  ])('--fail-on %j → exit %i when a high finding exists', async (extra, code) => {
    expect(await run(capture(DJANGO_SITE), ['https://shop.example.com/', ...extra])).toBe(code);
  });

  test('--fail-on high passes when only low/info findings exist', async () => {
    const c = capture({
      'https://example.com/': { status: 200, headers: [['set-cookie', 'theme=dark; Secure; Path=/; SameSite=Lax']] },
    });
    expect(await run(c, ['https://example.com/', '--fail-on', 'high'])).toBe(0);
    expect(
      await run(
        capture({
          'https://example.com/': {
            status: 200,
            headers: [['set-cookie', 'theme=dark; Secure; Path=/; SameSite=Lax']],
          },
        }),
        ['https://example.com/', '--fail-on', 'low'],
      ),
    ).toBe(0);
  });

  test('unreachable URL: one line on stderr, exit 2, nothing on stdout', async () => {
    const c = capture();
    expect(await run(c, ['https://down.example/'])).toBe(2);
    expect(c.out).toEqual([]);
    expect(c.err).toHaveLength(1);
    expect(c.err[0]).toMatch(
      /^cookie-lens audit: cannot reach https:\/\/down\.example\/: fetch failed: connect ECONNREFUSED/,
    );
    expect(c.err[0]?.trim().split('\n')).toHaveLength(1);
  });

  test('more than 10 redirects is an error', async () => {
    const loop: Record<string, Route> = { 'https://loop.example/': { status: 302, headers: [['location', '/']] } };
    const c = capture(loop);
    expect(await run(c, ['https://loop.example/'])).toBe(2);
    expect(c.requests).toHaveLength(11);
    expect(c.err[0]).toContain('more than 10 redirects');
  });

  test.each([
    [[]],
    [['not a url']],
    [['ftp://example.com/']],
    [['https://example.com/', '--fail-on', 'info']],
    [['https://example.com/', '--bogus']],
  ])('bad arguments %j → exit 2', async (args) => {
    const c = capture();
    expect(await run(c, args)).toBe(2);
    expect(c.err).toHaveLength(1);
    expect(c.requests).toEqual([]);
  });
});

describe('audit --url <page> [file|-]', () => {
  test('JSON cookie array from a file', async () => {
    const cookies = JSON.stringify([
      { name: 'sessionid', value: 'abc', domain: 'example.com', secure: false, httpOnly: true, sameSite: 'lax' },
    ]);
    const c = capture({}, { 'jar.json': cookies });
    expect(await run(c, ['--url', 'https://example.com/', 'jar.json', '--json', '--fail-on', 'high'])).toBe(1);
    const json = JSON.parse(c.out.join('')) as AuditJson;
    expect(json.findings.map((f) => f.rule)).toContain('CK001');
    expect(json.refused).toEqual([]);
  });

  test('Set-Cookie lines from stdin, with refusals', async () => {
    const stdin = 'Set-Cookie: __Host-SessionID=v; Secure; HttpOnly; SameSite=Strict; Path=/\n__Secure-x=1\n';
    const c = capture({}, {}, stdin);
    expect(await run(c, ['--url', 'https://example.com/', '-', '--json'])).toBe(0);
    const json = JSON.parse(c.out.join('')) as AuditJson;
    expect(json.refused.map((r) => r.cookie)).toEqual(['__Secure-x']);
    expect(json.findings.map((f) => f.rule)).toContain('CK014');
  });

  test.each([
    ['missing file', ['--url', 'https://example.com/', 'nope.json'], /cannot read nope\.json/],
    ['invalid JSON', ['--url', 'https://example.com/', 'bad.json'], /bad\.json \(json\): line 1: not valid JSON/],
    ['not cookies', ['--url', 'https://example.com/', 'odd.json'], /line 1, field \[0\]: cookie #1: is not an object/],
    ['not Set-Cookie lines', ['--url', 'https://example.com/', 'text.txt'], /text\.txt: line 1: unrecognised format/],
  ])('%s → exit 2', async (_label, args, message) => {
    const c = capture({}, { 'bad.json': '[{', 'odd.json': '[1]', 'text.txt': 'hello world' });
    expect(await run(c, args)).toBe(2);
    expect(c.err.join('')).toMatch(message);
  });
});

describe('audit <url> against a real server on 127.0.0.1', () => {
  let server: Server;
  let base = '';
  const seen: { path: string; cookie: string | undefined }[] = [];

  beforeAll(async () => {
    server = createServer((req: IncomingMessage, res: ServerResponse) => {
      seen.push({ path: req.url ?? '', cookie: req.headers.cookie });
      if (req.url === '/start') {
        res.writeHead(302, {
          location: '/home',
          'set-cookie': [
            'sid=0123456789abcdef0123456789abcdef; Path=/; HttpOnly; SameSite=Lax',
            'bad=1; SameSite=None',
          ],
        });
        res.end();
      } else {
        res.writeHead(200, { 'content-type': 'text/plain', 'set-cookie': ['theme=dark; Path=/; SameSite=Lax'] });
        res.end('ok');
      }
    });
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    server.close();
    await once(server, 'close');
  });

  test('collects Set-Cookie from both responses of the redirect chain', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: AuditIo = {
      stdout: (s) => out.push(s),
      stderr: (s) => err.push(s),
      readStdin: async () => '',
      readFile: async () => '',
      fetch,
    };
    const code = await auditCommand([`${base}/start`, '--json'], io, fakeJar, Date.now());
    expect(err).toEqual([]);
    expect(code).toBe(0);
    expect(seen.map((s) => s.path)).toEqual(['/start', '/home']);
    expect(seen[1]?.cookie).toBe('sid=0123456789abcdef0123456789abcdef');
    const json = JSON.parse(out.join('')) as AuditJson;
    expect(json.refused.map((r) => r.cookie)).toEqual(['bad']);
    const cookiesWithFindings = new Set(json.findings.map((f) => f.cookie));
    expect(cookiesWithFindings).toContain('theme');
    expect(cookiesWithFindings).toContain('sid');
  });
});

/**
 * Real framework servers on 127.0.0.1 random ports: their Set-Cookie headers after a login-like request go through the
 * CLI input parser and the one jar analysis, and each cookie's classification and explanation are checked. Every
 * cookie is issued by the real library: express-session, cookie-session, Express res.cookie (plain, object, signed),
 * Django 3.2's five session engines with csrftoken, messages and a plain set_cookie, Flask's session, PHP's session.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import cookieSession from 'cookie-session';
import express from 'express';
import session from 'express-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { analyzeCookies } from '../../src/core/analyze-jar.ts';
import { explainCookie } from '../../src/core/classify/explain.ts';
import { readCookieInput } from '../../src/core/formats/parse-file.ts';
import { type PythonApp, pythonCannotImport, startPythonApp } from '../python-app.ts';

const here = dirname(fileURLToPath(import.meta.url));

async function listen(app: express.Express): Promise<{ server: Server; base: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () =>
      resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    );
  });
}

async function setCookies(url: string, method = 'POST'): Promise<string[]> {
  const res = await fetch(url, { method, redirect: 'manual' });
  await res.text();
  return res.headers.getSetCookie();
}

function classify(lines: string[], url: string) {
  const input = readCookieInput(lines.join('\n'), { url }, 'set-cookie');
  if ('error' in input) throw new Error(input.error.message);
  const analyzed = analyzeCookies(input.cookies, url);
  return new Map(analyzed.map((a) => [a.cookie.name, a.analysis]));
}

/** `php -S` on a free port: resolves with its base URL once it prints "Development Server (http://127.0.0.1:<port>) started". */
function startPhp(children: ChildProcess[], args: string[]): Promise<string> {
  const child = spawn('php', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    const seen = (d: Buffer) => {
      out += d.toString();
      const m = /127\.0\.0\.1:(\d+)\) started/.exec(out);
      if (m) resolve(`http://127.0.0.1:${m[1]}`);
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`php -S exited ${code}: ${out.slice(-500)}`)));
  });
}

describe('express-session (npm)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const app = express();
    app.use(session({ secret: 'keyboard cat', resave: false, saveUninitialized: false }));
    app.post('/login', (req, res) => {
      (req.session as unknown as Record<string, unknown>).userId = 42;
      res.send('ok');
    });
    ({ server, base } = await listen(app));
  });
  afterAll(() => server.close());

  it('classifies connect.sid as an opaque, signed express-session id', async () => {
    const lines = await setCookies(`${base}/login`);
    const a = classify(lines, base).get('connect.sid');
    expect(a?.classification).toMatchObject({
      class: 'session-id',
      readability: 'opaque',
      framework: 'express',
      confidence: 'high',
      isAuth: true,
    });
    expect(a?.classification.entropyBits).toBeGreaterThanOrEqual(190);
    expect(a?.layers.map((l) => l.kind)).toEqual(['url', 'framework']);
  });
});

describe('cookie-session (npm)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const app = express();
    app.use(cookieSession({ name: 'session', keys: ['k1', 'k2'] }));
    app.post('/login', (req, res) => {
      (req.session as unknown as Record<string, unknown>).user = { id: 7, email: 'carol@example.com', role: 'admin' };
      res.send('ok');
    });
    ({ server, base } = await listen(app));
  });
  afterAll(() => server.close());

  it('classifies the session as readable client data signed by session.sig', async () => {
    const lines = await setCookies(`${base}/login`);
    const m = classify(lines, base);
    expect(m.get('session')?.classification).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      framework: 'express',
      isAuth: true,
      confidence: 'high',
    });
    expect(m.get('session')?.sensitive.map((h) => h.kind)).toEqual(expect.arrayContaining(['email', 'authz-flag']));
    expect(m.get('session.sig')?.classification).toMatchObject({
      class: 'client-data',
      subtype: 'signature',
      confidence: 'high',
    });
  });
});

describe('Express res.cookie (express)', () => {
  let server: Server;
  let base = '';
  beforeAll(async () => {
    const app = express();
    // cookie-parser's job, done by hand: res.cookie(..., { signed: true }) signs with req.secret (express lib/response.js).
    app.use((req, _res, next) => {
      (req as unknown as { secret: string }).secret = 'keyboard cat';
      next();
    });
    app.post('/prefs', (_req, res) => {
      res.cookie('cart', { items: [{ sku: 'mug', qty: 2 }], coupon: 'WELCOME' });
      res.cookie('recent', [3, 1, 4]);
      res.cookie('owner', { id: 7, name: 'carol' }, { signed: true, httpOnly: true });
      res.cookie('greeting', 'hello carol', { signed: true });
      res.cookie('theme', 'dark');
      res.send('ok');
    });
    ({ server, base } = await listen(app));
  });
  afterAll(() => server.close());

  it('object values ("j:" JSON) and signed values ("s:") are client data in the browser, never opaque', async () => {
    const m = classify(await setCookies(`${base}/prefs`), base);
    for (const name of ['cart', 'recent']) {
      const a = m.get(name);
      expect(a?.classification, name).toMatchObject({
        class: 'client-data',
        readability: 'readable',
        framework: 'express',
        formatId: 'express-json',
      });
      expect(explainCookie(name, a!).dataLives).toBe('browser');
    }
    expect(m.get('cart')?.layers.find((l) => l.kind === 'json')?.text).toBe(
      '{"items":[{"sku":"mug","qty":2}],"coupon":"WELCOME"}',
    );
    expect(m.get('cart')?.classification.known).toBeUndefined(); // not Shopify's cart
    expect(m.get('owner')?.classification).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      framework: 'express',
      subtype: 'signed-json',
    });
    expect(m.get('owner')?.layers.find((l) => l.kind === 'json')?.text).toBe('{"id":7,"name":"carol"}');
    expect(m.get('greeting')?.classification).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      subtype: 'signed-value',
    });
    expect(m.get('theme')?.classification.class).toBe('preference');
  });
});

const djangoSkip = pythonCannotImport('django');

describe.skipIf(djangoSkip !== '')(`Django (python3-django)${djangoSkip ? ` — skipped: ${djangoSkip}` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-django-'));
  const apps: PythonApp[] = [];
  const bases: Record<string, string> = {};
  const ENGINES = ['db', 'file', 'cache', 'cached_db', 'signed'] as const;

  beforeAll(async () => {
    const started = await Promise.all(
      ENGINES.map((engine) => startPythonApp([join(here, '../fixtures/django_app.py'), engine, dir])),
    );
    apps.push(...started);
    ENGINES.forEach((engine, i) => (bases[engine] = started[i]?.base ?? ''));
  }, 180_000);
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.stop()));
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(['db', 'file', 'cache', 'cached_db'])(
    '%s engine: sessionid is an opaque key to server-side data; csrftoken is CSRF; messages is signed client data',
    async (engine) => {
      const base = bases[engine] ?? '';
      const m = classify(await setCookies(`${base}/login`), base);
      const session = m.get('sessionid');
      expect(session?.classification).toMatchObject({
        class: 'session-id',
        readability: 'opaque',
        framework: 'django',
        confidence: 'high',
        isAuth: true,
        known: { vendor: 'Django' },
      });
      expect(session?.classification.evidence[0]).toMatch(/^32 lowercase letters and digits, about 165 bits/);
      expect(explainCookie('sessionid', session!).dataLives).toBe('server');
      expect(m.get('csrftoken')?.classification).toMatchObject({ class: 'csrf', framework: 'django' });
      const msg = m.get('messages');
      expect(msg?.classification).toMatchObject({
        class: 'client-data',
        readability: 'signed',
        framework: 'django',
        frameworkLabel: 'Django messages (cookie storage)',
      });
      expect(msg?.layers.find((l) => l.kind === 'json')?.text).toContain('Welcome back, alice');
      expect(explainCookie('messages', msg!).dataLives).toBe('browser');
    },
  );

  it('signed_cookies engine: sessionid is signed, readable client data with _auth_user_id', async () => {
    const m = classify(await setCookies(`${bases.signed}/login`), bases.signed ?? '');
    const c = m.get('sessionid')?.classification;
    expect(c).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      framework: 'django',
      confidence: 'high',
      isAuth: true,
    });
    expect(c?.evidence[0]).toMatch(/^decodes to JSON \{"_auth_user_id": "1"/);
    const kinds = m.get('sessionid')?.layers.map((l) => l.kind);
    expect(kinds?.[0]).toBe('framework');
    expect(kinds).toContain('json');
    expect(explainCookie('sessionid', m.get('sessionid')!).dataLives).toBe('browser');
  });

  it('a plain response.set_cookie is a readable preference', async () => {
    const m = classify(await setCookies(`${bases.db}/plain`, 'GET'), bases.db ?? '');
    expect(m.get('username')?.classification).toMatchObject({ class: 'preference', readability: 'readable' });
  });
});

const flaskSkip = pythonCannotImport('flask');

describe.skipIf(flaskSkip !== '')(`Flask (python3-flask)${flaskSkip ? ` — skipped: ${flaskSkip}` : ''}`, () => {
  let app: PythonApp | undefined;
  let base = '';
  beforeAll(async () => {
    app = await startPythonApp([join(here, '../fixtures/flask_app.py')]);
    base = app.base;
  }, 120_000);
  afterAll(() => app?.stop());

  it('the default session is the session itself, signed by itsdangerous: readable client data', async () => {
    const m = classify(await setCookies(`${base}/login`), base);
    const a = m.get('session');
    expect(a?.classification).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      framework: 'flask',
      isAuth: true,
    });
    expect(a?.layers.find((l) => l.kind === 'json')?.text).toBe('{"email":"alice@example.com","user_id":42}');
    expect(a?.sensitive.map((h) => h.kind)).toContain('email');
    expect(explainCookie('session', a!).dataLives).toBe('browser');
  });

  it('a plain response.set_cookie is a preference', async () => {
    const m = classify(await setCookies(`${base}/plain`), base);
    expect(m.get('theme')?.classification).toMatchObject({ class: 'preference', readability: 'readable' });
  });
});

const phpCheck = spawnSync('php', ['-r', 'exit(function_exists("session_start") ? 0 : 1);'], { encoding: 'utf8' });
const phpSkip =
  phpCheck.status === 0
    ? ''
    : `php-cli with sessions is not available: ${(phpCheck.stderr || phpCheck.error?.message || '').trim().split('\n').pop()}`;

describe.skipIf(phpSkip !== '')(`PHP native session (php-cli)${phpSkip ? ` — skipped: ${phpSkip}` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-php-'));
  const children: ChildProcess[] = [];
  let base = '';
  beforeAll(async () => {
    // Sessions go to a private directory.
    base = await startPhp(children, [
      '-d',
      `session.save_path=${dir}`,
      '-S',
      '127.0.0.1:0',
      '-t',
      join(here, '../fixtures/php'),
    ]);
  }, 120_000);
  afterAll(() => {
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('PHPSESSID is an opaque key to the session file on the server', async () => {
    const m = classify(await setCookies(`${base}/index.php`, 'GET'), base);
    const a = m.get('PHPSESSID');
    expect(a?.classification).toMatchObject({
      class: 'session-id',
      readability: 'opaque',
      framework: 'php',
      confidence: 'high',
      isAuth: true,
    });
    expect(a?.layers).toEqual([]);
    expect(explainCookie('PHPSESSID', a!).dataLives).toBe('server');
  });
});

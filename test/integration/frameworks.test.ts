/**
 * Real framework servers on 127.0.0.1 random ports: their Set-Cookie headers after a login-like request go through the
 * CLI input parser and the analysis, and each cookie's classification is checked.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookieSession from 'cookie-session';
import express from 'express';
import session from 'express-session';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCookies } from '../../src/core/analyze-jar.ts';
import { parseCookieInput } from '../../src/cli/input.ts';

const here = dirname(fileURLToPath(import.meta.url));

async function listen(app: express.Express): Promise<{ server: Server; base: string }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }));
  });
}

async function setCookies(url: string): Promise<string[]> {
  const res = await fetch(url, { method: 'POST', redirect: 'manual' });
  await res.text();
  return res.headers.getSetCookie();
}

function classify(lines: string[], url: string) {
  const analyzed = analyzeCookies(parseCookieInput(lines.join('\n'), new URL(url)), url);
  return new Map(analyzed.map((a) => [a.cookie.name, a.analysis]));
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
    expect(a?.classification).toMatchObject({ class: 'session-id', readability: 'opaque', framework: 'express', confidence: 'high', isAuth: true });
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
    expect(m.get('session')?.classification).toMatchObject({ class: 'client-data', readability: 'signed', framework: 'express', isAuth: true, confidence: 'high' });
    expect(m.get('session')?.sensitive.map((h) => h.kind)).toEqual(expect.arrayContaining(['email', 'authz-flag']));
    expect(m.get('session.sig')?.classification).toMatchObject({ class: 'client-data', subtype: 'signature', confidence: 'high' });
  });
});

const djangoCheck = spawnSync('/usr/bin/python3', ['-c', 'import django'], { encoding: 'utf8' });
const djangoSkip = djangoCheck.status === 0 ? '' : `python3 cannot import django: ${(djangoCheck.stderr || djangoCheck.error?.message || '').trim().split('\n').pop()}`;

describe.skipIf(djangoSkip !== '')(`Django (python3-django)${djangoSkip ? ` — skipped: ${djangoSkip}` : ''}`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-django-'));
  const children: ChildProcess[] = [];
  const bases: Record<string, string> = {};

  async function start(engine: 'db' | 'signed'): Promise<string> {
    const child = spawn('/usr/bin/python3', [join(here, '../fixtures/django_app.py'), engine, dir], { stdio: ['ignore', 'pipe', 'pipe'] });
    children.push(child);
    return new Promise((resolve, reject) => {
      let out = '';
      let err = '';
      child.stdout?.on('data', (d: Buffer) => {
        out += d.toString();
        const m = /PORT (\d+)/.exec(out);
        if (m) resolve(`http://127.0.0.1:${m[1]}`);
      });
      child.stderr?.on('data', (d: Buffer) => (err += d.toString()));
      child.on('exit', (code) => reject(new Error(`django_app.py ${engine} exited ${code}: ${err.slice(-500)}`)));
    });
  }

  beforeAll(async () => {
    bases.db = await start('db');
    bases.signed = await start('signed');
  }, 60_000);
  afterAll(() => {
    for (const c of children) c.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('db engine: sessionid is an opaque session id, csrftoken is CSRF', async () => {
    const m = classify(await setCookies(`${bases.db}/login`), bases.db ?? '');
    expect(m.get('sessionid')?.classification).toMatchObject({ class: 'session-id', readability: 'opaque', framework: 'django', confidence: 'high', isAuth: true });
    expect(m.get('sessionid')?.classification.evidence[0]).toMatch(/^32 lowercase letters and digits, about 165 bits/);
    expect(m.get('csrftoken')?.classification).toMatchObject({ class: 'csrf', framework: 'django' });
    const msg = m.get('messages');
    expect(msg?.classification).toMatchObject({ class: 'client-data', readability: 'signed', framework: 'django', frameworkLabel: 'Django messages (cookie storage)' });
    expect(msg?.layers.find((l) => l.kind === 'json')?.text).toContain('Welcome back, alice');
  });

  it('signed_cookies engine: sessionid is signed, readable client data with _auth_user_id', async () => {
    const m = classify(await setCookies(`${bases.signed}/login`), bases.signed ?? '');
    const c = m.get('sessionid')?.classification;
    expect(c).toMatchObject({ class: 'client-data', readability: 'signed', framework: 'django', confidence: 'high', isAuth: true });
    expect(c?.evidence[0]).toMatch(/^decodes to JSON \{"_auth_user_id": "1"/);
    const kinds = m.get('sessionid')?.layers.map((l) => l.kind);
    expect(kinds?.[0]).toBe('framework');
    expect(kinds).toContain('json');
  });
});

/**
 * The paste test: real framework servers with weak cookie settings are audited with the CLI (`cookie-lens audit
 * --json`), the audit's `frameworkSettings.lines` are pasted literally into the app's settings (for Express, the
 * options object those lines write), the app restarts and is audited again: the findings those lines address are
 * gone, the grade is not worse, and a real login through a CSRF-protected form still works in headless Chromium
 * (loopback is a secure context, so Secure and __Host- cookies work over http there). A deliberately incoherent block
 * (a __Host- name without Secure) makes the same login check fail, so the check can fail.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

import express from 'express';
import session from 'express-session';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import type { AuditJson } from '../../src/cli/audit-format.ts';
import { main } from '../../src/cli/main.ts';
import { type PythonApp as App, pythonCannotImport, startPythonApp } from '../python-app.ts';
import { CHROMIUM } from './harness.ts';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-paste-'));
/** Three app starts, two audits and three logins per framework, on a busy 2-core machine. */
const PASTE_TIMEOUT_MS = 300_000;
let browser: Browser;

beforeAll(async () => {
  browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    userDataDir: mkdtempSync(join(dir, 'chromium-')),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
});

afterAll(async () => {
  await browser?.close().catch(() => undefined);
  rmSync(dir, { recursive: true, force: true });
});

/** `cookie-lens audit <url> --json`, through the CLI's own entry point. */
async function audit(url: string): Promise<AuditJson> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(['audit', url, '--json'], {
    readStdin: () => Promise.resolve(''),
    readFile: () => Promise.reject(new Error('no files here')),
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
  });
  expect(err.join('')).toBe('');
  expect(code).toBe(0);
  return JSON.parse(out.join('')) as AuditJson;
}

/** A login through the app's CSRF-protected form in a fresh browser profile; returns the page it lands on. */
async function login(base: string): Promise<string> {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/signin`, { waitUntil: 'load' });
    await page.type('input[name="username"]', 'alice');
    await page.type('input[name="password"]', 'pw');
    await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
    return await page.evaluate(() => document.body.innerText);
  } finally {
    await context.close();
  }
}

const GRADES = ['A+', 'A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D', 'D-', 'F'];
const unprefixed = (name: string | null) => (name ?? '').replace(/^__(Host|Secure)-/, '');

/**
 * The findings the block addresses: those whose fix (for this framework) is settings only, no code to change (the
 * framework's setting syntax tells them apart). After the paste, none of them is reported on the same cookie (a
 * renamed cookie counts as the same).
 */
function expectAddressedGone(before: AuditJson, after: AuditJson, setting: RegExp): void {
  const addressed = before.findings.filter((f) => {
    const own = f.fix
      .split('\n')
      .slice(1)
      .filter((l) => l.trim() !== '' && !/^\s*(#|\/\/)/.test(l));
    return own.length > 0 && own.every((l) => setting.test(l));
  });
  expect(addressed.length).toBeGreaterThan(0);
  for (const f of addressed) {
    const still = after.findings.filter((g) => g.rule === f.rule && unprefixed(g.cookie) === unprefixed(f.cookie));
    expect(still, `${f.rule} on ${f.cookie} should be gone`).toEqual([]);
  }
  expect(GRADES.indexOf(after.grade)).toBeLessThanOrEqual(GRADES.indexOf(before.grade));
  expect(after.score).toBeGreaterThanOrEqual(before.score);
}

function settingsFile(name: string, lines: readonly string[]): string {
  const path = join(dir, `${name}-${randomBytes(4).toString('hex')}.py`);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

/** Runs the paste test for one framework: weak settings → audit → paste → audit + login; incoherent → login fails. */
async function pasteTest(opts: {
  framework: string;
  weak: readonly string[];
  start(lines: readonly string[]): Promise<App>;
  incoherent: readonly string[];
  setting: RegExp;
  expectLines: (lines: string[]) => void;
}): Promise<void> {
  const weak = await opts.start(opts.weak);
  let before: AuditJson;
  try {
    before = await audit(`${weak.base}/`);
    expect(await login(weak.base)).toContain('Signed in as alice');
  } finally {
    await weak.stop();
  }
  expect(before.frameworkSettings?.framework).toBe(opts.framework);
  const lines = before.frameworkSettings?.lines ?? [];
  opts.expectLines(lines);

  const pasted = await opts.start([...opts.weak, ...lines]);
  try {
    const after = await audit(`${pasted.base}/`);
    expectAddressedGone(before, after, opts.setting);
    expect(await login(pasted.base)).toContain('Signed in as alice');
  } finally {
    await pasted.stop();
  }

  const broken = await opts.start([...opts.weak, ...opts.incoherent]);
  try {
    expect(await login(broken.base)).not.toContain('Signed in as alice');
  } finally {
    await broken.stop();
  }
}

const djangoSkip = pythonCannotImport('django');
const flaskSkip = pythonCannotImport('flask');

describe.skipIf(djangoSkip !== '')(`Django paste test${djangoSkip ? ` — skipped: ${djangoSkip}` : ''}`, () => {
  test(
    'settings.py lines fix the findings and login with CSRF still works',
    async () => {
      let n = 0;
      await pasteTest({
        framework: 'django',
        weak: ['SESSION_COOKIE_HTTPONLY = False', 'SESSION_COOKIE_SAMESITE = None', 'CSRF_COOKIE_SAMESITE = None'],
        start: (lines) =>
          startPythonApp([
            join(FIXTURES, 'django_app.py'),
            'db',
            mkdtempSync(join(dir, `django-${n++}-`)),
            settingsFile('settings', lines),
          ]),
        incoherent: ['SESSION_COOKIE_NAME = "__Host-sessionid"', 'CSRF_COOKIE_NAME = "__Host-csrftoken"'],
        setting: /^[A-Z_]+ = /,
        expectLines: (lines) => {
          // The __Host- renames come with Secure; restated defaults say the site overrides them.
          expect(lines).toEqual(
            expect.arrayContaining([
              'SESSION_COOKIE_NAME = "__Host-sessionid"',
              'SESSION_COOKIE_SECURE = True',
              'CSRF_COOKIE_NAME = "__Host-csrftoken"',
              'CSRF_COOKIE_SECURE = True',
            ]),
          );
          expect(lines.find((l) => l.startsWith('SESSION_COOKIE_HTTPONLY = True'))).toMatch(/overridden/);
          expect(new Set(lines.map((l) => l.split('=')[0])).size).toBe(lines.length);
        },
      });
    },
    PASTE_TIMEOUT_MS,
  );
});

describe.skipIf(flaskSkip !== '')(`Flask paste test${flaskSkip ? ` — skipped: ${flaskSkip}` : ''}`, () => {
  test(
    'config.py lines fix the findings and login with CSRF still works',
    async () => {
      await pasteTest({
        framework: 'flask',
        weak: ['SESSION_COOKIE_HTTPONLY = False'],
        start: (lines) => startPythonApp([join(FIXTURES, 'flask_paste_app.py'), settingsFile('config', lines)]),
        incoherent: ['SESSION_COOKIE_NAME = "__Host-session"'],
        setting: /^[A-Z_]+ = /,
        expectLines: (lines) => {
          expect(lines).toContain('SESSION_COOKIE_SAMESITE = "Lax"');
          expect(lines.find((l) => l.startsWith('SESSION_COOKIE_HTTPONLY = True'))).toMatch(/overridden/);
        },
      });
    },
    PASTE_TIMEOUT_MS,
  );
});

/** An Express app with express-session and a CSRF token kept in the session (as csurf did). */
function startExpress(options: session.SessionOptions): Promise<App> {
  const app = express();
  app.use(express.urlencoded({ extended: false }));
  app.use(session(options));
  const token = (req: express.Request): string => {
    const s = req.session as unknown as Record<string, unknown>;
    s.csrf ??= randomBytes(16).toString('hex');
    return String(s.csrf);
  };
  app.get('/', (req, res) => {
    const s = req.session as unknown as Record<string, number>;
    s.visits = (s.visits ?? 0) + 1;
    token(req);
    res.send('home');
  });
  app.get('/signin', (req, res) => {
    res.send(
      `<form method="post" action="/signin"><input type="hidden" name="csrf" value="${token(req)}"><input name="username"><input name="password" type="password"><button type="submit">Sign in</button></form>`,
    );
  });
  app.post('/signin', (req, res) => {
    const s = req.session as unknown as Record<string, unknown>;
    const body = req.body as Record<string, string>;
    if (typeof s.csrf !== 'string' || body.csrf !== s.csrf) return void res.status(403).send('CSRF check failed');
    if (body.username !== 'alice' || body.password !== 'pw')
      return void res.status(401).send('wrong username or password');
    s.user = 'alice';
    res.redirect('/me');
  });
  app.get('/me', (req, res) => {
    const user = (req.session as unknown as Record<string, unknown>).user;
    res.send(typeof user === 'string' ? `Signed in as ${user}` : 'Anonymous');
  });
  return new Promise((resolve) => {
    const server: Server = app.listen(0, '127.0.0.1', () =>
      resolve({
        base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        stop: () =>
          new Promise<void>((r) => {
            server.closeAllConnections();
            server.close(() => r());
          }),
      }),
    );
  });
}

/** Options merged as the block's comment says: top-level keys replaced, `cookie` keys merged into the cookie options. */
function merged(base: session.SessionOptions, add: Record<string, unknown>): session.SessionOptions {
  const cookie = { ...base.cookie, ...(add.cookie as session.SessionOptions['cookie']) };
  return { ...base, ...add, cookie } as session.SessionOptions;
}

describe('Express (express-session) paste test', () => {
  test(
    'the session options fix the findings and login with CSRF still works',
    async () => {
      const weak: session.SessionOptions = {
        secret: 'paste test secret',
        resave: false,
        saveUninitialized: false,
        cookie: { httpOnly: false },
      };
      let before: AuditJson | undefined;
      const app = await startExpress(weak);
      try {
        before = await audit(`${app.base}/`);
        expect(await login(app.base)).toContain('Signed in as alice');
      } finally {
        await app.stop();
      }
      const settings = before.frameworkSettings;
      expect(settings?.framework).toBe('express');
      // The lines, pasted literally into an object literal, are the options object the audit reports.
      const pastedObject = runInNewContext(`({\n${(settings?.lines ?? []).join('\n')}\n})`) as Record<string, unknown>;
      expect(JSON.parse(JSON.stringify(pastedObject))).toEqual(settings?.options?.session);
      // On http, express-session would not send a Secure cookie: the block leaves Secure and __Host- out.
      expect(settings?.lines.join('\n')).not.toMatch(/secure|__Host-/);

      const fixed = await startExpress(merged(weak, pastedObject));
      try {
        const after = await audit(`${fixed.base}/`);
        expectAddressedGone(before, after, /^\s*(name|cookie): /);
        expect(await login(fixed.base)).toContain('Signed in as alice');
      } finally {
        await fixed.stop();
      }

      const broken = await startExpress(merged(weak, { ...pastedObject, name: '__Host-connect.sid' }));
      try {
        expect(await login(broken.base)).not.toContain('Signed in as alice');
      } finally {
        await broken.stop();
      }
    },
    PASTE_TIMEOUT_MS,
  );
});

/**
 * One pipeline: the same jar goes through the panel's analysis store (time-sliced, as in DevTools) and through
 * `cookie-lens classify --json` and `cookie-lens audit --json` (the real CLI dispatcher); classes, findings and grade
 * must be the same. The jar holds what used to split them: a cookie-session cookie and its `.sig` companion (the CLI
 * once analysed each cookie alone and missed the signature), a generic vendor name with and without its vendor's
 * sibling, an unsecured JWT and a Django session.
 */
import { signal } from '@preact/signals';
import Keygrip from 'keygrip';
import { describe, expect, test } from 'vitest';

import { main } from '../../../src/cli/main.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { readCookieInput } from '../../../src/core/formats/parse-file.ts';
import * as engine from '../../../src/panel/engine.ts';
import { createAnalysisStore } from '../../../src/panel/store/analysis.ts';

const PAGE = 'https://shop.example.com/';
const inAYear = Math.floor(Date.now() / 1000) + 365 * 86400;

function jarCookie(name: string, value: string, extra: Partial<Cookie> = {}): Cookie {
  return {
    name,
    value,
    domain: 'shop.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'lax',
    session: true,
    storeId: '0',
    ...extra,
  };
}

const sessionValue = Buffer.from(JSON.stringify({ user: { id: 7, role: 'admin' } })).toString('base64');
const JAR: Cookie[] = [
  jarCookie('session', sessionValue, { httpOnly: true }),
  jarCookie('session.sig', new Keygrip(['k1']).sign(`session=${sessionValue}`), { httpOnly: true }),
  jarCookie('cart', encodeURIComponent(JSON.stringify({ items: [{ sku: 'mug', qty: 1 }] }))),
  jarCookie('keep_alive', '0b4b1b5c-79f5-4b0b-9a5d-1d5a1f0c2e11'),
  jarCookie('_shopify_y', '9f2c1f3e-6b5a-4d3c-8e1f-2a3b4c5d6e7f', {
    domain: '.shop.example.com',
    hostOnly: false,
    session: false,
    expirationDate: inAYear,
  }),
  jarCookie('sessionid', 'q8w7e6r5t4y3u2i1o9p8a7s6d5f4g3h2', { secure: false }),
  jarCookie('csrftoken', 'Ab3dEf6hIj9kLm2nOp5qRs8tUv1wXy4z', { session: false, expirationDate: inAYear }),
  jarCookie('token', 'eyJhbGciOiJub25lIn0.eyJzdWIiOiI0MiJ9.'),
  jarCookie('_ga', 'GA1.1.123456789.1700000000', {
    domain: '.shop.example.com',
    hostOnly: false,
    session: false,
    expirationDate: inAYear,
  }),
];

async function cli(args: string[]): Promise<{ code: number; out: string }> {
  let out = '';
  const code = await main(args, {
    readStdin: async () => '',
    readFile: async (p) => {
      if (p !== 'jar.json') throw new Error(`ENOENT ${p}`);
      return JSON.stringify(JAR);
    },
    stdout: (t) => void (out += t),
    stderr: (t) => void (out += t),
  });
  return { code, out };
}

function panel() {
  const jobs: (() => void)[] = [];
  const store = createAnalysisStore({
    cookies: signal(JAR),
    pageUrl: signal(new URL(PAGE)),
    mutes: signal({ rules: [], cookies: [] }),
    headers: signal([]),
    engine: signal(engine),
    defer: (work) => jobs.push(work),
    now: () => Date.now(),
  });
  while (jobs.length) jobs.shift()?.();
  return store;
}

describe('the panel and the CLI analyse a jar the same way', () => {
  test('the CLI reads the jar as exactly these cookies', () => {
    const read = readCookieInput(JSON.stringify(JAR), { url: PAGE });
    expect('cookies' in read ? read.cookies : read).toEqual(JAR);
  });

  test('same class, readability and vendor for every cookie (panel store vs classify --json)', async () => {
    const store = panel();
    expect(store.complete.value).toBe(true);
    const { code, out } = await cli(['classify', '--url', PAGE, '--json', 'jar.json']);
    expect(code).toBe(0);
    const fromCli = (
      JSON.parse(out) as { name: string; class: string; readability: string; framework: string | null }[]
    ).map((c) => [c.name, c.class, c.readability, c.framework]);
    const fromPanel = store.analyzed.value.map(({ cookie, analysis: { classification: c } }) => [
      cookie.name,
      c.class,
      c.readability,
      c.framework ?? null,
    ]);
    expect(fromCli).toEqual(fromPanel);
    // The cases that used to differ or mislead, as both now say.
    const byName = new Map(fromPanel.map((row) => [row[0], row]));
    expect(byName.get('session')).toEqual(['session', 'client-data', 'signed', 'express']); // .sig seen by both
    expect(byName.get('cart')).toEqual(['cart', 'client-data', 'readable', null]); // the app's own JSON
    expect(byName.get('keep_alive')?.[1]).toBe('infrastructure'); // Shopify's, corroborated by _shopify_y
    expect(byName.get('token')?.[2]).toBe('readable'); // alg none: not signed
  });

  test('same findings and grade (panel store vs audit --json)', async () => {
    const store = panel();
    const { code, out } = await cli(['audit', '--url', PAGE, '--json', 'jar.json']);
    expect(code).toBe(0);
    const audit = JSON.parse(out) as {
      grade: string;
      score: number;
      findings: { rule: string; cookie: string | null }[];
    };
    const key = (f: { rule: string; cookie: string | null }) => `${f.rule} ${f.cookie ?? '-'}`;
    const panelFindings = store.findings.value
      .filter((f) => !f.muted)
      .map((f) => key({ rule: f.ruleId, cookie: f.cookieName ?? null }));
    expect(audit.findings.map(key).sort()).toEqual(panelFindings.sort());
    expect(panelFindings.length).toBeGreaterThan(3);
    const report = store.report.value;
    expect(report).not.toBeNull();
    expect([audit.grade, audit.score]).toEqual([report?.grade, report?.score]);
    // No session-cookie finding on the learner's JSON cart.
    expect(panelFindings.filter((f) => f.endsWith(' cart') && /^CK0(01|02|06|09|13|19|20|28|29) /.test(f))).toEqual([]);
  });
});

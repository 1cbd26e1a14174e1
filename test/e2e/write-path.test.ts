/**
 * The write path against real Chromium (issue 13), from an extension page so `chrome.cookies` is the real API:
 * - Chrome's `cookies.remove` takes every same-name cookie sent to the URL, the parent domain's included (the
 *   behaviour the safe write and its write-ahead records are built around);
 * - a write left half-done by a stopped service worker is rolled back, or finished, when the worker starts again;
 * - the validator agrees with Chrome: a fixed-seed set of generated edits goes through `validateCookieEdit` and
 *   through `chrome.cookies.set`; no edit the validator accepts may be refused by Chrome (or stored as something
 *   else), and every edit it refuses that Chrome would store must be one of the README's deliberate policies.
 */
import fc from 'fast-check';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { cookieKey } from '../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../src/core/cookie/model.ts';
import { serializeIntent } from '../../src/core/history/codec.ts';
import type { WriteIntent } from '../../src/core/history/intent.ts';
import type { SetDetails } from '../../src/core/write/cookie-api.ts';
import { type CookieDraft, cookieFromDraft } from '../../src/core/write/draft.ts';
import { identityOfDetails, requestDifferences } from '../../src/core/write/snapshot.ts';
import { validateCookieEdit } from '../../src/core/write/validate.ts';
import { type Harness, launch, stopServiceWorker, waitFor } from './harness.ts';

let h: Harness;
let ext: Page;

beforeAll(async () => {
  h = await launch();
  ext = await h.browser.newPage();
  await ext.goto(`chrome-extension://${h.extensionId}/manifest.json`);
  await waitFor('chrome.cookies on the extension page', () => ext.evaluate('!!(globalThis.chrome && chrome.cookies)'));
});

afterAll(async () => {
  await h?.close();
});

/** Runs `body` (JavaScript, `args` in scope) on the extension page; string code: vitest rewrites functions. */
function inExtension<T>(body: string, args: unknown = null): Promise<T> {
  return ext.evaluate(`(async (args) => { ${body} })(${JSON.stringify(args)})`) as Promise<T>;
}

const everyCookie = () =>
  inExtension<Cookie[]>(
    `return (await chrome.cookies.getAll({ partitionKey: {} })).map((c) => { const o = { ...c }; if (!o.partitionKey) delete o.partitionKey; return o; });`,
  );
const clearAll = () =>
  inExtension<void>(
    `for (const c of await chrome.cookies.getAll({ partitionKey: {} })) await chrome.cookies.remove({ url: 'https://' + c.domain.replace(/^\\./, '') + c.path, name: c.name, storeId: c.storeId, ...(c.partitionKey ? { partitionKey: c.partitionKey } : {}) });`,
  );
const setAll = (details: SetDetails[]) =>
  inExtension<(string | null)[]>(
    `const out = []; for (const d of args) { try { await chrome.cookies.set(d); out.push(null); } catch (e) { out.push(e.message); } } return out;`,
    details,
  );

describe("Chrome's cookies.remove", () => {
  test('takes the same-name cookie of the parent domain with it, not the one on a deeper path or in a partition', async () => {
    await clearAll();
    const base = { name: 'sid', secure: true, httpOnly: false, sameSite: 'lax', storeId: '0' } as const;
    expect(
      await setAll([
        { ...base, url: 'https://app.example.test/', value: 'host', path: '/' },
        { ...base, url: 'https://app.example.test/', value: 'parent', path: '/', domain: 'example.test' },
        { ...base, url: 'https://app.example.test/app', value: 'deep', path: '/app' },
        {
          ...base,
          url: 'https://app.example.test/',
          value: 'chip',
          path: '/',
          partitionKey: { topLevelSite: 'https://site.test' },
        },
      ]),
    ).toEqual([null, null, null, null]);
    await inExtension(`await chrome.cookies.remove({ url: 'https://app.example.test/', name: 'sid' });`);
    expect((await everyCookie()).map((c) => c.value).sort()).toEqual(['chip', 'deep']);
  });
});

describe('a write left half-done by a stopped worker', () => {
  const TAB = 4242;
  const A = {
    name: 'sid',
    value: 'old',
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'lax',
    storeId: '0',
  } as const;

  /** A rename of sid to session, as the worker would have recorded it, with the store seeded in the given state. */
  async function interruptedRename(state: 'half' | 'done'): Promise<{ id: string; before: Cookie[] }> {
    await clearAll();
    await setAll([
      { ...A, url: 'https://app.example.test/' },
      { ...A, url: 'https://app.example.test/', value: 'parent', domain: 'example.test', httpOnly: false },
    ]);
    const before = await everyCookie();
    const a = before.find((c) => c.hostOnly)!;
    const next: SetDetails = { ...A, url: 'https://app.example.test/', name: 'session' };
    const id = `e2e-${state}`;
    const intent: WriteIntent = {
      version: 1,
      id,
      at: Date.now(),
      journal: { tabId: TAB, action: 'record', kind: 'write', original: a },
      targets: [
        { id: identityOfDetails(next), want: next },
        { id: a, want: null },
      ],
      before: [{ id: identityOfDetails(next), cookie: null }, ...before.map((c) => ({ id: c, cookie: c }))],
    };
    // What the worker had done when it stopped: the new cookie set, the old one removed (Chrome took the parent too),
    // and, when 'done', the parent re-created.
    await setAll([next]);
    await inExtension(`await chrome.cookies.remove({ url: 'https://app.example.test/', name: 'sid' });`);
    if (state === 'done')
      await setAll([
        { ...A, url: 'https://app.example.test/', value: 'parent', domain: 'example.test', httpOnly: false },
      ]);
    await inExtension(`await chrome.storage.session.set({ ['write-intent:' + args.id]: args.text });`, {
      id,
      text: serializeIntent(intent),
    });
    return { id, before };
  }

  /** Stops the worker, then wakes it (any message does) and waits until it has dealt with the record. */
  async function restartWorker(id: string): Promise<void> {
    await stopServiceWorker(h);
    await inExtension(
      `try { await chrome.runtime.sendMessage({ channel: 'cookie-lens', kind: 'historyState', payload: { tabId: ${TAB} } }); } catch {}`,
    );
    await waitFor(
      'the write-ahead record to be dealt with',
      async () =>
        !(await inExtension<boolean>(
          `return ('write-intent:' + args) in (await chrome.storage.session.get(null));`,
          id,
        )),
      30_000,
    );
  }

  const view = (cs: Cookie[]) => cs.map((c) => `${c.name}=${c.value}@${c.domain}`).sort();

  test('rolled back when the parent-domain cookie taken by the remove was not yet re-created', async () => {
    const { id, before } = await interruptedRename('half');
    expect(view(await everyCookie())).toEqual(['session=old@app.example.test']);
    await restartWorker(id);
    expect(view(await everyCookie())).toEqual(view(before));
    const journal = await inExtension<Record<string, string>>(
      `return await chrome.storage.session.get('journal:${TAB}');`,
    );
    expect(journal[`journal:${TAB}`] ?? '').not.toContain(id);
  });

  test('finished (and journalled once) when every cookie already was in its new form', async () => {
    const { id } = await interruptedRename('done');
    await restartWorker(id);
    expect(view(await everyCookie())).toEqual(['session=old@app.example.test', 'sid=parent@.example.test']);
    const journal = await inExtension<Record<string, string>>(
      `return await chrome.storage.session.get('journal:${TAB}');`,
    );
    const entries = JSON.parse(journal[`journal:${TAB}`] ?? '{"entries":[]}').entries as {
      id: string;
      label: string;
    }[];
    expect(entries.filter((e) => e.id === id).map((e) => e.label)).toEqual(['Rename sid to session']);
  });
});

// ---- Validator = Chrome ---------------------------------------------------------------------------------------

const NOW = Date.now();
const PAGES = ['https://app.example.test/', 'http://app.example.test/'];
/** Mostly ordinary values, sometimes an odd one: each generated edit is a realistic draft with a few twists. */
const pick = <T>(usual: readonly T[], odd: readonly T[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });
const NAMES = pick(
  ['sid', 'theme_1', 'csrftoken', '__Secure-sid', '__Host-sid', '__Http-sid', '__Host-Http-sid'],
  [
    '__secure-x',
    '__host-x',
    '__http-x',
    '__HOST-HTTP-x',
    'a b',
    'a=b',
    'caf\u00e9',
    '',
    ' lead',
    'semi;colon',
    'tab\tin',
    '$Version',
    'a,b',
    '"q"',
  ],
);
const VALUES = pick(
  ['v', 'abc123', '', 'eyJhIjoxfQ'],
  [
    'a b',
    ' edge',
    '"quoted"',
    'a,b',
    'x;y',
    '\u00e9t\u00e9',
    '__Secure-x',
    '__Host-x',
    '__Http-x',
    '__Host-Http-x',
    'ctl\u0001',
    'x'.repeat(4090),
    'x'.repeat(4100),
    '\\back',
  ],
);
const DOMAINS = pick(
  ['', 'app.example.test', 'example.test'],
  [
    'APP.example.test',
    'sub.app.example.test',
    'other.test',
    'test',
    'co.uk',
    '127.0.0.1',
    'app.example.test.',
    'bad_host.example.test',
    'x'.repeat(1030),
    '.example.test',
    'xn--caf-dma.example.test',
  ],
);
const PATHS = pick(
  ['/', '/app', '/app/'],
  [
    '/a?b',
    '/a#b',
    '/a b',
    '/a/../b',
    '/./a',
    '/%7e',
    '/%7E',
    '/\u00e9',
    'rel',
    '',
    '/a;b',
    '/a\\b',
    `/${'p'.repeat(1030)}`,
    '//double',
  ],
);
const SITES = pick(
  ['', 'https://site.test', 'https://example.test'],
  [
    'http://site.test',
    'https://sub.site.test',
    'https://SITE.test',
    'https://site.test/',
    'site.test',
    'https://app.example.test',
    'https://www.example.co.uk',
    'https://127.0.0.1',
    'https://site.test:8443',
    'ftp://site.test',
  ],
);

const draftArb: fc.Arbitrary<{ page: string; draft: CookieDraft }> = fc.record({
  page: fc.constantFrom(...PAGES),
  draft: fc.record({
    name: NAMES,
    value: VALUES,
    domain: DOMAINS,
    hostOnly: fc.boolean(),
    path: PATHS,
    expiry: fc.constantFrom<CookieDraft['expiry']>(
      { kind: 'session' },
      { kind: 'max-age', seconds: 3600 },
      { kind: 'max-age', seconds: 500 * 86_400 },
      { kind: 'date', epochSeconds: Math.floor(NOW / 1000) + 86_400 },
    ),
    secure: fc.boolean(),
    httpOnly: fc.boolean(),
    sameSite: fc.constantFrom('no_restriction', 'lax', 'strict', 'unspecified'),
    partitioned: fc.boolean(),
    topLevelSite: SITES,
    storeId: fc.constant('0'),
  }),
});

/**
 * Refusals that are deliberate policy (README, "Validator and Chrome"): Chrome's extension API would store these
 * cookies, but the page being edited could never have set them (a foreign domain, Secure from an http page), or the
 * editor asks for what Chrome would guess (an empty path) or keeps to sites that exist (a non-http top-level site).
 */
const POLICY = new Set(['secure-on-insecure-page', 'domain-mismatch', 'path-empty', 'partition-site-scheme']);

describe('the validator agrees with Chrome', () => {
  test('a fixed-seed set of generated edits: none accepted that Chrome refuses, none refused needlessly but by policy', async () => {
    const cases = fc.sample(draftArb, { seed: 20261127, numRuns: 320 });
    const rows: {
      i: number;
      verdict: 'both-accept' | 'both-refuse' | 'accepted-refused' | 'needless' | 'policy';
      codes: string[];
      chrome: string;
    }[] = [];
    for (const [i, { page, draft }] of cases.entries()) {
      const v = validateCookieEdit(draft, { pageUrl: page, nowMs: NOW });
      let details: SetDetails | null = null;
      try {
        details = cookieFromDraft(draft, page, NOW);
      } catch {
        details = null; // the draft cannot even be turned into set details (e.g. an invalid host)
      }
      let chrome: string;
      if (!details) chrome = 'no details';
      else {
        await clearAll();
        const [error] = await setAll([details]);
        const want = identityOfDetails(details);
        const stored = (await everyCookie()).find((c) => cookieKey(c) === cookieKey(want));
        chrome = error
          ? `error: ${error}`
          : !stored
            ? `stored nothing as asked (${(await everyCookie()).map((c) => `${c.domain}${c.path} ${JSON.stringify(c.partitionKey ?? '')}`).join(', ') || 'nothing'})`
            : requestDifferences(stored, details).length
              ? `stored another ${requestDifferences(stored, details).join(', ')}`
              : 'ok';
      }
      const chromeOk = chrome === 'ok';
      const codes = v.errors.map((e) => e.code);
      const verdict =
        codes.length === 0
          ? chromeOk
            ? 'both-accept'
            : 'accepted-refused'
          : chromeOk
            ? codes.every((c) => POLICY.has(c))
              ? 'policy'
              : 'needless'
            : 'both-refuse';
      rows.push({ i, verdict, codes, chrome });
    }
    const count = (v: string) => rows.filter((r) => r.verdict === v).length;
    const summary = {
      cases: rows.length,
      bothAccept: count('both-accept'),
      bothRefuse: count('both-refuse'),
      acceptedButRefused: count('accepted-refused'),
      refusedByPolicy: count('policy'),
      needless: count('needless'),
    };
    const byPolicy = Object.fromEntries(
      [...POLICY].map((p) => [p, rows.filter((r) => r.verdict === 'policy' && r.codes.includes(p)).length]),
    );
    console.log(`validator vs Chromium: ${JSON.stringify({ ...summary, byPolicy })}`);
    const bad = rows
      .filter((r) => r.verdict === 'accepted-refused' || r.verdict === 'needless')
      .map((r) => ({ ...r, ...cases[r.i] }));
    expect(bad).toEqual([]);
    // The sample is varied enough to mean something: each side accepts and refuses plenty.
    expect(summary.bothAccept).toBeGreaterThan(30);
    expect(summary.bothRefuse).toBeGreaterThan(30);
  });
});

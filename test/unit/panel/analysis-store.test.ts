import { batch, signal } from '@preact/signals';
import { describe, expect, test, vi } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import * as engine from '../../../src/panel/engine.ts';
import { createAnalysisStore } from '../../../src/panel/store/analysis.ts';
import type { Engine } from '../../../src/panel/store/engine.ts';
import { cookie } from '../../fixtures/cookies.ts';

function setup(cookies: Cookie[], clock?: () => number) {
  const jobs: (() => void)[] = [];
  const list = signal(cookies);
  const store = createAnalysisStore({
    cookies: list,
    pageUrl: signal(new URL('https://example.com/')),
    mutes: signal({ rules: [], cookies: [] }),
    headers: signal([]),
    engine: signal(engine),
    defer: (work) => jobs.push(work),
    ...(clock ? { clock } : {}),
  });
  const runAll = () => {
    let steps = 0;
    while (jobs.length) {
      jobs.shift()?.();
      steps++;
    }
    return steps;
  };
  return { store, list, runAll, jobs };
}

/**
 * A store whose every deferred step is held for the test to run: analysis slices (`jobs`), the ends of whole-jar
 * periods (`periods`), a live change's immediate findings task (`soon`); `live` stands for the cookie store's flag.
 */
/** The frame's batch: a timer where there are no frames (../../../src/panel/frame.ts). */
const nextFrame = () => new Promise((r) => setTimeout(r, 300));

function liveSetup(cookies: Cookie[]) {
  const jarFindings = vi.fn(engine.jarFindings);
  const analyzeInJar = vi.fn(engine.analyzeInJar);
  const periods: (() => void)[] = [];
  const soon: (() => void)[] = [];
  const jobs: (() => void)[] = [];
  const live = signal(false);
  const list = signal(cookies);
  const pageUrl = signal(new URL('https://example.com/'));
  const store = createAnalysisStore({
    cookies: list,
    pageUrl,
    mutes: signal({ rules: [], cookies: [] }),
    headers: signal([]),
    engine: signal({ ...engine, jarFindings, analyzeInJar }),
    defer: (work) => jobs.push(work),
    clock: () => 0,
    wholeJarEvery: (work) => periods.push(work),
    live,
    soon: (work) => soon.push(work),
  });
  /** Runs the analysis slices, then reads the findings as a render would. */
  const settle = () => {
    while (jobs.length) jobs.shift()?.();
    return store.findings.value;
  };
  return { store, list, pageUrl, live, jobs, periods, soon, jarFindings, analyzeInJar, settle };
}

describe('panel analysis store', () => {
  test('the jar is analysed in a deferred slice; a row asked for before it is analysed on demand, and once', () => {
    const jar = [
      cookie({ name: 'sessionid', value: 'a'.repeat(16) + '0123456789abcdef', httpOnly: true }),
      cookie({ name: 'theme', value: 'dark' }),
    ];
    // A frozen clock: on a busy machine the first analysis alone can outlast a slice's 12 ms.
    const { store, runAll, jobs } = setup(jar, () => 0);
    expect(store.complete.value).toBe(false);
    expect(store.analyzed.value).toEqual([]); // nothing before the slice: findings wait for the whole jar
    expect(jobs).toHaveLength(1);
    // The row on screen: its class at once, the same analysis the slice then keeps (not computed twice).
    const early = store.analysisOf(jar[0]!);
    expect(early?.classification.class).toBe('session-id');
    expect(runAll()).toBe(1);
    expect(store.complete.value).toBe(true);
    expect(store.analysisOf(jar[0]!)).toBe(early);
    expect(store.analyzed.value.find((a) => a.cookie === jar[0])?.analysis).toBe(early);
    expect(store.analyzed.value.map((a) => a.analysis.classification.class).sort()).toEqual([
      'preference',
      'session-id',
    ]);
  });

  test('analyses on demand stop at the task budget (a class filter over thousands of rows); the slices do the rest', async () => {
    const many = Array.from({ length: 500 }, (_, i) => cookie({ name: `c${i}`, value: `v${i}` }));
    let t = 0;
    const { store, runAll } = setup(many, () => t);
    expect(store.analysisOf(many[0]!)).toBeDefined();
    t = 1_000; // the budget of this task is spent
    expect(store.analysisOf(many[1]!)).toBeUndefined();
    expect(store.analysisOf(many[0]!)).toBeDefined(); // what was computed stays
    await Promise.resolve(); // a new task (microtask checkpoint): a new budget
    expect(store.analysisOf(many[2]!)).toBeDefined();
    t = 0;
    runAll();
    expect(store.complete.value).toBe(true);
    expect(many.every((c) => store.analysisOf(c) !== undefined)).toBe(true);
  });

  test('thousands of cookies are analysed in slices, and a cookie version is never analysed twice', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      cookie({ name: `c${i}`, value: `v${i}-${'x'.repeat(40)}`, domain: `s${i % 20}.example` }),
    );
    const { store, list, runAll } = setup(many);
    runAll();
    expect(store.complete.value).toBe(true);
    const before = new Map(many.map((c) => [c.name, store.analysisOf(c)]));
    const changed = { ...many[0]!, value: 'changed' };
    list.value = [changed, ...many.slice(1)];
    // A live change of a few cookies is analysed in the same task, so row and class render together.
    expect(runAll()).toBe(0);
    expect(store.complete.value).toBe(true);
    // Unchanged cookies keep the very same analysis object; only the changed one is new.
    let same = 0;
    for (const c of list.value) if (before.get(c.name) === store.analysisOf(c)) same++;
    expect(same).toBe(2999);
    expect(store.analysisOf(changed)).toBeDefined();
  });

  test('a re-read of a whole jar is not versioned on the way to its first paint, even when nothing in it is new', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      cookie({ name: `c${i}`, value: `v${i}`, domain: `s${i % 20}.example` }),
    );
    const { store, list, live, analyzeInJar, settle } = liveSetup(many);
    settle();
    expect(analyzeInJar).toHaveBeenCalledTimes(3000);
    expect(store.complete.value).toBe(true);
    const before = store.findings.value;
    // All sites again: a fresh object for every cookie, every version already analysed.
    const stringify = vi.spyOn(JSON, 'stringify');
    try {
      live.value = false;
      list.value = many.map((c) => ({ ...c }));
      expect(stringify.mock.calls.length).toBeLessThan(300); // not 3,000 versions before the rows can render
    } finally {
      stringify.mockRestore();
    }
    expect(store.complete.value).toBe(false);
    expect(store.findings.value).toBe(before); // the same page's last complete findings stand meanwhile
    analyzeInJar.mockClear();
    settle();
    expect(analyzeInJar).not.toHaveBeenCalled(); // every version was known: the slice only takes them in
    expect(store.complete.value).toBe(true);
    expect(store.analyzed.value).toHaveLength(3000);
  });

  test('findings are computed once every cookie is analysed, and stay while a large change is analysed', () => {
    const { store, list, runAll } = setup([
      cookie({ name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', httpOnly: false }),
    ]);
    runAll();
    const first = store.findings.value.map((f) => f.ruleId);
    expect(first).toContain('CK006');
    const batch = Array.from({ length: 300 }, (_, i) => cookie({ name: `pref_${i}`, value: 'dark' }));
    list.value = [...list.value, ...batch];
    expect(store.complete.value).toBe(false);
    expect(store.findings.value.map((f) => f.ruleId)).toEqual(first); // still the last complete set
    runAll();
    expect(store.complete.value).toBe(true);
    expect(store.analyzed.value).toHaveLength(301);
  });

  test('a cookie arriving or leaving that another analysis read (a .sig, a vendor sibling) re-analyses the jar', () => {
    const keepAlive = cookie({ name: 'keep_alive', value: '0b4b1b5c-79f5-4b0b-9a5d-1d5a1f0c2e11' });
    const { store, list, runAll } = setup([keepAlive]);
    runAll();
    expect(store.analysisOf(keepAlive)?.classification.known).toBeUndefined(); // a generic name alone
    list.value = [keepAlive, cookie({ name: '_shopify_y', value: '9f2c1f3e-6b5a-4d3c-8e1f-2a3b4c5d6e7f' })];
    runAll();
    expect(store.analysisOf(keepAlive)?.classification).toMatchObject({
      class: 'infrastructure',
      known: { vendor: 'Shopify' },
    });
    list.value = [keepAlive];
    runAll();
    expect(store.analysisOf(keepAlive)?.classification.known).toBeUndefined();
  });

  test('during a burst of live changes the whole-jar findings run at most once per period, and end equal to a from-scratch analysis', async () => {
    const jarFindings = vi.fn(engine.jarFindings);
    const counted: Engine = { ...engine, jarFindings };
    const periods: (() => void)[] = [];
    const pageUrl = signal(new URL('https://example.com/'));
    const list = signal<Cookie[]>([
      cookie({ name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', httpOnly: false }),
      ...Array.from({ length: 40 }, (_, i) => cookie({ name: `pref_${i}`, value: 'dark' })),
    ]);
    const jobs: (() => void)[] = [];
    const store = createAnalysisStore({
      cookies: list,
      pageUrl,
      mutes: signal({ rules: [], cookies: [] }),
      headers: signal([]),
      engine: signal(counted),
      defer: (work) => jobs.push(work),
      clock: () => 0,
      wholeJarEvery: (work) => periods.push(work),
    });
    while (jobs.length) jobs.shift()?.();
    const first = store.findings.value;
    expect(first.map((f) => f.ruleId)).toContain('CK006');
    expect(jarFindings).toHaveBeenCalledTimes(1);

    // 200 live changes, each read by a render (one per frame): the rows' classes follow every change at once...
    for (let n = 0; n < 200; n++) {
      const name = `burst_${n % 25}`;
      const changed = cookie({ name, value: n % 50 === 49 ? 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8' : `v${n}` });
      list.value = [...list.value.filter((c) => c.name !== name), changed];
      while (jobs.length) jobs.shift()?.();
      expect(store.analysisOf(changed)).toBeDefined();
      expect(store.findings.value).toBe(first); // ...the jar's rules wait for the period's end
    }
    // The session cookie that raised CK006 goes too, in the same burst.
    list.value = list.value.filter((c) => c.name !== 'sessionid');
    expect(store.findings.value).toBe(first);
    expect(jarFindings).toHaveBeenCalledTimes(1);

    // The period ends: the newest jar comes through in the next frame's batch, once.
    expect(periods.length).toBeGreaterThanOrEqual(1);
    for (const end of periods.splice(0)) end();
    // The rules ran in the period's own task (a timer), not in the frame that shows their result.
    expect(jarFindings).toHaveBeenCalledTimes(2);
    await nextFrame();
    const final = store.findings.value;
    expect(final).not.toBe(first);
    expect(jarFindings).toHaveBeenCalledTimes(2);

    // Exactly what a store created over the final jar finds from scratch.
    const fresh = setup(list.value, () => 0);
    fresh.runAll();
    expect(final).toEqual(fresh.store.findings.value);
    expect(final.map((f) => f.cookieKey)).not.toContain(first.find((f) => f.ruleId === 'CK006')?.cookieKey);
  });

  test("a live change's whole-jar findings are computed in a task of their own, then come in the next frame", async () => {
    const session = cookie({ name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', httpOnly: false });
    const { store, list, live, jobs, periods, soon, jarFindings } = liveSetup([
      cookie({ name: 'theme', value: 'dark' }),
    ]);
    while (jobs.length) jobs.shift()?.();
    // A read: its findings come at once, in the render that reads them.
    const first = store.findings.value;
    expect(first.map((f) => f.ruleId)).not.toContain('CK006');
    expect(jarFindings).toHaveBeenCalledTimes(1);
    for (const end of periods.splice(0)) end(); // the period after it ends, with nothing held

    // A live change brings a session cookie readable by scripts: the frame showing it does not run the rules.
    live.value = true;
    list.value = [...list.value, session];
    while (jobs.length) jobs.shift()?.();
    expect(store.analysisOf(session)).toBeDefined(); // its row and class show at once
    expect(store.findings.value).toBe(first);
    expect(jarFindings).toHaveBeenCalledTimes(1);

    // The rules run in a task of their own, and their result comes in the next frame's batch.
    expect(soon).toHaveLength(1);
    soon.shift()?.();
    expect(jarFindings).toHaveBeenCalledTimes(2);
    expect(store.findings.value).toBe(first);
    await nextFrame();
    expect(store.findings.value.map((f) => f.ruleId)).toContain('CK006');
    expect(jarFindings).toHaveBeenCalledTimes(2);
  });

  test("a period that a live change's immediate one superseded lets nothing through when it ends", async () => {
    const { list, live, periods, soon, jarFindings, settle } = liveSetup([]);
    settle(); // an empty page: its (empty) findings start a period
    expect(periods).toHaveLength(1);
    const [emptyPagePeriod] = periods.splice(0);

    // The first live cookie does not wait for that period: it takes one of its own, at once.
    live.value = true;
    list.value = [cookie({ name: 'theme', value: 'dark' })];
    settle();
    soon.shift()?.();
    await nextFrame();
    const one = settle();
    expect(jarFindings).toHaveBeenCalledTimes(2);

    // A second live cookie waits for the period that began when the first came through...
    list.value = [
      ...list.value,
      cookie({ name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', httpOnly: false }),
    ];
    expect(settle()).toBe(one);
    // ...not for the superseded one, whose end lets nothing through.
    emptyPagePeriod?.();
    await nextFrame();
    expect(settle()).toBe(one);
    expect(jarFindings).toHaveBeenCalledTimes(2);
    for (const end of periods.splice(0)) end();
    await nextFrame();
    expect(settle().map((f) => f.ruleId)).toContain('CK006');
    expect(jarFindings).toHaveBeenCalledTimes(3);
  });

  test("a new page's whole-jar findings never read the previous page's cookies, even where nothing read them in between", () => {
    const session = cookie({ name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', httpOnly: false });
    const { list, pageUrl, live, jobs, periods, jarFindings, settle } = liveSetup([session]);
    expect(settle().map((f) => f.ruleId)).toContain('CK006');
    // A live change on the page starts a period of its own.
    live.value = true;
    list.value = [session, cookie({ name: 'theme', value: 'dark' })];
    settle();
    // The user navigates to a site with no cookie: the read empties the list, and nothing reads the findings (no row).
    batch(() => {
      live.value = false;
      pageUrl.value = new URL('https://other.example/');
      list.value = [];
    });
    while (jobs.length) jobs.shift()?.();
    // That site's first cookie arrives, live, and its row reads its markers.
    live.value = true;
    const first = cookie({ name: 'pref', value: 'dark', domain: 'other.example' });
    list.value = [first];
    const findings = settle();
    expect(findings.map((f) => f.ruleId)).not.toContain('CK006');
    const onNewPage = jarFindings.mock.calls.map(([rules]) => rules).filter((r) => r.pageUrl.includes('other.'));
    expect(onNewPage.length).toBeGreaterThan(0);
    for (const rules of onNewPage) expect(rules.cookies.map((c) => c.cookie.name)).not.toContain('sessionid');
    // And a period of the previous page ending now lets nothing of it through.
    for (const end of periods.splice(0)) end();
    expect(settle().map((f) => f.ruleId)).not.toContain('CK006');
  });

  test("while a new page's many cookies are analysed, the findings are never the previous page's", () => {
    const session = cookie({ name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', httpOnly: false });
    const { store, list, pageUrl, settle } = liveSetup([session]);
    expect(settle().map((f) => f.ruleId)).toContain('CK006');
    // A site of 300 cookies: more than are analysed at once, so the slices take them over several tasks.
    batch(() => {
      pageUrl.value = new URL('https://other.example/');
      list.value = Array.from({ length: 300 }, (_, i) =>
        cookie({ name: `pref_${i}`, value: 'dark', domain: 'other.example' }),
      );
    });
    expect(store.complete.value).toBe(false);
    expect(store.findings.value.map((f) => f.ruleId)).not.toContain('CK006');
    expect(store.analyzed.value).toEqual([]);
    settle();
    expect(store.analyzed.value).toHaveLength(300);
  });
});

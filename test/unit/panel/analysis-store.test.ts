import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import * as engine from '../../../src/panel/engine.ts';
import { createAnalysisStore } from '../../../src/panel/store/analysis.ts';
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

describe('panel analysis store', () => {
  test('nothing is analysed before the rows paint; one deferred slice analyses a site', () => {
    const jar = [cookie({ name: 'sessionid', value: 'a'.repeat(16) + '0123456789abcdef', httpOnly: true }), cookie({ name: 'theme', value: 'dark' })];
    // A frozen clock: on a busy machine the first analysis alone can outlast a slice's 12 ms.
    const { store, runAll, jobs } = setup(jar, () => 0);
    expect(store.analysisOf(jar[0]!)).toBeUndefined();
    expect(store.complete.value).toBe(false);
    expect(jobs).toHaveLength(1);
    expect(runAll()).toBe(1);
    expect(store.complete.value).toBe(true);
    expect(store.analyzed.value.map((a) => a.analysis.classification.class).sort()).toEqual(['preference', 'session-id']);
  });

  test('thousands of cookies are analysed in slices, and a cookie version is never analysed twice', () => {
    const many = Array.from({ length: 3000 }, (_, i) => cookie({ name: `c${i}`, value: `v${i}-${'x'.repeat(40)}`, domain: `s${i % 20}.example` }));
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

  test('findings are computed once every cookie is analysed, and stay while a large change is analysed', () => {
    const { store, list, runAll } = setup([cookie({ name: 'sessionid', value: 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', httpOnly: false })]);
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
    expect(store.analysisOf(keepAlive)?.classification).toMatchObject({ class: 'infrastructure', known: { vendor: 'Shopify' } });
    list.value = [keepAlive];
    runAll();
    expect(store.analysisOf(keepAlive)?.classification.known).toBeUndefined();
  });
});

/**
 * Fault injection: every call of every kind (set, get, getAll, remove) fails in turn, alone and together with a
 * second fault during the rollback. After each run the store must be either exactly the original or exactly the
 * intended result: zero cookies lost, none half-changed.
 */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { applyRedo, applyUndo, makeEntry } from '../../../src/core/history/journal.ts';
import type { CookieApi } from '../../../src/core/write/cookie-api.ts';
import { deleteCookies, writeCookie } from '../../../src/core/write/safe-write.ts';
import { FakeCookieStore, type Operation } from '../../fakes/cookie-store.ts';
import { A, B, C, D, details, E, NOW, sorted } from '../../fixtures/write-cookies.ts';

const OPS: Operation[] = ['set', 'get', 'getAll', 'remove'];

const SEED = [A, B, C, D, E];

const opts = (fake: FakeCookieStore) => ({ now: () => fake.now });
const edited = (c: Cookie, patch: Partial<Cookie>): Cookie => ({ ...c, ...patch });

interface Scenario {
  name: string;
  /** Done without faults before the measured run (e.g. the edit that undo reverts). */
  prepare?: (api: CookieApi, fake: FakeCookieStore) => Promise<unknown>;
  run: (api: CookieApi, fake: FakeCookieStore) => Promise<{ ok: boolean }>;
  intended: Cookie[];
}

const renamed = edited(A, { name: 'session' });
const moved = edited(A, { path: '/account' });
const widened = edited(A, { domain: '.app.example.com', hostOnly: false });
const valued = edited(A, { value: 'new' });

async function editThenEntry(api: CookieApi, fake: FakeCookieStore) {
  const r = await writeCookie(api, { original: A, next: details(renamed) }, opts(fake));
  if (!r.ok) throw new Error(r.error);
  return makeEntry({ at: NOW, label: 'Rename sid to session', before: r.before, after: r.after });
}

const scenarios: Scenario[] = [
  {
    name: 'value edit',
    run: (api, f) => writeCookie(api, { original: A, next: details(valued) }, opts(f)),
    intended: [valued, B, C, D, E],
  },
  {
    name: 'rename',
    run: (api, f) => writeCookie(api, { original: A, next: details(renamed) }, opts(f)),
    intended: [renamed, B, C, D, E],
  },
  {
    name: 'move (path)',
    run: (api, f) => writeCookie(api, { original: A, next: details(moved) }, opts(f)),
    intended: [moved, B, C, D, E],
  },
  {
    name: 'move (host-only to domain)',
    run: (api, f) => writeCookie(api, { original: A, next: details(widened) }, opts(f)),
    intended: [widened, B, C, D, E],
  },
  { name: 'delete', run: (api, f) => deleteCookies(api, [A, D], opts(f)), intended: [B, C, E] },
];

/** Runs the scenario with the given faults; returns whether any fault fired. */
async function runWith(s: Scenario, faults: [Operation, number][]) {
  const fake = new FakeCookieStore();
  fake.now = NOW;
  fake.seed(...SEED);
  const original = fake.all();
  const prepared = s.prepare ? await s.prepare(fake.api, fake) : undefined;
  const start = fake.all();
  const calls0 = { ...fake.calls };
  for (const [op, nth] of faults) fake.failOn(op, nth);
  const result = await s.run(fake.api, fake);
  const fired = faults.map(([op, nth]) => fake.calls[op] - calls0[op] >= nth);
  fake.clearFaults();
  return { fake, original, start, prepared, result, fired, calls: { ...fake.calls } };
}

function withPrepare(name: string, prepare: Scenario['prepare'], run: Scenario['run'], intended: Cookie[]): Scenario {
  return { name, ...(prepare ? { prepare } : {}), run, intended };
}

let pendingEntry: ReturnType<typeof makeEntry> | null = null;
const undoRedo: Scenario[] = [
  withPrepare(
    'undo',
    async (api, f) => (pendingEntry = await editThenEntry(api, f)),
    (api, f) => applyUndo(api, pendingEntry!, opts(f)),
    SEED,
  ),
  withPrepare(
    'redo',
    async (api, f) => {
      pendingEntry = await editThenEntry(api, f);
      const u = await applyUndo(api, pendingEntry, opts(f));
      if (!u.ok) throw new Error(u.error);
    },
    (api, f) => applyRedo(api, pendingEntry!, opts(f)),
    [renamed, B, C, D, E],
  ),
];

const all = [...scenarios, ...undoRedo];

describe.each(all)('$name never loses a cookie', (s) => {
  test('without faults it reaches exactly the intended store', async () => {
    const { fake, result } = await runWith(s, []);
    expect(result.ok).toBe(true);
    expect(fake.all()).toEqual(sorted(s.intended));
  });

  test.each(OPS)('when %s fails at every step (and again during rollback)', async (op) => {
    let single = 0;
    for (let nth = 1; ; nth++) {
      const r = await runWith(s, [[op, nth]]);
      if (!r.fired[0]) {
        expect(r.result.ok).toBe(true);
        expect(r.fake.all()).toEqual(sorted(s.intended));
        break;
      }
      single++;
      expect(r.result).toMatchObject({ ok: false, restored: true });
      expect(r.fake.all()).toEqual(r.start);
      // A second fault of every kind during the rollback: still nothing lost.
      for (const op2 of OPS) {
        for (let nth2 = 1; nth2 <= 12; nth2++) {
          const at = op2 === op ? nth + nth2 : nth2;
          const r2 = await runWith(s, [
            [op, nth],
            [op2, at],
          ]);
          const state = r2.fake.all();
          const okStates = [r2.start, sorted(s.intended)];
          expect(okStates).toContainEqual(state);
          if (r2.result.ok) expect(state).toEqual(sorted(s.intended));
        }
      }
    }
    // Every scenario writes and reads back, so set and getAll faults must actually have been exercised.
    if (op === 'set' || op === 'getAll') expect(single).toBeGreaterThan(0);
  });
});

test('collateral: Chrome removes the parent-domain cookie of the same name, safe-write re-creates it', async () => {
  const fake = new FakeCookieStore();
  fake.now = NOW;
  fake.seed(...SEED);
  const r = await writeCookie(fake.api, { original: A, next: details(renamed) }, opts(fake));
  expect(r.ok).toBe(true);
  expect(fake.all()).toContainEqual(B);
  expect(fake.calls.remove).toBe(1);
});

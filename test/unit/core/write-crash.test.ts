/**
 * A worker stopped at every step of a write (issue 13): the fake store stops answering after the k-th call (cookie
 * or storage), as Chrome's calls do when it stops the service worker; a new worker then recovers from the write-ahead
 * record. Whatever k, every cookie ends in its old form or its new form (the whole store equals the start or the
 * intended end), the journal agrees with the store (the entry is recorded once, or not at all), and no record is
 * left. The same holds when the recovering worker is itself stopped at every step and a third one recovers.
 */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { type IntentJournal, recoverInterruptedWrites, underWriteAhead } from '../../../src/core/history/intent.ts';
import {
  applyRedo,
  applyUndo,
  type Journal,
  makeEntry,
  markRedone,
  markUndone,
  nextRedo,
  nextUndo,
  recordEntry,
} from '../../../src/core/history/journal.ts';
import type { CookieApi } from '../../../src/core/write/cookie-api.ts';
import { applyCookieState, deleteCookies, writeCookie } from '../../../src/core/write/safe-write.ts';
import type { TransitionOptions } from '../../../src/core/write/transition.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';
import { MemoryIntentStore, MemoryJournals } from '../../fakes/write-ahead-stores.ts';
import { A, B, D, details, E, NOW, sorted } from '../../fixtures/write-cookies.ts';

const TAB = 7;
const SEED = [A, B, D, E];
/** Order-independent text of a cookie list (the fake builds cookies with another key order than the seeds). */
const canon = (cs: Cookie[]) =>
  JSON.stringify(sorted(cs).map((c) => Object.fromEntries(Object.entries(c).sort(([a], [b]) => (a < b ? -1 : 1)))));
const renamed = { ...A, name: 'session' };
const widened = { ...A, domain: '.app.example.com', hostOnly: false };
const valued = { ...A, value: 'new' };
const imported = { ...D, value: 'light' };
const importedNew = { ...D, name: 'lang', value: 'fr' };

interface World {
  fake: FakeCookieStore;
  intents: MemoryIntentStore;
  journals: MemoryJournals;
  opts: TransitionOptions;
}

/** What a handler does: the write under a record, then its journal entry (or cursor move), then the record goes. */
type Run = (w: World) => Promise<{ ok: boolean }>;

function recorded(
  kind: 'write' | 'delete' | 'import',
  write: (
    api: CookieApi,
    o: TransitionOptions,
  ) => Promise<{ ok: true; before: Cookie[]; after: Cookie[] } | { ok: false }>,
  original?: Cookie,
): Run {
  const journal: IntentJournal = { tabId: TAB, action: 'record', kind, ...(original ? { original } : {}) };
  return (w) =>
    underWriteAhead(
      w.intents,
      journal,
      NOW,
      (o) => write(w.fake.api, { ...w.opts, ...o }),
      async (r, id) => {
        if (!r.ok) return;
        const j = await w.journals.load(TAB);
        await w.journals.save(
          TAB,
          recordEntry(j, makeEntry({ id, at: NOW, label: kind, before: r.before, after: r.after })),
        );
      },
    );
}

function replayed(direction: 'undo' | 'redo'): Run {
  return async (w) => {
    const journal = await w.journals.load(TAB);
    const entry = direction === 'undo' ? nextUndo(journal) : nextRedo(journal);
    if (!entry) throw new Error(`nothing to ${direction}`);
    const apply = direction === 'undo' ? applyUndo : applyRedo;
    return underWriteAhead(
      w.intents,
      { tabId: TAB, action: direction, entryId: entry.id },
      NOW,
      (o) => apply(w.fake.api, entry, { ...w.opts, ...o }),
      async (r) => {
        if (r.ok) await w.journals.save(TAB, direction === 'undo' ? markUndone(journal) : markRedone(journal));
      },
    );
  };
}

const write = (original: Cookie, next: Cookie) =>
  recorded(
    'write',
    async (api, o) => {
      const r = await writeCookie(api, { original, next: details(next) }, o);
      return r.ok ? { ok: true, before: r.before, after: r.after } : r;
    },
    original,
  );
const remove = (cookies: Cookie[]) =>
  recorded('delete', async (api, o) => {
    const r = await deleteCookies(api, cookies, o);
    return r.ok ? { ok: true, before: r.removed, after: [] } : r;
  });
const importing = (cookies: Cookie[]) =>
  recorded('import', (api, o) =>
    applyCookieState(
      api,
      cookies.filter((c) => c.name === D.name && c.value !== D.value).length ? [D] : [],
      cookies,
      o,
    ),
  );

interface Scenario {
  name: string;
  /** Run without a stop first (the step an undo reverts). */
  prepare?: Run[];
  run: Run;
  intended: Cookie[];
  /** How the journal shows the write once done: an entry recorded, or the cursor moved. */
  journal: 'record' | 'undo' | 'redo';
}

const scenarios: Scenario[] = [
  { name: 'value edit', run: write(A, valued), intended: [valued, B, D, E], journal: 'record' },
  {
    name: 'rename (the parent-domain cookie goes with the old one)',
    run: write(A, renamed),
    intended: [renamed, B, D, E],
    journal: 'record',
  },
  {
    name: 'host-only to domain (the new cookie goes with the old one)',
    run: write(A, widened),
    intended: [widened, B, D, E],
    journal: 'record',
  },
  { name: 'delete two', run: remove([A, D]), intended: [B, E], journal: 'record' },
  { name: 'delete a partitioned cookie', run: remove([E]), intended: [A, B, D], journal: 'record' },
  {
    name: 'import',
    run: importing([imported, importedNew]),
    intended: [A, B, imported, importedNew, E],
    journal: 'record',
  },
  { name: 'undo a rename', prepare: [write(A, renamed)], run: replayed('undo'), intended: SEED, journal: 'undo' },
  {
    name: 'redo a rename',
    prepare: [write(A, renamed), replayed('undo')],
    run: replayed('redo'),
    intended: [renamed, B, D, E],
    journal: 'redo',
  },
];

async function world(s: Scenario): Promise<World & { start: Cookie[]; journalAtStart: Journal }> {
  const fake = new FakeCookieStore();
  fake.now = NOW;
  fake.seed(...SEED);
  const w: World = {
    fake,
    intents: new MemoryIntentStore(fake),
    journals: new MemoryJournals(fake),
    opts: { now: () => fake.now },
  };
  for (const p of s.prepare ?? []) expect((await p(w)).ok).toBe(true);
  return { ...w, start: fake.all(), journalAtStart: w.journals.peek(TAB) };
}

/** Runs `work` with the worker stopped after k steps: 'answered' if it finished first. */
async function stopAfter(w: World, k: number, work: () => Promise<unknown>): Promise<'answered' | 'stopped'> {
  w.fake.stopAnsweringAfter(k);
  const outcome = await Promise.race([
    work().then(() => 'answered' as const),
    w.fake.stopped.then(() => 'stopped' as const),
  ]);
  w.fake.restart();
  return outcome;
}

function expectConsistent(s: Scenario, w: World & { start: Cookie[]; journalAtStart: Journal }): 'old' | 'new' {
  const end = w.fake.all();
  expect([w.start, sorted(s.intended)]).toContainEqual(end);
  const form = canon(end) === canon(w.start) && canon(w.start) !== canon(s.intended) ? 'old' : 'new';
  const j = w.journals.peek(TAB);
  const was = w.journalAtStart;
  if (s.journal === 'record') expect(j.entries.length).toBe(was.entries.length + (form === 'new' ? 1 : 0));
  else if (form === 'old') expect(j.cursor).toBe(was.cursor);
  else expect(j.cursor).toBe(was.cursor + (s.journal === 'undo' ? -1 : 1));
  if (form === 'new' && s.journal === 'record') {
    const entry = j.entries.at(-1)!;
    expect(sorted([...entry.after])).toEqual(
      sorted(s.intended.filter((c) => !w.start.some((x) => canon([x]) === canon([c])))),
    );
  }
  expect(w.intents.records.size).toBe(0);
  return form;
}

describe.each(scenarios)('$name: stopped at every step, then recovered', (s) => {
  test('each cookie ends in its old or its new form; the journal agrees', async () => {
    const forms = new Set<string>();
    let steps = 0;
    for (let k = 0; ; k++) {
      const w = await world(s);
      const outcome = await stopAfter(w, k, () => s.run(w));
      const recoveries = await recoverInterruptedWrites(w.fake.api, w.intents, w.journals, w.opts);
      expect(recoveries.every((r) => r.outcome !== 'failed')).toBe(true);
      forms.add(expectConsistent(s, w));
      if (outcome === 'answered') {
        expect(recoveries).toEqual([]);
        steps = k;
        break;
      }
    }
    // The write takes several steps, and stopping it mid-way exercised both outcomes.
    expect(steps).toBeGreaterThan(5);
    expect([...forms].sort()).toEqual(['new', 'old']);
  });

  test('the recovering worker stopped at every step too: a third one still ends in the old or new form', async () => {
    let total = 0;
    for (let k = 0; ; k++) {
      const probe = await world(s);
      if ((await stopAfter(probe, k, () => s.run(probe))) === 'answered') break;
      total = k;
    }
    let longestRecovery = 0;
    for (const k of [1, Math.floor(total / 2), total - 1]) {
      for (let j = 0; ; j++) {
        const w = await world(s);
        await stopAfter(w, k, () => s.run(w));
        const second = await stopAfter(w, j, () => recoverInterruptedWrites(w.fake.api, w.intents, w.journals, w.opts));
        await recoverInterruptedWrites(w.fake.api, w.intents, w.journals, w.opts);
        expectConsistent(s, w);
        if (second === 'answered') {
          longestRecovery = Math.max(longestRecovery, j);
          break;
        }
      }
    }
    // Some recovery did real work (reads, writes) and was itself stopped part-way through it.
    expect(longestRecovery).toBeGreaterThan(4);
  });
});

test('a record saved before any snapshot (nothing written yet) is dropped without touching the store', async () => {
  const fake = new FakeCookieStore();
  fake.now = NOW;
  fake.seed(...SEED);
  const intents = new MemoryIntentStore(fake);
  const journals = new MemoryJournals(fake);
  fake.stopAnsweringAfter(1); // the record is saved (step 1), the first read never answers
  void underWriteAhead(
    intents,
    { tabId: TAB, action: 'record', kind: 'delete' },
    NOW,
    (o) => deleteCookies(fake.api, [A], { ...o, now: () => NOW }),
    async () => undefined,
  );
  await fake.stopped;
  fake.restart();
  expect([...intents.records.values()].map((t) => JSON.parse(t).before)).toEqual([null]);
  expect(await recoverInterruptedWrites(fake.api, intents, journals, { now: () => NOW })).toEqual([
    { id: expect.any(String), outcome: 'untouched' },
  ]);
  expect(fake.all()).toEqual(sorted(SEED));
  expect(journals.peek(TAB).entries).toEqual([]);
});

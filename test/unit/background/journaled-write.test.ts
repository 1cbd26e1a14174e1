/**
 * The journaled write step under a stopped worker, through the real handlers: the fake stops answering after the k-th
 * call (cookies or storage), as Chrome's calls do when it stops the service worker; a new worker over the same store
 * and storage then recovers from the write-ahead record before it answers anything. For every k, the store ends in its
 * old or its new form, the journal agrees (the step recorded once, or not at all), no record is left, and the undo
 * state the new worker reports and what Undo then does agree with the store.
 */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { draftFromCookie } from '../../../src/core/write/draft.ts';
import { type FakeBackground, fakeBackground } from '../../fakes/background.ts';
import { A, B, D, E, NOW, PAGE, sorted } from '../../fixtures/write-cookies.ts';

const TAB = 9;
const SEED = [A, B, D, E];
/** Order-independent text of a cookie list (the fake builds cookies with another key order than the seeds). */
const canon = (cs: Cookie[]) =>
  JSON.stringify(sorted(cs).map((c) => Object.fromEntries(Object.entries(c).sort(([a], [b]) => (a < b ? -1 : 1)))));

interface Case {
  name: string;
  /** Steps made before the interrupted one, answered in full. */
  before?: (bg: FakeBackground) => Promise<unknown>;
  run: (bg: FakeBackground) => Promise<{ ok: boolean }>;
  /** The step's label as the undo state shows it once the step is done. */
  label: string;
  /** Whether the step adds a journal entry (a write) or moves the cursor (undo). */
  records: boolean;
}

const rename = (bg: FakeBackground) =>
  bg.request('writeCookie', {
    tabId: TAB,
    pageUrl: PAGE,
    original: A,
    draft: { ...draftFromCookie(A), name: 'session' },
  });

const CASES: Case[] = [
  {
    name: 'a rename (set, read back, remove, re-create the parent-domain cookie)',
    run: rename,
    label: 'Rename sid to session',
    records: true,
  },
  {
    name: 'a bulk delete',
    run: (bg) => bg.request('deleteCookies', { tabId: TAB, cookies: [A, D] }),
    label: 'Delete 2 cookies',
    records: true,
  },
  {
    name: 'an import',
    run: (bg) =>
      bg.request('importCookies', {
        tabId: TAB,
        cookies: [
          { ...D, value: 'light' },
          { ...D, name: 'lang', value: 'fr' },
        ],
      }),
    label: 'Import 2 cookies',
    records: true,
  },
  {
    name: 'an undo of a rename',
    before: rename,
    run: (bg) => bg.request('undo', { tabId: TAB }),
    label: 'Rename sid to session',
    records: false,
  },
];

/** The store before and after the interrupted step, measured on an uninterrupted run. */
async function ends(c: Case): Promise<{ start: string; end: string; label: string }> {
  const bg = world();
  await c.before?.(bg);
  const start = canon(bg.fake.all());
  const r = await c.run(bg);
  if (!r.ok) throw new Error(`${c.name} failed uninterrupted`);
  const state = await bg.request('historyState', { tabId: TAB });
  if (!state.ok) throw new Error(state.error);
  expect(c.records ? state.value.undo : state.value.redo).toBe(c.label);
  return { start, end: canon(bg.fake.all()), label: c.label };
}

function world(): FakeBackground {
  const bg = fakeBackground();
  bg.fake.now = NOW;
  bg.fake.seed(...SEED);
  return bg;
}

describe('a worker stopped at every step of a journaled write', () => {
  test.each(CASES.map((c) => [c.name, c] as const))(
    '%s: old or new form, the journal and the undo state agree',
    async (_, c) => {
      const { start, end, label } = await ends(c);
      expect(end).not.toBe(start);
      let sawStart = false;
      let sawEnd = false;
      for (let k = 0; ; k++) {
        const bg = world();
        await c.before?.(bg);
        const entriesBefore = bg.journals.peek(TAB).entries.length;
        bg.fake.stopAnsweringAfter(k);
        const answered = await Promise.race([c.run(bg).then(() => true), bg.fake.stopped.then(() => false)]);
        if (answered) {
          expect(sawStart && sawEnd, `stopped at every step before the answer (k=${k})`).toBe(true);
          break;
        }
        const next = bg.restart();
        // The new worker holds this until the recovery is done.
        const state = await next.request('historyState', { tabId: TAB });
        if (!state.ok) throw new Error(state.error);
        const store = canon(next.fake.all());
        expect([start, end], `k=${k}`).toContain(store);
        expect(next.intents.records.size, `k=${k}: a record left`).toBe(0);
        const done = store === end;
        sawStart ||= !done;
        sawEnd ||= done;
        const journal = next.journals.peek(TAB);
        if (c.records) {
          expect(journal.entries.length, `k=${k}`).toBe(entriesBefore + (done ? 1 : 0));
          expect(state.value.undo, `k=${k}`).toBe(done ? label : entriesBefore ? label : null);
        } else {
          expect(state.value, `k=${k}`).toEqual(done ? { undo: null, redo: label } : { undo: label, redo: null });
        }
        // What the undo state offers does what it says: Undo of a finished write, and Redo of a finished undo, lead back
        // to where the step started; Undo of an undo rolled back leads where it was going.
        const replay = c.records ? (done ? 'undo' : null) : done ? 'redo' : 'undo';
        if (replay) {
          expect(await next.request(replay, { tabId: TAB }), `k=${k}`).toMatchObject({ ok: true });
          expect(canon(next.fake.all()), `k=${k}`).toBe(done ? start : end);
        }
        if (k > 200) throw new Error('the write never answered');
      }
    },
  );

  test('a recovery that cannot read the store yet keeps the record, says why, does not hold new writes, and the next start finishes it', async () => {
    const { start, end } = await ends(CASES[0] as Case);
    let bg = world();
    // Stop the worker once its record holds the snapshots (a recovery then has to read the store).
    for (let k = 0; ; k++) {
      bg = world();
      bg.fake.stopAnsweringAfter(k);
      await Promise.race([rename(bg), bg.fake.stopped]);
      if ([...bg.intents.records.values()].some((text) => JSON.parse(text).before !== null)) break;
      if (k > 200) throw new Error('no record with snapshots');
    }
    bg.fake.failOn('get', 1, 'The cookie store is not ready.');
    bg.fake.failOn('getAll', 1, 'The cookie store is not ready.');
    const next = bg.restart();
    expect(await next.request('historyState', { tabId: TAB })).toEqual({ ok: true, value: { undo: null, redo: null } });
    expect(next.warnings).toEqual([
      expect.stringMatching(
        /could not be finished or undone yet \(The cookie store is not ready\.\); retrying at the next start/,
      ),
    ]);
    expect(next.intents.records.size).toBe(1);
    next.fake.clearFaults();
    expect(
      await next.request('importCookies', { tabId: TAB + 1, cookies: [{ ...D, name: 'other', value: '1' }] }),
    ).toMatchObject({ ok: true, history: { undo: 'Import other' } });

    const third = next.restart();
    const state = await third.request('historyState', { tabId: TAB });
    expect(third.warnings).toEqual([]);
    expect(third.intents.records.size).toBe(0);
    const recovered = canon(third.fake.all().filter((c) => c.name !== 'other'));
    expect([start, end]).toContain(recovered);
    expect(state).toEqual({
      ok: true,
      value: { undo: recovered === end ? 'Rename sid to session' : null, redo: null },
    });
  });

  test('a recovery whose records cannot be listed says why and does not hold new writes', async () => {
    const bg = world();
    bg.intents.list = () => Promise.reject(new Error('storage.session is not available'));
    const next = bg.restart();
    expect(await next.request('deleteCookies', { tabId: TAB, cookies: [D] })).toMatchObject({ ok: true, removed: 1 });
    expect(next.warnings).toEqual([expect.stringMatching(/\(storage\.session is not available\)/)]);
  });

  test('a write sent to the new worker waits for the recovery, then runs on the recovered store', async () => {
    const bg = world();
    bg.fake.stopAnsweringAfter(6);
    await Promise.race([rename(bg), bg.fake.stopped]);
    const next = bg.restart();
    const r = await next.request('deleteCookies', { tabId: TAB, cookies: [D] });
    expect(r).toMatchObject({ ok: true, removed: 1, history: { undo: 'Delete theme' } });
    expect(next.intents.records.size).toBe(0);
    const names = next.fake.all().map((c) => `${c.name}@${c.domain}`);
    expect(names).not.toContain('theme@app.example.com');
    expect(names.filter((n) => n.endsWith('@app.example.com')).length).toBe(2); // sid or session, and E's partition
  });
});

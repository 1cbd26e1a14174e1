/** Journal labels, the conflict check before undo/redo, and how a recovered write completes the journal. */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import {
  finishedJournal,
  type IntentJournal,
  recoverIntent,
  recoverInterruptedWrites,
  underWriteAhead,
  type WriteIntent,
} from '../../../src/core/history/intent.ts';
import {
  applyRedo,
  applyUndo,
  emptyJournal,
  makeEntry,
  markUndone,
  recordEntry,
} from '../../../src/core/history/journal.ts';
import { labelForDelete, labelForImport, labelForWrite } from '../../../src/core/history/labels.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';
import { MemoryIntentStore, MemoryJournals } from '../../fakes/write-ahead-stores.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const c = (name: string, value = 'v', more: Partial<Cookie> = {}): Cookie => ({
  name,
  value,
  domain: 'example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  session: true,
  storeId: '0',
  ...more,
});

describe('labels', () => {
  test.each([
    [undefined, c('a'), 'Add a'],
    [c('a'), c('b'), 'Rename a to b'],
    [c('a'), c('a'), 'Save a unchanged'],
    [c('a', 'x'), c('a', 'y'), 'Edit value of a'],
    [c('a'), c('a', 'v', { path: '/p', secure: false }), 'Edit path and Secure of a'],
    [c('a'), c('a', 'v', { httpOnly: true }), 'Edit HttpOnly of a'],
    [c('a'), c('a', 'v', { sameSite: 'strict' }), 'Edit SameSite of a'],
    [c('a'), c('a', 'v', { session: false, expirationDate: 5 }), 'Edit expiry of a'],
    [c('a'), c('a', 'v', { partitionKey: { topLevelSite: 'https://s.test' } }), 'Edit partition of a'],
    [c('a'), c('a', 'v', { storeId: '1' }), 'Edit store of a'],
    [c('a'), c('a', 'v', { domain: '.example.com', hostOnly: false }), 'Edit domain and domain scope of a'],
    [c('a'), c('a', 'w', { path: '/p', secure: false }), 'Edit a'],
  ] as [Cookie | undefined, Cookie, string][])('%#: %s', (before, after, label) =>
    expect(labelForWrite(before, after)).toBe(label),
  );

  test('delete and import', () => {
    expect(labelForDelete([c('a')])).toBe('Delete a');
    expect(labelForDelete([c('a'), c('b')])).toBe('Delete 2 cookies');
    expect(labelForDelete([])).toBe('Delete 0 cookies');
    expect(labelForImport([c('a')])).toBe('Import a');
    expect(labelForImport([c('a'), c('b'), c('c')])).toBe('Import 3 cookies');
  });
});

describe('undo and redo refuse to overwrite what changed since', () => {
  const URL_ = 'https://example.com/';
  const entry = makeEntry({ at: 1, label: 'Rename a to b', before: [c('a', 'x')], after: [c('b', 'x')] });

  test.each([
    [
      'created since',
      [c('a', 'x'), c('b', 'x')],
      'undo',
      '"a" (example.com/) was created since; replaying would remove it.',
    ],
    ['removed since', [], 'undo', '"b" (example.com/) was removed since.'],
    ['changed since', [c('b', 'y')], 'undo', '"b" (example.com/) changed since (value).'],
    ['changed since (redo)', [c('a', 'x', { httpOnly: true })], 'redo', '"a" (example.com/) changed since (httpOnly).'],
  ] as [string, Cookie[], 'undo' | 'redo', string][])('%s', async (_, seed, direction, error) => {
    const fake = new FakeCookieStore();
    fake.seed(...seed);
    const r = await (direction === 'undo' ? applyUndo : applyRedo)(fake.api, entry, { now: () => fake.now });
    expect(r).toEqual({ ok: false, conflict: true, error, restored: true });
    expect(fake.all()).toEqual(seed);
    void URL_;
  });

  test('a failed read is a conflict that says so', async () => {
    const fake = new FakeCookieStore();
    fake.seed(c('b', 'x'));
    fake.failOn('getAll', 1, 'offline');
    expect(await applyUndo(fake.api, entry)).toEqual({
      ok: false,
      conflict: true,
      error: 'Could not check the cookies before replaying (offline).',
      restored: true,
    });
  });
});

describe('completing the journal of a recovered write', () => {
  const record = (journal: IntentJournal): WriteIntent => ({
    version: 1,
    id: 'w1',
    at: 9,
    journal,
    targets: [],
    before: [],
  });
  const done = { before: [c('a', 'x')], after: [c('a', 'y')] };

  test('a write is recorded once, under the record id, with a label from what it did', () => {
    const j1 = finishedJournal(
      emptyJournal(),
      record({ tabId: 1, action: 'record', kind: 'write', original: c('a', 'x') }),
      done,
    );
    expect(j1.entries).toEqual([{ id: 'w1', at: 9, label: 'Edit value of a', ...done }]);
    expect(finishedJournal(j1, record({ tabId: 1, action: 'record', kind: 'write' }), done)).toBe(j1);
    expect(
      finishedJournal(emptyJournal(), record({ tabId: 1, action: 'record', kind: 'write' }), done).entries[0]?.label,
    ).toBe('Add a');
    expect(
      finishedJournal(emptyJournal(), record({ tabId: 1, action: 'record', kind: 'write', original: c('a') }), {
        before: [c('a')],
        after: [],
      }).entries[0]?.label,
    ).toBe('Delete a (expiry in the past)');
    expect(
      finishedJournal(emptyJournal(), record({ tabId: 1, action: 'record', kind: 'delete' }), {
        before: [c('a'), c('b')],
        after: [],
      }).entries[0]?.label,
    ).toBe('Delete 2 cookies');
    expect(
      finishedJournal(emptyJournal(), record({ tabId: 1, action: 'record', kind: 'import' }), {
        before: [],
        after: [c('a')],
      }).entries[0]?.label,
    ).toBe('Import a');
  });

  test('another write is recorded after the entries already there', () => {
    const j1 = finishedJournal(emptyJournal(), record({ tabId: 1, action: 'record', kind: 'delete' }), {
      before: [c('a')],
      after: [],
    });
    const j2 = finishedJournal(
      j1,
      { ...record({ tabId: 1, action: 'record', kind: 'delete' }), id: 'w2' },
      { before: [c('b')], after: [] },
    );
    expect(j2.entries.map((e) => [e.id, e.label])).toEqual([
      ['w1', 'Delete a'],
      ['w2', 'Delete b'],
    ]);
  });

  test('a finished write is journalled with the snapshots it replaced, and a rolled-back undo leaves the cursor', async () => {
    const fake = new FakeCookieStore();
    fake.seed(c('a', 'new'));
    const journals = new MemoryJournals();
    const intents = new MemoryIntentStore();
    const want = {
      url: 'https://example.com/',
      name: 'a',
      value: 'new',
      path: '/',
      secure: true,
      httpOnly: false,
      sameSite: 'lax' as const,
      storeId: '0',
    };
    await intents.save({
      ...record({ tabId: 1, action: 'record', kind: 'write', original: c('a', 'old') }),
      targets: [{ id: c('a'), want }],
      before: [{ id: c('a'), cookie: c('a', 'old') }],
    });
    expect(await recoverInterruptedWrites(fake.api, intents, journals)).toEqual([{ id: 'w1', outcome: 'finished' }]);
    expect(journals.peek(1).entries).toEqual([
      { id: 'w1', at: 9, label: 'Edit value of a', before: [c('a', 'old')], after: [c('a', 'new')] },
    ]);
    // an undo of it cut short after the value went back, with a second cookie still to restore: rolled back
    const entry = journals.peek(1).entries[0]!;
    fake.seed(c('a', 'old'));
    await intents.save({
      ...record({ tabId: 1, action: 'undo', entryId: entry.id }),
      id: 'u1',
      targets: [
        { id: c('a'), want: null, exact: c('a', 'old') },
        { id: c('b'), want: null },
      ],
      before: [
        { id: c('a'), cookie: c('a', 'new') },
        { id: c('b'), cookie: c('b') },
      ],
    });
    expect(await recoverInterruptedWrites(fake.api, intents, journals)).toEqual([{ id: 'u1', outcome: 'rolled-back' }]);
    expect(journals.peek(1).cursor).toBe(1);
    expect(fake.all()).toEqual([c('a', 'new'), c('b')]);
  });

  test('a write whose new form is an expired cookie is finished when the cookie is gone', async () => {
    const fake = new FakeCookieStore();
    fake.now = NOW;
    const gone = {
      url: 'https://example.com/',
      name: 'a',
      value: '',
      path: '/',
      secure: true,
      httpOnly: false,
      sameSite: 'lax' as const,
      storeId: '0',
      expirationDate: NOW / 1000,
    };
    const intent: WriteIntent = {
      ...record({ tabId: 1, action: 'record', kind: 'write', original: c('a') }),
      targets: [{ id: c('a'), want: gone }],
      before: [{ id: c('a'), cookie: c('a') }],
    };
    expect(await recoverIntent(fake.api, intent, { now: () => NOW })).toEqual({
      outcome: 'finished',
      entry: { before: [c('a')], after: [] },
    });
    fake.seed(c('a'));
    expect((await recoverIntent(fake.api, intent, { now: () => NOW })).outcome).toBe('untouched');
  });

  test('underWriteAhead saves the journal only for a write that succeeded, and always drops the record', async () => {
    const intents = new MemoryIntentStore();
    const done: string[] = [];
    const failed = await underWriteAhead(
      intents,
      { tabId: 1, action: 'record', kind: 'delete' },
      1,
      async (o) => {
        await o.writeAhead?.({ targets: [], before: null });
        expect(intents.records.size).toBe(1);
        return { ok: false };
      },
      async (_, id) => void done.push(id),
    );
    expect(failed).toEqual({ ok: false });
    const ok = await underWriteAhead(
      intents,
      { tabId: 1, action: 'record', kind: 'delete' },
      1,
      async () => ({ ok: true }),
      async (_, id) => void done.push(id),
    );
    expect(ok).toEqual({ ok: true });
    expect(done).toHaveLength(1);
    expect(intents.records.size).toBe(0);
  });

  test('an undo or redo moves the cursor only if the replayed entry is next', () => {
    const e1 = makeEntry({ id: 'e1', at: 1, label: 'one', before: [], after: [] });
    const e2 = makeEntry({ id: 'e2', at: 2, label: 'two', before: [], after: [] });
    const j = recordEntry(recordEntry(emptyJournal(), e1), e2);
    expect(finishedJournal(j, record({ tabId: 1, action: 'undo', entryId: 'e2' }), done).cursor).toBe(1);
    expect(finishedJournal(j, record({ tabId: 1, action: 'undo', entryId: 'e1' }), done)).toBe(j);
    const undone = markUndone(j);
    expect(finishedJournal(undone, record({ tabId: 1, action: 'redo', entryId: 'e2' }), done).cursor).toBe(2);
    expect(finishedJournal(undone, record({ tabId: 1, action: 'redo', entryId: 'e1' }), done)).toBe(undone);
  });

  test('a recovery that cannot read keeps the record for the next start', async () => {
    const fake = new FakeCookieStore();
    const intents = new MemoryIntentStore();
    const intent: WriteIntent = {
      ...record({ tabId: 1, action: 'record', kind: 'delete' }),
      targets: [{ id: c('a'), want: null }],
      before: [{ id: c('a'), cookie: c('a') }],
    };
    await intents.save(intent);
    fake.failOn('getAll', 1, 'offline');
    expect(await recoverInterruptedWrites(fake.api, intents, new MemoryJournals())).toEqual([
      { id: 'w1', outcome: 'failed', error: 'offline' },
    ]);
    expect(intents.records.size).toBe(1);
    // the next start: the cookie is still there (the delete never happened), so nothing is to be done
    fake.seed(c('a'));
    expect(await recoverInterruptedWrites(fake.api, intents, new MemoryJournals())).toEqual([
      { id: 'w1', outcome: 'untouched' },
    ]);
    expect(intents.records.size).toBe(0);
  });

  test('a rollback that fails is reported as failed', async () => {
    const fake = new FakeCookieStore();
    fake.seed(c('b'));
    const intent: WriteIntent = {
      ...record({ tabId: 1, action: 'record', kind: 'write' }),
      targets: [
        { id: c('b'), want: null },
        { id: c('a'), want: null },
      ],
      before: [
        { id: c('a'), cookie: c('a') },
        { id: c('b'), cookie: null },
      ],
    };
    fake.failOn('set', 1, 'quota');
    const r = await recoverIntent(fake.api, intent, { now: () => fake.now, rollbackAttempts: 1 });
    expect(r.outcome).toBe('failed');
    expect(r.error).toMatch(/quota/);
  });

  test('an expired snapshot counts as gone: nothing to re-create', async () => {
    const fake = new FakeCookieStore();
    fake.now = NOW;
    const old = c('a', 'x', { session: false, expirationDate: NOW / 1000 - 5 });
    const intent: WriteIntent = {
      ...record({ tabId: 1, action: 'record', kind: 'write' }),
      targets: [{ id: c('b'), want: null }],
      before: [
        { id: old, cookie: old },
        { id: c('b'), cookie: null },
      ],
    };
    expect(await recoverIntent(fake.api, intent, { now: () => fake.now })).toMatchObject({ outcome: 'finished' });
    fake.seed(c('b'));
    expect(await recoverIntent(fake.api, intent, { now: () => fake.now })).toMatchObject({ outcome: 'rolled-back' });
    expect(fake.all()).toEqual([]);
  });
});

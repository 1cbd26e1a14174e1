import { describe, expect, test } from 'vitest';

import { cookieKey } from '../../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { deserializeJournal, serializeJournal } from '../../../src/core/history/codec.ts';
import {
  applyUndo,
  emptyJournal,
  makeEntry,
  markRedone,
  markUndone,
  nextRedo,
  nextUndo,
  recordEntry,
} from '../../../src/core/history/journal.ts';
import { labelForDelete, labelForWrite } from '../../../src/core/history/labels.ts';
import {
  addChange,
  type CookieChange,
  storyOf,
  type TimelineEntry,
  timelineOf,
} from '../../../src/core/history/timeline.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';

const URL_ = 'https://example.com/';

async function record(
  run: (f: FakeCookieStore) => Promise<void>,
  pending: Set<string> = new Set(),
): Promise<TimelineEntry[]> {
  const fake = new FakeCookieStore();
  let entries: TimelineEntry[] = [];
  let t = 0;
  fake.api.onChanged.addListener((c: CookieChange) => void (entries = addChange(entries, c, t++, pending)));
  await run(fake);
  return entries;
}

describe('timeline', () => {
  test('login, rotation, logout of a session cookie read as a story', async () => {
    const entries = await record(async (f) => {
      await f.api.set({ url: URL_, name: 'sessionid', value: 'a' });
      await f.api.set({ url: URL_, name: 'sessionid', value: 'b' });
      await f.api.set({ url: URL_, name: 'theme', value: 'dark' });
      await f.api.remove({ url: URL_, name: 'sessionid' });
    });
    expect(entries.map((e) => [e.kind, e.name, e.oldValue, e.newValue])).toEqual([
      ['created', 'sessionid', undefined, 'a'],
      ['changed', 'sessionid', 'a', 'b'],
      ['created', 'theme', undefined, 'dark'],
      ['removed', 'sessionid', 'b', undefined],
    ]);
    expect(storyOf(entries).map((l) => l.text)).toEqual([
      'session cookie sessionid created (login or new visit)',
      'sessionid rotated (new value)',
      'sessionid removed (logout)',
    ]);
  });

  test('expired, expired_overwrite and evicted causes', async () => {
    const entries = await record(async (f) => {
      await f.api.set({ url: URL_, name: 'a', value: '1', expirationDate: f.now / 1000 + 10 });
      await f.api.set({ url: URL_, name: 'b', value: '1' });
      await f.api.set({ url: URL_, name: 'b', value: '', expirationDate: f.now / 1000 - 1 });
      f.now += 11_000;
      await f.api.getAll({});
      for (let i = 0; i < 181; i++) await f.api.set({ url: URL_, name: `c${i}`, value: '1' });
    });
    expect(entries.filter((e) => e.name === 'a').map((e) => e.kind)).toEqual(['created', 'expired']);
    expect(entries.filter((e) => e.name === 'b').map((e) => e.kind)).toEqual(['created', 'removed']);
    expect(entries.filter((e) => e.kind === 'evicted')).toHaveLength(30);
  });

  test('byPanel comes from the pending write keys', async () => {
    const key = cookieKey({ name: 'x', domain: 'example.com', path: '/', storeId: '0' });
    const entries = await record(
      async (f) => {
        await f.api.set({ url: URL_, name: 'x', value: '1' });
        await f.api.set({ url: URL_, name: 'y', value: '1' });
      },
      new Set([key]),
    );
    expect(entries.map((e) => [e.name, e.byPanel])).toEqual([
      ['x', true],
      ['y', false],
    ]);
    expect(entries[0]?.text).toBe('x created on example.com by Cookie Lens');
  });

  test('a batch of events recorded in place (timelineOf) gives the entries of adding them one by one', async () => {
    const events: { at: number; change: CookieChange }[] = [];
    const fake = new FakeCookieStore();
    fake.api.onChanged.addListener((change: CookieChange) => void events.push({ at: events.length, change }));
    for (let i = 0; i < 300; i++) await fake.api.set({ url: URL_, name: `burst_${i % 40}`, value: String(i) });
    await fake.api.remove({ url: URL_, name: 'burst_3' });
    const oneByOne = events.reduce<TimelineEntry[]>((acc, e) => addChange(acc, e.change, e.at, new Set()), []);
    expect(timelineOf(events)).toEqual(oneByOne);
    expect(oneByOne.filter((e) => e.kind === 'changed')).toHaveLength(260); // overwrites read as one entry each
  });
});

const c = (name: string, value = 'v'): Cookie => ({
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
});

describe('journal', () => {
  test('bounded, redo tail dropped on a new change', () => {
    let j = emptyJournal(3);
    for (let i = 0; i < 5; i++)
      j = recordEntry(j, makeEntry({ at: i, label: `e${i}`, before: [], after: [c(`n${i}`)] }));
    expect(j.entries.map((e) => e.label)).toEqual(['e2', 'e3', 'e4']);
    j = markUndone(markUndone(j));
    expect(nextUndo(j)?.label).toBe('e2');
    expect(nextRedo(j)?.label).toBe('e3');
    j = recordEntry(j, makeEntry({ at: 9, label: 'new', before: [], after: [] }));
    expect(j.entries.map((e) => e.label)).toEqual(['e2', 'new']);
    expect(nextRedo(j)).toBeNull();
    expect(nextRedo(markRedone(j))).toBeNull();
  });

  test('round-trips through JSON and rejects malformed shapes', () => {
    const j = recordEntry(
      emptyJournal(),
      makeEntry({
        at: 1,
        label: 'Edit value of sid',
        before: [c('sid', 'a')],
        after: [{ ...c('sid', 'b'), session: false, expirationDate: 5 }],
      }),
    );
    expect(deserializeJournal(serializeJournal(j))).toEqual(j);
    const bad = [
      'not json',
      '[]',
      JSON.stringify({ ...j, version: 2 }),
      JSON.stringify({ ...j, cursor: 5 }),
      JSON.stringify({ ...j, entries: [{ ...j.entries[0], before: [{ ...c('x'), sameSite: 'none' }] }] }),
      JSON.stringify({ ...j, entries: [{ ...j.entries[0], after: [{ ...c('x'), session: false }] }] }),
      JSON.stringify({ ...j, entries: [{ ...j.entries[0], at: 'yesterday' }] }),
    ];
    for (const text of bad) expect(deserializeJournal(text)).toBeNull();
  });

  test('labels', () => {
    expect(labelForWrite(c('sessionid', 'a'), c('sessionid', 'b'))).toBe('Edit value of sessionid');
    expect(labelForWrite(c('a'), c('b'))).toBe('Rename a to b');
    expect(labelForWrite(undefined, c('a'))).toBe('Add a');
    expect(labelForDelete(Array.from({ length: 12 }, (_, i) => c(`n${i}`)))).toBe('Delete 12 cookies');
    expect(labelForDelete([c('sid')])).toBe('Delete sid');
  });

  test('undo refuses to overwrite a cookie changed since, unless forced', async () => {
    const fake = new FakeCookieStore();
    fake.seed(c('sid', 'mine'));
    const entry = makeEntry({
      at: 1,
      label: 'Edit value of sid',
      before: [c('sid', 'old')],
      after: [c('sid', 'mine')],
    });
    await fake.api.set({ url: URL_, name: 'sid', value: 'server', secure: true, sameSite: 'lax', path: '/' });
    const r = await applyUndo(fake.api, entry, { now: () => fake.now });
    expect(r).toMatchObject({ ok: false, conflict: true });
    expect(fake.all()[0]?.value).toBe('server');
    expect(await applyUndo(fake.api, entry, { now: () => fake.now, force: true })).toMatchObject({ ok: true });
    expect(fake.all()).toEqual([c('sid', 'old')]);
  });
});

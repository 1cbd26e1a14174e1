/** The importCookies handler over the behavioural fake: all or nothing, one undoable step, counts, refusals in words. */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { MAX_IMPORT_COOKIES } from '../../../src/core/formats/input-limits.ts';
import { fakeBackground } from '../../fakes/background.ts';
import { A, B, D, NOW, sorted } from '../../fixtures/write-cookies.ts';

const TAB = 5;
const light = { ...D, value: 'light' };
const lang = { ...D, name: 'lang', value: 'fr' };

function setup(...seed: Cookie[]) {
  const bg = fakeBackground();
  bg.fake.now = NOW;
  bg.fake.seed(...seed);
  const imp = (cookies: unknown) => bg.request('importCookies', { tabId: TAB, cookies: cookies as Cookie[] });
  return { bg, imp };
}

describe('importCookies', () => {
  test('creates and overwrites as one step, counts each, and Undo puts the store back exactly', async () => {
    const { bg, imp } = setup(A, B, D);
    const r = await imp([light, lang]);
    expect(r).toEqual({
      ok: true,
      label: 'Import 2 cookies',
      created: 1,
      overwritten: 1,
      undoable: true,
      history: { undo: 'Import 2 cookies', redo: null },
    });
    expect(bg.fake.all()).toEqual(sorted([A, B, light, lang]));
    expect(await bg.request('undo', { tabId: TAB })).toMatchObject({
      ok: true,
      history: { undo: null, redo: 'Import 2 cookies' },
    });
    expect(bg.fake.all()).toEqual(sorted([A, B, D]));
    await bg.request('redo', { tabId: TAB });
    expect(bg.fake.all()).toEqual(sorted([A, B, light, lang]));
  });

  test.each([
    ['not a list', { name: 'x' }, /not a list of cookies/],
    ['a list with a non-cookie', [light, { name: 'x', value: 1 }], /not a list of cookies/],
    ['the same cookie twice', [light, light], /appears twice/],
    [
      'too many cookies',
      Array.from({ length: MAX_IMPORT_COOKIES + 1 }, (_, i) => ({ ...D, name: `c${i}` })),
      /More than/,
    ],
  ])('refuses %s before writing anything', async (_, cookies, why) => {
    const { bg, imp } = setup(A);
    const r = await imp(cookies);
    expect(r).toMatchObject({
      ok: false,
      kind: 'invalid',
      error: expect.stringMatching(why),
      history: { undo: null, redo: null },
    });
    expect(bg.fake.calls.set + bg.fake.calls.get + bg.fake.calls.getAll).toBe(0);
    expect(bg.fake.all()).toEqual([A]);
  });

  test('an empty import succeeds without a step', async () => {
    const { imp } = setup(A);
    expect(await imp([])).toEqual({
      ok: true,
      label: 'Nothing to import',
      created: 0,
      overwritten: 0,
      undoable: false,
      history: { undo: null, redo: null },
    });
  });

  test('a failing read before the import changes nothing and says so', async () => {
    const { bg, imp } = setup(A, D);
    bg.fake.failOn('getAll', 1, 'The browser is shutting down.');
    const r = await imp([light]);
    expect(r).toMatchObject({
      ok: false,
      kind: 'failed',
      restored: true,
      error: expect.stringMatching(/Could not read the cookies before importing \(The browser is shutting down\.\)/),
    });
    expect(bg.fake.calls.set).toBe(0);
    expect(bg.fake.all()).toEqual(sorted([A, D]));
  });

  test('Chrome refusing the second cookie: the first is rolled back too, nothing journalled', async () => {
    const { bg, imp } = setup(A, D);
    bg.fake.failOn('set', 2, 'Failed to parse or set cookie named "lang".');
    const r = await imp([light, lang]);
    expect(r).toMatchObject({ ok: false, kind: 'failed', restored: true, history: { undo: null, redo: null } });
    expect(bg.fake.all()).toEqual(sorted([A, D]));
    expect(bg.journals.peek(TAB).entries).toEqual([]);
    expect(bg.intents.records.size).toBe(0);
  });
});

/** The deleteCookies handler over the behavioural fake: all or none, one undoable step, the undo state in every answer. */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { fakeBackground } from '../../fakes/background.ts';
import { A, B, C, D, E, NOW, sorted } from '../../fixtures/write-cookies.ts';

const TAB = 4;

function setup(...seed: Cookie[]) {
  const bg = fakeBackground();
  bg.fake.now = NOW;
  bg.fake.seed(...seed);
  const del = (...cookies: Cookie[]) => bg.request('deleteCookies', { tabId: TAB, cookies });
  return { bg, del };
}

describe('deleteCookies', () => {
  test("deletes exactly the cookies asked for (not the same-name ones Chrome's remove also takes); Undo and Redo", async () => {
    const { bg, del } = setup(A, B, C, D, E);
    const r = await del(A, D);
    expect(r).toMatchObject({
      ok: true,
      removed: 2,
      undoable: true,
      label: 'Delete 2 cookies',
      history: { undo: 'Delete 2 cookies', redo: null },
    });
    expect(bg.fake.all()).toEqual(sorted([B, C, E]));

    expect(await bg.request('undo', { tabId: TAB })).toMatchObject({
      ok: true,
      label: 'Undid: Delete 2 cookies',
      history: { undo: null, redo: 'Delete 2 cookies' },
    });
    expect(bg.fake.all()).toEqual(sorted([A, B, C, D, E]));
    expect(await bg.request('redo', { tabId: TAB })).toMatchObject({
      ok: true,
      history: { undo: 'Delete 2 cookies', redo: null },
    });
    expect(bg.fake.all()).toEqual(sorted([B, C, E]));
  });

  test('nothing to delete: a success that records no step', async () => {
    const { bg, del } = setup(A);
    expect(await del()).toEqual({
      ok: true,
      label: 'Nothing to delete',
      removed: 0,
      undoable: false,
      history: { undo: null, redo: null },
    });
    expect(bg.fake.calls.remove).toBe(0);
    expect(bg.journals.peek(TAB).entries).toEqual([]);
  });

  test('cookies already gone: nothing removed, no step recorded, the earlier step still next to undo', async () => {
    const { bg, del } = setup(A, D);
    await del(D);
    const r = await del(D);
    expect(r).toMatchObject({ ok: true, removed: 0, undoable: false, history: { undo: 'Delete theme', redo: null } });
    expect(bg.journals.peek(TAB).entries).toHaveLength(1);
  });

  test('Chrome failing the second remove: every cookie put back, nothing journalled, the failure in words', async () => {
    const { bg, del } = setup(A, B, D);
    bg.fake.failOn('remove', 2, 'No host permissions for cookies at url: "https://app.example.com/".');
    const r = await del(A, D);
    expect(r).toMatchObject({ ok: false, kind: 'failed', restored: true, history: { undo: null, redo: null } });
    if (!r.ok) expect(r.error).toMatch(/No host permissions/);
    expect(bg.fake.all()).toEqual(sorted([A, B, D]));
    expect(bg.journals.peek(TAB).entries).toEqual([]);
    expect(bg.intents.records.size).toBe(0);
    expect(await bg.request('undo', { tabId: TAB })).toMatchObject({
      ok: false,
      kind: 'empty',
      error: 'Nothing to undo.',
    });
  });

  test('Chrome answering a remove without removing: a failure, and the store as it was', async () => {
    const { bg, del } = setup(A, D);
    bg.fake.ignoreOn('remove');
    const r = await del(D);
    expect(r).toMatchObject({ ok: false, kind: 'failed' });
    expect(bg.fake.all()).toEqual(sorted([A, D]));
  });
});

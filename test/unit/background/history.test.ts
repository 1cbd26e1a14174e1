/** The undo, redo and historyState handlers over the behavioural fake. */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { draftFromCookie } from '../../../src/core/write/draft.ts';
import { fakeBackground } from '../../fakes/background.ts';
import { A, D, NOW, PAGE, sorted } from '../../fixtures/write-cookies.ts';

const TAB = 6;

async function setup(...seed: Cookie[]) {
  const bg = fakeBackground();
  bg.fake.now = NOW;
  bg.fake.seed(...seed);
  const write = await bg.request('writeCookie', {
    tabId: TAB,
    pageUrl: PAGE,
    original: A,
    draft: { ...draftFromCookie(A), value: 'new' },
  });
  if (!write.ok) throw new Error(write.error);
  return { bg, label: write.label, edited: bg.fake.all().find((c) => c.name === 'sid') as Cookie };
}

describe('undo and redo', () => {
  test('with nothing to undo or redo: refused as empty, the state unchanged', async () => {
    const bg = fakeBackground();
    expect(await bg.request('undo', { tabId: TAB })).toEqual({
      ok: false,
      kind: 'empty',
      error: 'Nothing to undo.',
      history: { undo: null, redo: null },
    });
    expect(await bg.request('redo', { tabId: TAB })).toEqual({
      ok: false,
      kind: 'empty',
      error: 'Nothing to redo.',
      history: { undo: null, redo: null },
    });
    expect(bg.fake.calls).toEqual({ get: 0, getAll: 0, set: 0, remove: 0 });
  });

  test('each tab has its own history', async () => {
    const { bg, label } = await setup(A, D);
    expect(await bg.request('historyState', { tabId: TAB })).toEqual({ ok: true, value: { undo: label, redo: null } });
    expect(await bg.request('historyState', { tabId: TAB + 1 })).toEqual({
      ok: true,
      value: { undo: null, redo: null },
    });
    expect(await bg.request('undo', { tabId: TAB + 1 })).toMatchObject({ ok: false, kind: 'empty' });
  });

  test('a cookie the site changed since is a conflict: nothing replayed until forced', async () => {
    const { bg, label } = await setup(A, D);
    await bg.fake.api.set({
      url: PAGE,
      name: 'sid',
      value: 'site-set',
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    });
    const r = await bg.request('undo', { tabId: TAB });
    expect(r).toMatchObject({ ok: false, kind: 'conflict', history: { undo: label, redo: null } });
    if (!r.ok) expect(r.error).toMatch(/"sid" .* changed since \(value\)/);
    expect(bg.fake.all().find((c) => c.name === 'sid')?.value).toBe('site-set');
    expect(await bg.request('undo', { tabId: TAB, force: true })).toMatchObject({
      ok: true,
      label: `Undid: ${label}`,
      history: { undo: null, redo: label },
    });
    expect(bg.fake.all()).toEqual(sorted([A, D]));
  });

  test('Chrome failing the undo: the store and the history stay as they were, and Undo can be tried again', async () => {
    const { bg, label, edited } = await setup(A, D);
    bg.fake.failOn('set', 1, 'Failed to parse or set cookie named "sid".');
    const r = await bg.request('undo', { tabId: TAB });
    expect(r).toMatchObject({ ok: false, kind: 'failed', restored: true, history: { undo: label, redo: null } });
    expect(bg.fake.all()).toEqual(sorted([edited, D]));
    expect(await bg.request('undo', { tabId: TAB })).toMatchObject({ ok: true, history: { undo: null, redo: label } });
    expect(bg.fake.all()).toEqual(sorted([A, D]));
  });

  test('Chrome failing the redo: the step stays next to redo', async () => {
    const { bg, label } = await setup(A, D);
    await bg.request('undo', { tabId: TAB });
    bg.fake.failOn('set', 1);
    expect(await bg.request('redo', { tabId: TAB })).toMatchObject({
      ok: false,
      kind: 'failed',
      history: { undo: null, redo: label },
    });
    expect(bg.fake.all()).toEqual(sorted([A, D]));
  });

  test('a new write after an undo drops the redo step', async () => {
    const { bg } = await setup(A, D);
    await bg.request('undo', { tabId: TAB });
    const r = await bg.request('deleteCookies', { tabId: TAB, cookies: [D] });
    expect(r).toMatchObject({ ok: true, history: { undo: 'Delete theme', redo: null } });
  });

  test('a journal that cannot be read is reported in words', async () => {
    const bg = fakeBackground();
    bg.ctx.journals.load = () => Promise.reject(new Error('storage.session is not available'));
    expect(await bg.request('historyState', { tabId: TAB })).toEqual({
      ok: false,
      error: 'Could not read the undo history (storage.session is not available).',
    });
  });
});

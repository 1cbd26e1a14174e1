/** The writeCookie handler over the behavioural fake: what the store holds, what the panel is told, what Undo does. */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { draftFromCookie } from '../../../src/core/write/draft.ts';
import { fakeBackground } from '../../fakes/background.ts';
import { A, B, D, NOW, PAGE } from '../../fixtures/write-cookies.ts';

const TAB = 3;
const view = (cs: Cookie[]) => cs.map((c) => `${c.name}=${c.value}@${c.domain}${c.path}`).sort();

function setup(...seed: Cookie[]) {
  const bg = fakeBackground();
  bg.fake.now = NOW;
  bg.fake.seed(...seed);
  const edit = (original: Cookie, patch: Partial<ReturnType<typeof draftFromCookie>>, force?: boolean) =>
    bg.request('writeCookie', {
      tabId: TAB,
      pageUrl: PAGE,
      original,
      draft: { ...draftFromCookie(original), ...patch },
      ...(force ? { force } : {}),
    });
  const add = (c: Cookie) => bg.request('writeCookie', { tabId: TAB, pageUrl: PAGE, draft: draftFromCookie(c) });
  return { bg, edit, add };
}

describe('writeCookie', () => {
  test('adds a cookie: stored as asked, one undoable step, the answer carries the new undo state', async () => {
    const { bg, add } = setup(A);
    const r = await add(D);
    expect(r).toMatchObject({
      ok: true,
      label: 'Add theme',
      undoable: true,
      cookie: { name: 'theme', value: 'dark', domain: 'app.example.com' },
      history: { undo: 'Add theme', redo: null },
    });
    expect(view(bg.fake.all())).toEqual(['sid=old@app.example.com/', 'theme=dark@app.example.com/']);
    expect(bg.journals.peek(TAB).entries).toHaveLength(1);
    expect(bg.intents.records.size).toBe(0);
  });

  test('edits in place, then Undo puts the old value back and Redo the new one, each answer saying what comes next', async () => {
    const { bg, edit } = setup(A, D);
    const r = await edit(A, { value: 'new' });
    expect(r).toMatchObject({ ok: true, undoable: true, history: { undo: r.ok ? r.label : '', redo: null } });
    expect(view(bg.fake.all())).toEqual(['sid=new@app.example.com/', 'theme=dark@app.example.com/']);

    const undone = await bg.request('undo', { tabId: TAB });
    expect(undone).toMatchObject({ ok: true, undoable: false, history: { undo: null, redo: r.ok ? r.label : '' } });
    expect(bg.fake.all().find((c) => c.name === 'sid')).toEqual(A);

    const redone = await bg.request('redo', { tabId: TAB });
    expect(redone).toMatchObject({ ok: true, history: { undo: r.ok ? r.label : '', redo: null } });
    expect(view(bg.fake.all())).toEqual(['sid=new@app.example.com/', 'theme=dark@app.example.com/']);
  });

  test("renaming keeps the same-name parent-domain cookie Chrome's remove takes with it; Undo restores both exactly", async () => {
    const { bg, edit } = setup(A, B);
    const r = await edit(A, { name: 'session' });
    expect(r.ok).toBe(true);
    expect(view(bg.fake.all())).toEqual(['session=old@app.example.com/', 'sid=parent@.example.com/']);
    expect((await bg.request('undo', { tabId: TAB })).ok).toBe(true);
    expect(view(bg.fake.all())).toEqual(view([A, B]));
    expect(bg.fake.all().find((c) => c.domain === '.example.com')).toEqual(B);
  });

  test('an invalid draft is refused in words before anything is written; the undo state is unchanged', async () => {
    const { bg, edit, add } = setup(A);
    await add(D);
    const r = await edit(A, { name: 'bad;name' });
    expect(r).toMatchObject({ ok: false, kind: 'invalid', history: { undo: 'Add theme', redo: null } });
    if (r.ok || r.kind !== 'invalid') throw new Error('expected invalid');
    expect(r.error).toMatch(/name/i);
    expect(r.errors?.length).toBeGreaterThan(0);
    expect(bg.fake.calls.set).toBe(1);
    expect(bg.fake.all().find((c) => c.name === 'sid')).toEqual(A);
  });

  test('a cookie the site changed meanwhile is not overwritten unless forced', async () => {
    const { bg, edit } = setup(A);
    await bg.fake.api.set({
      url: PAGE,
      name: 'sid',
      value: 'site-set',
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      path: '/',
    });
    const r = await edit(A, { value: 'mine' });
    expect(r).toMatchObject({
      ok: false,
      kind: 'conflict',
      current: { value: 'site-set' },
      history: { undo: null, redo: null },
    });
    expect(bg.fake.all()[0]?.value).toBe('site-set');
    const forced = await edit(A, { value: 'mine' }, true);
    expect(forced).toMatchObject({ ok: true, history: { undo: forced.ok ? forced.label : '' } });
    expect(bg.fake.all()[0]?.value).toBe('mine');
  });

  test('a cookie the site removed meanwhile is a conflict with nothing current', async () => {
    const { bg, edit } = setup(A);
    await bg.fake.api.remove({ url: PAGE, name: 'sid' });
    expect(await edit(A, { value: 'mine' })).toMatchObject({ ok: false, kind: 'conflict', current: null });
    expect(bg.fake.all()).toEqual([]);
  });

  test('Chrome refusing the write: explained, the store put back, nothing journalled, the undo state as before', async () => {
    const { bg, edit, add } = setup(A, B);
    await add(D);
    bg.fake.failOn('set', 1, 'Failed to parse or set cookie named "session".');
    const r = await edit(A, { name: 'session' });
    expect(r).toMatchObject({ ok: false, kind: 'failed', restored: true, history: { undo: 'Add theme', redo: null } });
    if (!r.ok) expect(r.error).toMatch(/Chrome/);
    expect(view(bg.fake.all())).toEqual(view([A, B, D]));
    expect(bg.journals.peek(TAB).entries).toHaveLength(1);
    expect(bg.intents.records.size).toBe(0);
    // The earlier step is still the one Undo reverts.
    expect(await bg.request('undo', { tabId: TAB })).toMatchObject({
      ok: true,
      label: 'Undid: Add theme',
      history: { undo: null, redo: 'Add theme' },
    });
    expect(view(bg.fake.all())).toEqual(view([A, B]));
  });

  test('Chrome answering a set without storing anything (a silent refusal) is a failure, not a success', async () => {
    const { bg, edit } = setup(A);
    bg.fake.ignoreOn('set');
    const r = await edit(A, { value: 'mine' });
    expect(r).toMatchObject({ ok: false, kind: 'failed', history: { undo: null, redo: null } });
    expect(bg.fake.all()).toEqual([A]);
  });

  test('Firefox is named in a refusal the browser explains', async () => {
    const bg = fakeBackground({ browser: 'Firefox' });
    bg.fake.now = NOW;
    bg.fake.failOn('set', 1, 'Permission denied to set cookie');
    const r = await bg.request('writeCookie', { tabId: TAB, pageUrl: PAGE, draft: draftFromCookie(D) });
    expect(r).toMatchObject({ ok: false, kind: 'failed', error: expect.stringMatching(/Firefox/) });
    expect(r).not.toMatchObject({ error: expect.stringMatching(/Chrome/) });
  });

  test('an expiry in the past deletes the cookie, as one undoable step', async () => {
    const { bg, edit } = setup(A, D);
    const r = await edit(D, { expiry: { kind: 'date', epochSeconds: NOW / 1000 - 60 } });
    expect(r).toMatchObject({
      ok: true,
      cookie: null,
      label: 'Delete theme (expiry in the past)',
      history: { undo: 'Delete theme (expiry in the past)' },
    });
    expect(bg.fake.all()).toEqual([A]);
    await bg.request('undo', { tabId: TAB });
    expect(view(bg.fake.all())).toEqual(view([A, D]));
  });

  test('two quick edits of one tab are journalled in order, neither lost', async () => {
    const { bg, edit } = setup(A, D);
    const [first, second] = await Promise.all([edit(A, { value: 'one' }), edit(D, { value: 'light' })]);
    expect(first.ok && second.ok).toBe(true);
    expect(second.history.undo).toBe(second.ok ? second.label : '');
    expect(bg.journals.peek(TAB).entries.map((e) => e.label)).toEqual([
      first.ok ? first.label : '',
      second.ok ? second.label : '',
    ]);
    await bg.request('undo', { tabId: TAB });
    const last = await bg.request('undo', { tabId: TAB });
    expect(last.history).toEqual({ undo: null, redo: first.ok ? first.label : '' });
    expect(view(bg.fake.all())).toEqual(view([A, D]));
  });
});

/**
 * The edit store over the background and the behavioural fake: every write's answer carries the undo/redo state, so
 * the panel sends one request per write; only an answer that never came makes it read the state.
 */
import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';

import { cookieKey } from '../../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { createEditStore } from '../../../src/panel/store/edits.ts';
import type { RequestFailure, RequestKind } from '../../../src/shared/protocol.ts';
import { fakeBackground } from '../../fakes/background.ts';
import { A, D, NOW, PAGE } from '../../fixtures/write-cookies.ts';

function setup(options: { unanswered?: RequestKind } = {}) {
  const bg = fakeBackground();
  bg.fake.now = NOW;
  bg.fake.seed(A, D);
  const sent: RequestKind[] = [];
  const edits = createEditStore({
    tabId: 2,
    pageUrl: signal(new URL(PAGE)),
    storeId: signal('0'),
    cookies: signal(new Map<string, Cookie>(bg.fake.all().map((c) => [cookieKey(c), c]))),
    now: () => NOW,
    request: async (kind, payload) => {
      sent.push(kind);
      const answer = await bg.request(kind, payload);
      // The worker stopped after the write and before its answer reached the panel.
      if (kind === options.unanswered)
        return {
          ok: false,
          kind: 'unreachable',
          error: 'The service worker stopped before it answered.',
        } satisfies RequestFailure;
      return answer;
    },
  });
  return { bg, edits, sent };
}

describe('the undo/redo state follows every write without a second request', () => {
  test('a saved edit, an inline edit, a delete, then Undo and Redo: one request each, the state from each answer', async () => {
    const { bg, edits, sent } = setup();
    edits.openEdit(A);
    edits.updateDraft({ value: 'edited' });
    expect(await edits.save()).toBe(true);
    expect(edits.history.value).toEqual({ undo: 'Edit value of sid', redo: null });
    expect(edits.status.value).toMatchObject({ kind: 'ok', undoable: true });

    await edits.commitInline(D, 'light');
    expect(edits.history.value.undo).toMatch(/theme/);

    await edits.remove([bg.fake.all().find((c) => c.name === 'theme') as Cookie], 'theme');
    expect(edits.history.value).toEqual({ undo: 'Delete theme', redo: null });
    expect(bg.fake.all().map((c) => c.name)).toEqual(['sid']);

    await edits.undo();
    expect(edits.history.value).toEqual({ undo: expect.stringMatching(/theme/), redo: 'Delete theme' });
    expect(edits.status.value).toEqual({ kind: 'ok', text: 'Undid: Delete theme.' });
    await edits.redo();
    expect(edits.history.value).toEqual({ undo: 'Delete theme', redo: null });

    expect(sent).toEqual(['writeCookie', 'writeCookie', 'deleteCookies', 'undo', 'redo']);
  });

  test('a refused save keeps the editor open with the reason, and the state as the background has it', async () => {
    const { bg, edits, sent } = setup();
    bg.fake.failOn('set', 1, 'Failed to parse or set cookie named "sid".');
    edits.openEdit(A);
    edits.updateDraft({ value: 'edited' });
    expect(await edits.save()).toBe(false);
    expect(edits.editor.value?.saveError).toMatch(/sid/);
    expect(edits.history.value).toEqual({ undo: null, redo: null });
    expect(sent).toEqual(['writeCookie']);
  });

  test('nothing to undo: the reason in the status line, no other request', async () => {
    const { edits, sent } = setup();
    await edits.undo();
    expect(edits.status.value).toEqual({ kind: 'error', text: 'Nothing to undo.' });
    expect(sent).toEqual(['undo']);
  });

  test('a write whose answer never came: the panel reads the state the background has', async () => {
    const { edits, sent } = setup({ unanswered: 'deleteCookies' });
    await edits.remove([D], 'theme');
    expect(edits.status.value).toEqual({ kind: 'error', text: 'The service worker stopped before it answered.' });
    await new Promise((r) => setTimeout(r, 0));
    expect(sent).toEqual(['deleteCookies', 'historyState']);
    expect(edits.history.value).toEqual({ undo: 'Delete theme', redo: null });
  });

  test('the state on opening comes from historyState', async () => {
    const { bg, edits } = setup();
    await bg.request('deleteCookies', { tabId: 2, cookies: [D] });
    await edits.refreshHistory();
    expect(edits.history.value).toEqual({ undo: 'Delete theme', redo: null });
  });
});

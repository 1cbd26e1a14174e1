import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { createEditStore, type EditDeps } from '../../../src/panel/store/edits.ts';
import { cookie } from '../../fixtures/cookies.ts';

/** The edit store with a scripted background: records every request, answers importCookies as told. */
function setup(answer: unknown) {
  const sent: { kind: string; payload: unknown }[] = [];
  const request = (async (kind: string, payload: unknown) => {
    sent.push({ kind, payload });
    if (kind === 'historyState') return { undo: 'Import 2 cookies', redo: null };
    return answer;
  }) as EditDeps['request'];
  const edits = createEditStore({ tabId: 7, pageUrl: signal(new URL('http://localhost/')), storeId: signal('0'), cookies: signal(new Map<string, Cookie>()), request });
  return { edits, sent };
}

describe('importing from the panel', () => {
  const cookies = [cookie({ name: 'a', domain: 'localhost' }), cookie({ name: 'b', domain: 'localhost' })];

  test('sends one request for the tab, then says what happened with Undo', async () => {
    const { edits, sent } = setup({ ok: true, created: 1, overwritten: 1, label: 'Import 2 cookies' });
    expect(await edits.importCookies(cookies)).toBeNull();
    expect(sent[0]).toEqual({ kind: 'importCookies', payload: { tabId: 7, cookies } });
    expect(edits.status.value).toEqual({ kind: 'ok', text: 'Import 2 cookies (1 created, 1 overwritten).', undoable: true });
    await Promise.resolve();
    expect(sent.map((s) => s.kind)).toContain('historyState');
  });

  test('a failure is reported in words and nothing is offered to undo', async () => {
    const { edits } = setup({ ok: false, error: 'Chrome did not save "a". Every cookie was put back as it was.', restored: true });
    expect(await edits.importCookies(cookies)).toMatch(/Chrome did not save/);
    expect(edits.status.value).toEqual({ kind: 'error', text: 'Nothing was imported: Chrome did not save "a". Every cookie was put back as it was.' });
  });
});

import { signal } from '@preact/signals';
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { createEditStore } from '../../../src/panel/store/edits.ts';
import type { RequestKind } from '../../../src/shared/protocol.ts';
import { fakeBackground } from '../../fakes/background.ts';
import { cookie } from '../../fixtures/cookies.ts';

/** The edit store talking to the background over the behavioural fake; every request it sends is recorded. */
function setup() {
  const bg = fakeBackground();
  const sent: { kind: RequestKind; payload: unknown }[] = [];
  const edits = createEditStore({
    tabId: 7,
    pageUrl: signal(new URL('http://localhost/')),
    storeId: signal('0'),
    cookies: signal(new Map<string, Cookie>()),
    request: (kind, payload) => {
      sent.push({ kind, payload });
      return bg.request(kind, payload);
    },
  });
  return { bg, edits, sent };
}

describe('importing from the panel', () => {
  const cookies = [cookie({ name: 'a', domain: 'localhost' }), cookie({ name: 'b', domain: 'localhost' })];

  test('sends one request for the tab, then says what happened with Undo, the undo state taken from the answer', async () => {
    const { bg, edits, sent } = setup();
    bg.fake.seed(cookie({ name: 'b', value: 'old', domain: 'localhost' }));
    expect(await edits.importCookies(cookies)).toBeNull();
    expect(sent).toEqual([{ kind: 'importCookies', payload: { tabId: 7, cookies } }]);
    expect(edits.status.value).toEqual({
      kind: 'ok',
      text: 'Import 2 cookies (1 created, 1 overwritten).',
      undoable: true,
    });
    expect(edits.history.value).toEqual({ undo: 'Import 2 cookies', redo: null });
    expect(bg.fake.all().map((c) => `${c.name}=${c.value}`)).toEqual(['a=v', 'b=v']);
  });

  test('a failure is reported in words and nothing is offered to undo', async () => {
    const { bg, edits, sent } = setup();
    bg.fake.failOn('set', 2, 'Failed to parse or set cookie named "b".');
    expect(await edits.importCookies(cookies)).toMatch(/Failed to parse or set cookie named "b"/);
    expect(edits.status.value).toMatchObject({ kind: 'error', text: expect.stringMatching(/^Nothing was imported: /) });
    expect(edits.history.value).toEqual({ undo: null, redo: null });
    expect(bg.fake.all()).toEqual([]);
    expect(sent.map((s) => s.kind)).toEqual(['importCookies']);
  });
});

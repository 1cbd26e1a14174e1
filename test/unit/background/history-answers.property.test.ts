/**
 * Property: whatever the sequence of writes, deletes, imports, undos and redos (some of them refused by Chrome), every
 * answer's undo/redo state is the state the background then reports (`historyState`), the journal's own next steps,
 * and Undo back to the start puts the store back exactly as it began.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { nextRedo, nextUndo } from '../../../src/core/history/journal.ts';
import { draftFromCookie } from '../../../src/core/write/draft.ts';
import { type FakeBackground, fakeBackground } from '../../fakes/background.ts';
import { A, B, D, NOW, PAGE } from '../../fixtures/write-cookies.ts';

const TAB = 11;
type Command =
  | { kind: 'edit'; pick: number; value: string; refuse: boolean }
  | { kind: 'delete'; pick: number; refuse: boolean }
  | { kind: 'import'; value: string; refuse: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' };

const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('edit' as const),
    pick: fc.nat(9),
    value: fc.constantFrom('x', 'y', 'z'),
    refuse: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('delete' as const), pick: fc.nat(9), refuse: fc.boolean() }),
  fc.record({ kind: fc.constant('import' as const), value: fc.constantFrom('p', 'q'), refuse: fc.boolean() }),
  fc.constantFrom<Command>({ kind: 'undo' }, { kind: 'redo' }),
);

function run(bg: FakeBackground, c: Command) {
  const cookies = bg.fake.all();
  const some = (pick: number): Cookie | undefined => cookies[pick % Math.max(cookies.length, 1)];
  if (c.kind === 'undo' || c.kind === 'redo') return bg.request(c.kind, { tabId: TAB, force: true });
  if (c.refuse) bg.fake.failOn(c.kind === 'delete' ? 'remove' : 'set', 1, 'Injected refusal');
  if (c.kind === 'edit') {
    const original = some(c.pick);
    if (!original)
      return bg.request('writeCookie', { tabId: TAB, pageUrl: PAGE, draft: { ...draftFromCookie(D), value: c.value } });
    return bg.request('writeCookie', {
      tabId: TAB,
      pageUrl: PAGE,
      original,
      draft: { ...draftFromCookie(original), value: c.value },
    });
  }
  if (c.kind === 'delete') {
    const target = some(c.pick);
    return bg.request('deleteCookies', { tabId: TAB, cookies: target ? [target] : [] });
  }
  return bg.request('importCookies', { tabId: TAB, cookies: [{ ...D, name: 'lang', value: c.value }] });
}

test('every answer carries the undo/redo state the background then has', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(commandArb, { maxLength: 12 }), async (commands) => {
      const bg = fakeBackground();
      bg.fake.now = NOW;
      bg.fake.seed(A, B, D);
      const start = bg.fake.all();
      for (const c of commands) {
        const answer = await run(bg, c);
        bg.fake.clearFaults();
        const state = await bg.request('historyState', { tabId: TAB });
        const journal = bg.journals.peek(TAB);
        expect(state).toEqual({ ok: true, value: answer.history });
        expect(answer.history).toEqual({
          undo: nextUndo(journal)?.label ?? null,
          redo: nextRedo(journal)?.label ?? null,
        });
        if (answer.ok)
          expect(answer.undoable).toBe(c.kind !== 'undo' && c.kind !== 'redo' && answer.history.undo === answer.label);
        expect(bg.intents.records.size).toBe(0);
      }
      for (
        let r = await bg.request('undo', { tabId: TAB, force: true });
        r.ok;
        r = await bg.request('undo', { tabId: TAB, force: true })
      );
      expect(bg.fake.all()).toEqual(start);
    }),
    { numRuns: 60 },
  );
});

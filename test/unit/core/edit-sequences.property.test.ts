/**
 * Property: any sequence of edits, renames, moves, deletes, undo and redo leaves the fake store equal to a simple
 * model after every step, and undoing everything restores the starting store exactly. The cookie universe shares
 * names across hosts, domains and paths, so Chrome's "remove takes every same-name cookie" is exercised constantly.
 */
import fc from 'fast-check';
import { expect, test } from 'vitest';

import { cookieKey } from '../../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import {
  applyRedo,
  applyUndo,
  emptyJournal,
  type Journal,
  makeEntry,
  markRedone,
  markUndone,
  nextRedo,
  nextUndo,
  recordEntry,
} from '../../../src/core/history/journal.ts';
import { deleteCookies, writeCookie } from '../../../src/core/write/safe-write.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const NAMES = ['sid', 'pref'];
const SCOPES = [
  { domain: 'app.example.com', hostOnly: true },
  { domain: '.example.com', hostOnly: false },
  { domain: 'example.com', hostOnly: true },
];
const PATHS = ['/', '/app'];

const cookieArb: fc.Arbitrary<Cookie> = fc
  .record({
    name: fc.constantFrom(...NAMES),
    scope: fc.constantFrom(...SCOPES),
    path: fc.constantFrom(...PATHS),
    value: fc.constantFrom('v1', 'v2', 'v3'),
    secure: fc.boolean(),
    expiry: fc.option(fc.integer({ min: 60, max: 86_400 * 30 }), { nil: undefined }),
  })
  .map(({ name, scope, path, value, secure, expiry }) => ({
    name,
    value,
    ...scope,
    path,
    secure,
    httpOnly: false,
    sameSite: 'lax',
    storeId: '0',
    ...(expiry === undefined ? { session: true } : { session: false, expirationDate: NOW / 1000 + expiry }),
  }));

type Command =
  | { kind: 'edit'; pick: number; value: string }
  | { kind: 'rename'; pick: number; name: string }
  | { kind: 'move'; pick: number; path: string }
  | { kind: 'delete'; picks: number[] }
  | { kind: 'undo' }
  | { kind: 'redo' };

const pick = fc.nat(20);
const commandArb: fc.Arbitrary<Command> = fc.oneof(
  fc.record({ kind: fc.constant('edit' as const), pick, value: fc.constantFrom('n1', 'n2', 'v1') }),
  fc.record({ kind: fc.constant('rename' as const), pick, name: fc.constantFrom(...NAMES, 'other') }),
  fc.record({ kind: fc.constant('move' as const), pick, path: fc.constantFrom(...PATHS, '/app/deep') }),
  fc.record({ kind: fc.constant('delete' as const), picks: fc.array(pick, { minLength: 1, maxLength: 3 }) }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

type Model = Map<string, Cookie>;
const sorted = (m: Model) => [...m.values()].sort((a, b) => (cookieKey(a) < cookieKey(b) ? -1 : 1));

test('random edit sequences keep store == model, and undoing everything restores the start', async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.uniqueArray(cookieArb, { selector: cookieKey, maxLength: 6 }),
      fc.array(commandArb, { maxLength: 12 }),
      async (seed, commands) => {
        const fake = new FakeCookieStore();
        fake.now = NOW;
        fake.seed(...seed);
        const start = fake.all();
        const opts = { now: () => fake.now };
        let journal: Journal = emptyJournal();
        let history: Model[] = [new Map(seed.map((c) => [cookieKey(c), c]))];
        let cursor = 0;
        const model = () => history[cursor]!;
        const commit = (next: Model) => {
          history = [...history.slice(0, cursor + 1), next];
          cursor++;
        };

        for (const cmd of commands) {
          const current = sorted(model());
          if (cmd.kind === 'undo' || cmd.kind === 'redo') {
            const entry = cmd.kind === 'undo' ? nextUndo(journal) : nextRedo(journal);
            if (!entry) continue;
            const r = await (cmd.kind === 'undo' ? applyUndo : applyRedo)(fake.api, entry, opts);
            expect(r.ok).toBe(true);
            journal = cmd.kind === 'undo' ? markUndone(journal) : markRedone(journal);
            cursor += cmd.kind === 'undo' ? -1 : 1;
          } else if (cmd.kind === 'delete') {
            const victims = [
              ...new Map(
                cmd.picks
                  .map((p) => current[p % Math.max(1, current.length)])
                  .filter((c): c is Cookie => !!c)
                  .map((c) => [cookieKey(c), c]),
              ).values(),
            ];
            if (victims.length === 0) continue;
            const r = await deleteCookies(fake.api, victims, opts);
            if (!r.ok) throw new Error(r.error);
            journal = recordEntry(journal, makeEntry({ at: fake.now, label: 'Delete', before: r.removed, after: [] }));
            const next = new Map(model());
            for (const v of victims) next.delete(cookieKey(v));
            commit(next);
          } else {
            const original = current[cmd.pick % Math.max(1, current.length)];
            if (!original) continue;
            const changed: Cookie =
              cmd.kind === 'edit'
                ? { ...original, value: cmd.value }
                : cmd.kind === 'rename'
                  ? { ...original, name: cmd.name }
                  : { ...original, path: cmd.path };
            const r = await writeCookie(fake.api, { original, next: changed }, opts);
            if (!r.ok) throw new Error(r.error);
            journal = recordEntry(
              journal,
              makeEntry({ at: fake.now, label: 'Edit', before: r.before, after: r.after }),
            );
            const next = new Map(model());
            next.delete(cookieKey(original));
            next.set(cookieKey(changed), changed);
            commit(next);
          }
          expect(fake.all()).toEqual(sorted(model()));
        }

        for (let entry = nextUndo(journal); entry; entry = nextUndo(journal)) {
          const r = await applyUndo(fake.api, entry, opts);
          expect(r.ok).toBe(true);
          journal = markUndone(journal);
        }
        expect(fake.all()).toEqual(start);
      },
    ),
    { numRuns: 300 },
  );
});

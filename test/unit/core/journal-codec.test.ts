/**
 * What comes back from storage.session is untrusted (another version of the extension may have written it): the
 * journal and the write-ahead records are read back whole or not at all, one malformed field at a time.
 */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import {
  deserializeIntent,
  deserializeJournal,
  isCookie,
  serializeIntent,
  serializeJournal,
} from '../../../src/core/history/codec.ts';
import type { WriteIntent } from '../../../src/core/history/intent.ts';
import { emptyJournal, makeEntry, newEntryId, recordEntry } from '../../../src/core/history/journal.ts';

const c: Cookie = {
  name: 'sid',
  value: 'v',
  domain: 'example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: false,
  sameSite: 'lax',
  session: true,
  storeId: '0',
};
const persistent: Cookie = { ...c, session: false, expirationDate: 1_800_000_000 };
const chip: Cookie = { ...c, partitionKey: { topLevelSite: 'https://site.test', hasCrossSiteAncestor: false } };

describe('cookies in storage', () => {
  test.each([
    ['a session cookie', c],
    ['a persistent cookie', persistent],
    ['a partitioned cookie', chip],
    ['a partition key without its flag', { ...c, partitionKey: { topLevelSite: 'https://site.test' } }],
    ['an empty partition key', { ...c, partitionKey: {} }],
  ])('%s is read back', (_, cookie) => expect(isCookie(JSON.parse(JSON.stringify(cookie)))).toBe(true));

  test.each([
    ['not an object', 'sid'],
    ['null', null],
    ['an array', [c]],
    ...(['name', 'value', 'domain', 'path', 'storeId'] as const).map(
      (k) => [`${k} not a string`, { ...c, [k]: 1 }] as const,
    ),
    ...(['hostOnly', 'secure', 'httpOnly', 'session'] as const).map(
      (k) => [`${k} not a boolean`, { ...c, [k]: 'true' }] as const,
    ),
    ['sameSite unknown', { ...c, sameSite: 'none' }],
    ['sameSite not a string', { ...c, sameSite: 1 }],
    ['expiry not a number', { ...persistent, expirationDate: '1800000000' }],
    ['expiry not finite', { ...persistent, expirationDate: null }],
    ['persistent without an expiry', { ...c, session: false }],
    ['partition key not an object', { ...c, partitionKey: 'https://site.test' }],
    ['partition site not a string', { ...c, partitionKey: { topLevelSite: 1 } }],
    [
      'cross-site flag not a boolean',
      { ...c, partitionKey: { topLevelSite: 'https://site.test', hasCrossSiteAncestor: 'no' } },
    ],
  ] as [string, unknown][])('%s is refused', (_, x) => expect(isCookie(x)).toBe(false));

  test('a non-finite expiry is refused', () =>
    expect(isCookie({ ...persistent, expirationDate: Number.POSITIVE_INFINITY })).toBe(false));
});

describe('the journal', () => {
  const j = recordEntry(
    recordEntry(emptyJournal(3), makeEntry({ at: 1, label: 'Add sid', before: [], after: [c] })),
    makeEntry({ at: 2, label: 'Edit', before: [c], after: [persistent] }),
  );
  const text = serializeJournal(j);
  const entry = j.entries[0]!;

  test('round-trips', () => expect(deserializeJournal(text)).toEqual(j));
  test('a journal at its limit, and one with everything undone, are read', () => {
    expect(deserializeJournal(serializeJournal({ ...j, limit: 2 }))).toEqual({ ...j, limit: 2 });
    expect(deserializeJournal(serializeJournal({ ...j, cursor: 0 }))).toEqual({ ...j, cursor: 0 });
    expect(deserializeJournal(serializeJournal({ ...emptyJournal(1) }))).toEqual(emptyJournal(1));
  });

  test.each([
    ['not JSON', '{'],
    ['an array', '[]'],
    ['another version', JSON.stringify({ ...j, version: 2 })],
    ['a zero limit', JSON.stringify({ ...j, limit: 0 })],
    ['a fractional limit', JSON.stringify({ ...j, limit: 2.5 })],
    ['a limit as text', JSON.stringify({ ...j, limit: '3' })],
    ['more entries than the limit', JSON.stringify({ ...j, limit: 1 })],
    ['entries not a list', JSON.stringify({ ...j, entries: {} })],
    ['a cursor past the end', JSON.stringify({ ...j, cursor: 3 })],
    ['a negative cursor', JSON.stringify({ ...j, cursor: -1 })],
    ['a cursor as text', JSON.stringify({ ...j, cursor: '1' })],
    ['an entry that is not an object', JSON.stringify({ ...j, entries: [entry, 'x'] })],
    ['an entry without an id', JSON.stringify({ ...j, entries: [{ ...entry, id: 1 }, entry] })],
    ['an entry time as text', JSON.stringify({ ...j, entries: [entry, { ...entry, at: '2' }] })],
    ['an entry time not finite', JSON.stringify({ ...j, entries: [entry, { ...entry, at: null }] })],
    ['an entry label not text', JSON.stringify({ ...j, entries: [entry, { ...entry, label: 5 }] })],
    ['before not a list', JSON.stringify({ ...j, entries: [entry, { ...entry, before: c }] })],
    ['after not a list', JSON.stringify({ ...j, entries: [entry, { ...entry, after: c }] })],
    [
      'one bad cookie among good ones in before',
      JSON.stringify({ ...j, entries: [{ ...entry, before: [c, { ...c, secure: 1 }] }] }),
    ],
    [
      'one bad cookie among good ones in after',
      JSON.stringify({ ...j, entries: [{ ...entry, after: [c, { ...c, secure: 1 }] }] }),
    ],
  ] as [string, string][])('%s is refused', (_, t) => expect(deserializeJournal(t)).toBeNull());

  test('entry ids start with the time and never repeat', () => {
    const ids = Array.from({ length: 200 }, () => newEntryId(42));
    expect(new Set(ids).size).toBe(200);
    expect(ids.every((id) => id.startsWith('16-') && id.length > 5)).toBe(true);
  });
});

describe('write-ahead records', () => {
  const intent: WriteIntent = {
    version: 1,
    id: 'abc',
    at: 5,
    journal: { tabId: 3, action: 'record', kind: 'write', original: c },
    targets: [
      {
        id: { name: 'sid', domain: 'example.com', path: '/', storeId: '0' },
        want: {
          url: 'https://example.com/',
          name: 'sid',
          value: 'n',
          path: '/',
          secure: true,
          httpOnly: false,
          sameSite: 'lax',
          storeId: '0',
          domain: 'example.com',
          expirationDate: 9,
          partitionKey: { topLevelSite: 'https://site.test' },
        },
      },
      {
        id: {
          name: 'old',
          domain: 'example.com',
          path: '/',
          storeId: '0',
          partitionKey: { topLevelSite: 'https://site.test' },
        },
        want: null,
        exact: chip,
      },
    ],
    before: [
      { id: c, cookie: c },
      { id: { name: 'x', domain: 'example.com', path: '/', storeId: '0' }, cookie: null },
    ],
  };
  const [t0, t1] = intent.targets as [WriteIntent['targets'][0], WriteIntent['targets'][0]];

  test.each([
    ['a write', intent],
    ['one without snapshots yet', { ...intent, before: null }],
    ['an undo', { ...intent, journal: { tabId: 3, action: 'undo', entryId: 'e1' } }],
    ['a redo', { ...intent, journal: { tabId: 3, action: 'redo', entryId: 'e1' } }],
    ['a delete', { ...intent, journal: { tabId: 3, action: 'record', kind: 'delete' } }],
    ['an import', { ...intent, journal: { tabId: 3, action: 'record', kind: 'import' } }],
  ] as [string, WriteIntent][])('%s round-trips', (_, i) => expect(deserializeIntent(serializeIntent(i))).toEqual(i));

  const want = t0.want!;
  test.each([
    ['not JSON', '{'],
    ['not an object', '"x"'],
    ['another version', { ...intent, version: 2 }],
    ['an id that is not text', { ...intent, id: 1 }],
    ['a time as text', { ...intent, at: '5' }],
    ['a time not finite', { ...intent, at: null }],
    ['no journal', { ...intent, journal: null }],
    ['a tab that is not a count', { ...intent, journal: { ...intent.journal, tabId: -1 } }],
    ['an unknown action', { ...intent, journal: { tabId: 3, action: 'merge', entryId: 'e' } }],
    ['an undo without its entry', { ...intent, journal: { tabId: 3, action: 'undo' } }],
    ['a redo without its entry', { ...intent, journal: { tabId: 3, action: 'redo', entryId: 4 } }],
    ['an unknown kind', { ...intent, journal: { tabId: 3, action: 'record', kind: 'paste' } }],
    ['an original that is not a cookie', { ...intent, journal: { ...intent.journal, original: { name: 'x' } } }],
    ['targets not a list', { ...intent, targets: t0 }],
    ['one bad target after a good one', { ...intent, targets: [t0, { want: null }] }],
    ['one bad snapshot after a good one', { ...intent, before: [{ id: c, cookie: c }, { cookie: null }] }],
    ['an unknown action with a kind', { ...intent, journal: { tabId: 3, action: 'merge', kind: 'write' } }],
    ['a want with SameSite of another case', { ...intent, targets: [{ ...t0, want: { ...want, sameSite: 'Lax' } }] }],
    [
      'a want with an infinite expiry',
      JSON.stringify({ ...intent, targets: [{ ...t0, want: { ...want, expirationDate: 1 } }] }).replace(
        '"expirationDate":1',
        '"expirationDate":1e999',
      ),
    ],
    ['a target without identity', { ...intent, targets: [{ want: null }] }],
    [
      'a target identity without a path',
      { ...intent, targets: [{ ...t1, id: { name: 'a', domain: 'd', storeId: '0' } }] },
    ],
    [
      'a target identity with a bad partition',
      { ...intent, targets: [{ ...t1, id: { ...t1.id, partitionKey: 'p' } }] },
    ],
    ['a target without a want', { ...intent, targets: [{ id: t1.id }] }],
    ['a want without a url', { ...intent, targets: [{ ...t0, want: { ...want, url: undefined } }] }],
    ['a want with Secure as text', { ...intent, targets: [{ ...t0, want: { ...want, secure: 'yes' } }] }],
    ['a want with HttpOnly as text', { ...intent, targets: [{ ...t0, want: { ...want, httpOnly: 'no' } }] }],
    ['a want with an unknown SameSite', { ...intent, targets: [{ ...t0, want: { ...want, sameSite: 'none' } }] }],
    ['a want with SameSite not text', { ...intent, targets: [{ ...t0, want: { ...want, sameSite: 0 } }] }],
    ['a want with a domain not text', { ...intent, targets: [{ ...t0, want: { ...want, domain: 1 } }] }],
    ['a want with an expiry as text', { ...intent, targets: [{ ...t0, want: { ...want, expirationDate: '9' } }] }],
    ['a want with an expiry not finite', { ...intent, targets: [{ ...t0, want: { ...want, expirationDate: null } }] }],
    ['a want with a bad partition', { ...intent, targets: [{ ...t0, want: { ...want, partitionKey: 5 } }] }],
    ['a want that is a list', { ...intent, targets: [{ ...t0, want: [want] }] }],
    ['an exact that is not a cookie', { ...intent, targets: [{ ...t1, exact: { name: 'x' } }] }],
    ['snapshots not a list', { ...intent, before: {} }],
    ['a snapshot without identity', { ...intent, before: [{ cookie: null }] }],
    ['a snapshot cookie that is not a cookie', { ...intent, before: [{ id: c, cookie: { name: 'x' } }] }],
    ['a snapshot without its cookie', { ...intent, before: [{ id: c }] }],
  ] as [string, unknown][])('%s is refused', (_, x) =>
    expect(deserializeIntent(typeof x === 'string' ? x : JSON.stringify(x))).toBeNull(),
  );
});

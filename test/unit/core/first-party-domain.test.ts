/**
 * Firefox's first-party isolation: `firstPartyDomain` is part of a cookie's identity (two cookies may differ only by
 * it) and must travel from the read through the editor, the write and the journal, or the write lands in another
 * isolated site. Chrome never has it, so Chrome's keys and details stay exactly as they were.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { cookieKey } from '../../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { deserializeJournal, serializeJournal } from '../../../src/core/history/codec.ts';
import { emptyJournal, makeEntry, recordEntry } from '../../../src/core/history/journal.ts';
import { cookieFromDraft, draftFromCookie } from '../../../src/core/write/draft.ts';
import { cookieDifferences, identityOfDetails, setDetailsFromCookie } from '../../../src/core/write/snapshot.ts';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const base: Cookie = {
  name: 'sid',
  value: 'v',
  domain: 'localhost',
  hostOnly: true,
  path: '/',
  secure: false,
  httpOnly: true,
  sameSite: 'lax',
  session: false,
  expirationDate: NOW / 1000 + 3600,
  storeId: 'firefox-default',
};
const isolated: Cookie = { ...base, firstPartyDomain: 'localhost' };

describe('firstPartyDomain', () => {
  test("is identity: the same cookie isolated to two sites has two keys; without it the key is Chrome's", () => {
    expect(cookieKey(isolated)).not.toBe(cookieKey({ ...base, firstPartyDomain: 'example.com' }));
    expect(cookieKey(isolated)).not.toBe(cookieKey({ ...base }));
    expect(cookieKey({ ...base })).toBe(JSON.stringify(['firefox-default', 'sid', 'localhost', '/', '']));
    expect(cookieDifferences(isolated, { ...base })).toEqual(['firstPartyDomain']);
  });

  test('property: any two distinct first-party domains give distinct keys, and an absent one never collides with a set one', () => {
    fc.assert(
      fc.property(fc.domain(), fc.domain(), (a, b) => {
        fc.pre(a !== b);
        expect(cookieKey({ ...base, firstPartyDomain: a })).not.toBe(cookieKey({ ...base, firstPartyDomain: b }));
        expect(cookieKey({ ...base, firstPartyDomain: a })).not.toBe(cookieKey({ ...base }));
      }),
    );
  });

  test("travels through set details, the identity the write will have, and the editor's draft", () => {
    const details = setDetailsFromCookie(isolated);
    expect(details.firstPartyDomain).toBe('localhost');
    expect(cookieKey(identityOfDetails(details))).toBe(cookieKey(isolated));
    const edited = cookieFromDraft({ ...draftFromCookie(isolated), value: 'changed' }, 'http://localhost/', NOW);
    expect(edited.firstPartyDomain).toBe('localhost');
    expect(setDetailsFromCookie(base)).not.toHaveProperty('firstPartyDomain');
    expect(cookieFromDraft(draftFromCookie(base), 'http://localhost/', NOW)).not.toHaveProperty('firstPartyDomain');
  });

  test('survives the journal (undo after the background restarts), and a non-string value is refused', () => {
    const journal = recordEntry(
      emptyJournal(),
      makeEntry({ label: 'Delete sid', before: [isolated], after: [], at: NOW }),
    );
    const back = deserializeJournal(serializeJournal(journal));
    expect(back?.entries[0]?.before[0]?.firstPartyDomain).toBe('localhost');
    const tampered = serializeJournal(journal).replace('"firstPartyDomain":"localhost"', '"firstPartyDomain":7');
    expect(deserializeJournal(tampered)).toBeNull();
  });
});

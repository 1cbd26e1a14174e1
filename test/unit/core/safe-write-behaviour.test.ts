/**
 * What the safe write must notice and say, one Chrome behaviour at a time (each one a way a write can go wrong that
 * the fault-injection sweep alone does not tell apart): a set that silently does nothing, a set that stores something
 * else, a remove that silently does nothing, the parent-domain cookie a remove takes with it, a site changing the
 * cookie mid-write, a rollback that itself fails, partitioned cookies, exact restores. Mutation testing
 * (`npm run mutation`) checks that these tests fail when the code is wrong.
 */
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import type { CookieApi, SetDetails } from '../../../src/core/write/cookie-api.ts';
import {
  applyCookieState,
  checkConcurrent,
  deleteCookies,
  restoreCookie,
  writeCookie,
} from '../../../src/core/write/safe-write.ts';
import { applyTransition, messageOf, type WritePlan } from '../../../src/core/write/transition.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';
import { A, B, C, D, details, E, NOW, PAGE, sorted } from '../../fixtures/write-cookies.ts';

function store(...cookies: Cookie[]) {
  const fake = new FakeCookieStore();
  fake.now = NOW;
  fake.seed(...cookies);
  return { fake, api: fake.api as CookieApi, opts: { now: () => fake.now }, start: fake.all() };
}

describe('a write that does not do what it was asked', () => {
  test('a set that answers but stores nothing: the write fails, says so, and nothing is lost', async () => {
    const { fake, api, opts, start } = store(A);
    fake.ignoreOn('set');
    const r = await writeCookie(api, { next: details({ ...D, name: 'fresh' }) }, opts);
    expect(r).toEqual({
      ok: false,
      error: 'Chrome reported "fresh" as saved, but it is not in the store. Every cookie was put back as it was.',
      restored: true,
    });
    expect(fake.all()).toEqual(start);
  });

  test.each(['httpOnly', 'secure'] as const)(
    'a set that stores something else (%s dropped): found by the read-back, rolled back',
    async (flag) => {
      const { fake, api, opts, start } = store(A);
      fake.alterOn(1, { [flag]: false });
      const r = await writeCookie(api, { original: A, next: details({ ...A, value: 'new' }) }, opts);
      expect(r).toMatchObject({
        ok: false,
        error: `Chrome stored "sid" with a different ${flag} than requested. Every cookie was put back as it was.`,
        restored: true,
      });
      expect(fake.all()).toEqual(start);
    },
  );

  test('re-creating an exact snapshot compares every attribute: a capped expiry is a difference', async () => {
    const { fake, api, opts } = store();
    const far = { ...A, session: false, expirationDate: NOW / 1000 + 500 * 86_400 };
    const r = await writeCookie(api, { next: far }, opts);
    expect(r).toMatchObject({ ok: false, restored: true });
    expect(r.ok || r.error).toMatch(/^Chrome stored "sid" with a different attributes than requested/);
    expect(fake.all()).toEqual([]);
    // The same cookie as set details is fine: Chrome may shorten an expiry it was asked for.
    const ok = await writeCookie(api, { next: setOf(far) }, opts);
    expect(ok).toMatchObject({ ok: true, cookie: { expirationDate: NOW / 1000 + 400 * 86_400 } });
  });

  test('a remove that answers but removes nothing: the delete fails and the store is as it was', async () => {
    const { fake, api, opts, start } = store(A, B, D);
    fake.ignoreOn('remove');
    const r = await deleteCookies(api, [D], opts);
    expect(r).toEqual({
      ok: false,
      error: 'Chrome did not remove "theme". Every cookie was put back as it was.',
      restored: true,
    });
    expect(fake.all()).toEqual(start);
  });

  test('a partitioned cookie whose remove does nothing is not reported removed', async () => {
    const { fake, api, opts, start } = store(A, E);
    fake.ignoreOn('remove');
    expect(await deleteCookies(api, [E], opts)).toMatchObject({ ok: false, restored: true });
    expect(fake.all()).toEqual(start);
  });

  test('an expiry in the past deletes; Chrome keeping the cookie anyway is an error', async () => {
    const gone = { ...A, session: false, expirationDate: NOW / 1000 };
    const { fake, api, opts } = store(A, D);
    expect(await writeCookie(api, { original: A, next: setOf(gone) }, opts)).toEqual({
      ok: true,
      cookie: null,
      before: [A],
      after: [],
    });
    expect(fake.all()).toEqual([D]);
    const again = store(A);
    again.fake.ignoreOn('set');
    const r = await writeCookie(again.api, { original: A, next: setOf(gone) }, again.opts);
    expect(r).toMatchObject({
      ok: false,
      error: 'Chrome kept "sid" although its expiry is in the past. Every cookie was put back as it was.',
      restored: true,
    });
    expect(again.fake.all()).toEqual(again.start);
  });
});

describe("Chrome's remove takes every same-name cookie sent to the URL", () => {
  test('the parent-domain cookie taken with a rename is re-created, exactly, once; the cookie on a deeper path is left alone', async () => {
    const { fake, api, opts } = store(A, B, C);
    const r = await writeCookie(api, { original: A, next: details({ ...A, name: 'session' }) }, opts);
    expect(r).toMatchObject({ ok: true, before: [A], after: [{ ...A, name: 'session' }] });
    expect(fake.all()).toEqual(sorted([{ ...A, name: 'session' }, B, C]));
    // one set for the new cookie, one to re-create B; C (path /app) was never taken
    expect(fake.calls.set).toBe(2);
    expect(fake.calls.remove).toBe(1);
  });

  test('deleting a cookie and its parent-domain namesake re-creates neither', async () => {
    const { fake, api, opts } = store(A, B, D);
    expect(await deleteCookies(api, [A, B], opts)).toEqual({ ok: true, removed: [A, B] });
    expect(fake.all()).toEqual([D]);
    expect(fake.calls.set).toBe(0);
  });

  test('deleting a partitioned cookie touches only its partition', async () => {
    const { fake, api, opts } = store(A, B, E);
    expect(await deleteCookies(api, [E], opts)).toEqual({ ok: true, removed: [E] });
    expect(fake.all()).toEqual(sorted([A, B]));
    expect(fake.calls.set).toBe(0);
  });

  test('the write-ahead record holds the identities and the same-name cookies a remove may take, nothing more', async () => {
    const { api, opts } = store(A, B, C, D);
    const plans: WritePlan[] = [];
    const r = await writeCookie(
      api,
      { original: A, next: details({ ...A, name: 'session' }) },
      { ...opts, writeAhead: async (p) => void plans.push(structuredClone(p)) },
    );
    expect(r.ok).toBe(true);
    expect(plans.map((p) => p.before?.map((s) => s.cookie && s.cookie.value))).toEqual([
      undefined,
      [null, 'old'],
      [null, 'old', 'parent', 'deeper'],
    ]);
    expect(plans.every((p) => p.targets.length === 2)).toBe(true);
  });

  test('the record of a partitioned delete holds the partition only', async () => {
    const { api, opts } = store(A, E);
    const plans: WritePlan[] = [];
    await deleteCookies(api, [E], { ...opts, writeAhead: async (p) => void plans.push(structuredClone(p)) });
    expect(plans.at(-1)?.before?.map((s) => s.cookie?.value)).toEqual(['chip', 'old']);
  });

  test('a record that cannot be saved stops the write before it changes anything', async () => {
    const { fake, api, opts, start } = store(A);
    let calls = 0;
    const failing = async (p: WritePlan) => {
      calls++;
      if (p.before) throw new Error('storage full');
    };
    const r = await writeCookie(
      api,
      { original: A, next: details({ ...A, value: 'new' }) },
      { ...opts, writeAhead: failing },
    );
    expect(r).toEqual({
      ok: false,
      error: 'Could not record the change before making it (storage full). Nothing was changed.',
      restored: true,
    });
    expect(calls).toBe(2);
    expect(fake.calls.set).toBe(0);
    expect(fake.all()).toEqual(start);
  });
});

describe('failures and what the result says', () => {
  test("Chrome's own message travels with a refused set", async () => {
    const { fake, api, opts } = store(A);
    fake.failOn('set', 1, 'Failed to parse or set cookie named "sid".');
    expect(await writeCookie(api, { original: A, next: details({ ...A, value: 'x' }) }, opts)).toEqual({
      ok: false,
      error:
        'Chrome did not save "sid": Failed to parse or set cookie named "sid".. Every cookie was put back as it was.',
      chromeMessage: 'Failed to parse or set cookie named "sid".',
      restored: true,
    });
  });

  test('a read that fails before anything is written changes nothing and says so', async () => {
    const { fake, api, opts } = store(A);
    fake.failOn('getAll', 1, 'no host permission');
    expect(await deleteCookies(api, [A], opts)).toEqual({
      ok: false,
      error: 'Could not read the cookies before changing them (no host permission). Nothing was changed.',
      chromeMessage: 'no host permission',
      restored: true,
    });
  });

  test('a refused remove says which cookie', async () => {
    const { fake, api, opts } = store(A, D);
    fake.failOn('remove', 1, 'busy');
    const r = await deleteCookies(api, [D], opts);
    expect(r).toMatchObject({
      ok: false,
      error: 'Chrome did not remove "theme": busy. Every cookie was put back as it was.',
      chromeMessage: 'busy',
      restored: true,
    });
  });

  test('a collateral cookie that cannot be re-created fails the write, and the rollback still restores it', async () => {
    const { fake, api, opts, start } = store(A, B);
    fake.failOn('set', 2, 'quota');
    const r = await writeCookie(api, { original: A, next: details({ ...A, name: 'session' }) }, opts);
    expect(r).toMatchObject({
      ok: false,
      error: 'Chrome did not re-create "sid": quota. Every cookie was put back as it was.',
      restored: true,
    });
    expect(fake.all()).toEqual(start);
  });

  test('a collateral cookie re-created differently is a failure', async () => {
    const { fake, api, opts, start } = store(A, B);
    fake.alterOn(2, { value: 'other' });
    const r = await writeCookie(api, { original: A, next: details({ ...A, name: 'session' }) }, opts);
    expect(r).toMatchObject({
      ok: false,
      error: '"sid" could not be re-created exactly. Every cookie was put back as it was.',
      restored: true,
    });
    expect(fake.all()).toEqual(start);
  });

  test('the site changing the new cookie during the write: the end check finds it and the write is undone', async () => {
    const { fake, api, opts } = store(A);
    fake.api.onChanged.addListener((info) => {
      // a page script reacting to the old cookie's removal
      if (info.removed && info.cookie.name === 'sid' && info.cause === 'explicit')
        void fake.api.set({ url: PAGE, name: 'session', value: 'site', secure: true, path: '/' });
    });
    const r = await writeCookie(api, { original: A, next: details({ ...A, name: 'session' }) }, opts);
    expect(r).toMatchObject({
      ok: false,
      error: '"session" is not in the store as expected after the change. Every cookie was put back as it was.',
      restored: true,
    });
    expect(fake.all().map((c) => c.name)).toContain('sid');
  });

  test('a rollback that fails is reported as not restored, with the attempts it was given', async () => {
    const { fake, api, opts } = store(A, D);
    fake.failOn('remove', 1, 'first');
    // the only rollback pass: its first read fails
    fake.failOn('getAll', 4, 'second');
    const r = await deleteCookies(api, [A, D], { ...opts, rollbackAttempts: 1 });
    expect(r).toEqual({
      ok: false,
      error:
        'Chrome did not remove "sid": first. Some cookies could not be put back: reload the panel to see the store.',
      chromeMessage: 'first',
      restored: false,
    });
    // given a second pass, the same failure is repaired
    const again = store(A, D);
    again.fake.failOn('remove', 1, 'first');
    again.fake.failOn('getAll', 4, 'second');
    expect(await deleteCookies(again.api, [A, D], { ...again.opts, rollbackAttempts: 2 })).toMatchObject({
      ok: false,
      restored: true,
    });
    expect(again.fake.all()).toEqual(again.start);
  });

  test('a rollback that keeps failing gives up after its attempts', async () => {
    const { fake, api, opts } = store(A);
    fake.failOn('set', 1);
    for (let i = 1; i <= 3; i++) fake.failOn('getAll', 1 + i);
    const r = await writeCookie(api, { original: A, next: details({ ...A, value: 'new' }) }, opts);
    expect(r).toMatchObject({ ok: false, restored: false });
    expect(fake.calls.getAll).toBe(4);
  });

  test('the rollback re-creates only what changed and does not re-create what it is about to remove', async () => {
    const { fake, api, opts, start } = store(A, D);
    const twins = [
      { ...D, name: 'x', value: '1' },
      { ...D, name: 'x', value: '2', domain: '.example.com', hostOnly: false },
    ];
    fake.failOn('getAll', 6, 'late'); // the end check of the second twin
    const r = await applyCookieState(api, [], twins, opts);
    expect(r).toMatchObject({ ok: false, restored: true });
    expect(fake.all()).toEqual(start);
    // two sets for the import; the rollback only removes (one remove takes both twins)
    expect(fake.calls.set).toBe(2);
  });

  test('a snapshot that expired during the write is not re-created by the rollback', async () => {
    const expiring = { ...A, session: false, expirationDate: NOW / 1000 + 10 };
    const { fake, api, opts } = store(expiring);
    // the clock passes the old cookie's expiry while the write runs
    fake.api.onChanged.addListener(
      (info) => void (!info.removed && info.cookie.name === 'session' && (fake.now += 20_000)),
    );
    fake.failOn('remove');
    const r = await writeCookie(api, { original: expiring, next: details({ ...A, name: 'session' }) }, opts);
    expect(r).toMatchObject({ ok: false, restored: true });
    expect(fake.all()).toEqual([]);
  });

  test('messageOf reads errors and anything else thrown', () => {
    expect(messageOf(new Error('boom'))).toBe('boom');
    expect(messageOf('plain')).toBe('plain');
  });

  test('a failure that is not an Error still reaches the message', async () => {
    const { api } = store(A);
    const throwing: CookieApi = { ...api, set: () => Promise.reject('refused') };
    expect(
      await writeCookie(throwing, { original: A, next: details({ ...A, value: 'n' }) }, { now: () => NOW }),
    ).toMatchObject({ ok: false, chromeMessage: 'refused', restored: true });
  });
});

describe('restore and concurrency check', () => {
  test('restoreCookie re-creates a snapshot exactly, partition key included', async () => {
    const { fake, api, opts } = store();
    expect(await restoreCookie(api, E, opts)).toEqual({ ok: true, cookie: E });
    expect(fake.all()).toEqual([E]);
    expect(await restoreCookie(api, { ...B, expirationDate: NOW / 1000 - 1 }, opts)).toEqual({
      ok: true,
      cookie: null,
    });
    fake.failOn('set');
    expect(await restoreCookie(api, A, opts)).toMatchObject({ ok: false, restored: true });
  });

  test('writeCookie returns the cookie as stored, and an exact snapshot as next is kept exactly', async () => {
    const { api, opts } = store();
    const r = await writeCookie(api, { next: E }, opts);
    expect(r).toEqual({ ok: true, cookie: E, before: [], after: [E] });
  });

  test('checkConcurrent: unchanged, changed (with the fields), gone, unavailable', async () => {
    const { fake, api } = store(A);
    expect(await checkConcurrent(api, A)).toEqual({ status: 'unchanged', current: A });
    expect(await checkConcurrent(api, { ...A, value: 'mine', httpOnly: false })).toEqual({
      status: 'changed',
      current: A,
      fields: ['value', 'httpOnly'],
    });
    expect(await checkConcurrent(api, D)).toEqual({ status: 'gone' });
    fake.failOn('getAll', 1, 'offline');
    expect(await checkConcurrent(api, A)).toEqual({
      status: 'unavailable',
      error: 'Could not read "sid" to check for changes (offline).',
    });
  });

  test('applyTransition reports before and after per identity', async () => {
    const { api, opts } = store(A);
    const r = await applyTransition(
      api,
      [
        { id: A, want: null },
        { id: D, want: details(D) },
      ],
      opts,
    );
    expect(r.ok && [...r.before.values()]).toEqual([A, null]);
    expect(r.ok && [...r.after.values()]).toEqual([null, D]);
  });
});

function setOf(c: Cookie): SetDetails {
  return {
    url: PAGE,
    name: c.name,
    value: c.value,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    storeId: c.storeId,
    ...(c.session ? {} : { expirationDate: c.expirationDate }),
  };
}

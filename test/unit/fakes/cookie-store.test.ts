import { beforeEach, describe, expect, test } from 'vitest';

import { type ChangeInfo, FakeCookieStore } from '../../fakes/cookie-store.ts';

let store: FakeCookieStore;
let events: ChangeInfo[];
beforeEach(() => {
  store = new FakeCookieStore();
  events = [];
  store.api.onChanged.addListener((e) => events.push(e));
});

describe('FakeCookieStore enforces Chrome rules', () => {
  test('a cookie without Domain is host-only with the default path', async () => {
    const c = await store.api.set({ url: 'https://app.example.com/a/b', name: 'x', value: '1' });
    expect(c).toMatchObject({ domain: 'app.example.com', hostOnly: true, path: '/a', session: true });
  });

  test.each([
    [{ url: 'http://example.com/', name: 's', value: '1', secure: true }, /insecure URL/],
    [
      { url: 'https://example.com/', name: 'n', value: '1', sameSite: 'no_restriction' as const },
      /SameSite=None requires Secure/,
    ],
    [
      { url: 'https://example.com/', name: 'p', value: '1', partitionKey: { topLevelSite: 'https://example.com' } },
      /Partitioned requires Secure/,
    ],
    [{ url: 'https://example.com/', name: '__Host-x', value: '1', secure: true, domain: 'example.com' }, /__Host-/],
    [{ url: 'https://example.com/', name: '__Secure-x', value: '1' }, /__Secure-/],
    [{ url: 'https://example.com/', name: 'd', value: '1', domain: 'other.com' }, /does not match/],
    [{ url: 'https://example.co.uk/', name: 'd', value: '1', domain: 'co.uk' }, /public suffix/],
    [{ url: 'https://example.com/', name: 'big', value: 'v'.repeat(4094) }, /4096/],
    [{ url: 'https://example.com/', name: 'semi', value: 'a;b' }, /invalid character/],
  ])('refuses %o', async (details, reason) => {
    await expect(store.api.set(details)).rejects.toThrow(reason);
    expect(store.all()).toEqual([]);
    expect(events).toEqual([]);
  });

  test('the 4096-byte limit is inclusive', async () => {
    await expect(
      store.api.set({ url: 'https://example.com/', name: 'big', value: 'v'.repeat(4093) }),
    ).resolves.toBeTruthy();
  });

  test('localhost counts as a secure origin', async () => {
    await expect(
      store.api.set({ url: 'http://localhost:8000/', name: 's', value: '1', secure: true }),
    ).resolves.toMatchObject({ secure: true });
  });

  test('overwrite fires removed/overwrite then added/explicit', async () => {
    await store.api.set({ url: 'https://example.com/', name: 'x', value: '1' });
    await store.api.set({ url: 'https://example.com/', name: 'x', value: '2' });
    expect(events.map((e) => [e.removed, e.cause, e.cookie.value])).toEqual([
      [false, 'explicit', '1'],
      [true, 'overwrite', '1'],
      [false, 'explicit', '2'],
    ]);
    expect(store.all()).toHaveLength(1);
  });

  test('a past expiry deletes the existing cookie (expired_overwrite)', async () => {
    await store.api.set({ url: 'https://example.com/', name: 'x', value: '1' });
    await store.api.set({ url: 'https://example.com/', name: 'x', value: '', expirationDate: store.now / 1000 - 1 });
    expect(store.all()).toEqual([]);
    expect(events.at(-1)).toMatchObject({ removed: true, cause: 'expired_overwrite' });
  });

  test('expiry is capped at 400 days', async () => {
    const c = await store.api.set({
      url: 'https://example.com/',
      name: 'x',
      value: '1',
      expirationDate: store.now / 1000 + 1000 * 86400,
    });
    expect(c.expirationDate).toBe(store.now / 1000 + 400 * 86400);
  });

  test('cookies expire as time passes', async () => {
    await store.api.set({ url: 'https://example.com/', name: 'x', value: '1', expirationDate: store.now / 1000 + 60 });
    store.now += 61_000;
    expect(await store.api.getAll({})).toEqual([]);
    expect(events.at(-1)).toMatchObject({ removed: true, cause: 'expired' });
  });

  test('getAll by url applies domain, path and secure matching', async () => {
    await store.api.set({ url: 'https://example.com/', name: 'root', value: '1', domain: 'example.com' });
    await store.api.set({ url: 'https://example.com/app/x', name: 'app', value: '1', path: '/app' });
    await store.api.set({ url: 'https://example.com/', name: 'sec', value: '1', secure: true });
    const names = async (url: string) => (await store.api.getAll({ url })).map((c) => c.name).sort();
    expect(await names('https://www.example.com/')).toEqual(['root']);
    expect(await names('https://example.com/app/page')).toEqual(['app', 'root', 'sec']);
    expect(await names('https://example.com/application')).toEqual(['root', 'sec']);
    expect(await names('http://example.com/app')).toEqual(['app', 'root']);
  });

  test('partitioned cookies only appear when a partitionKey is given', async () => {
    await store.api.set({
      url: 'https://widget.test/',
      name: 'p',
      value: '1',
      secure: true,
      partitionKey: { topLevelSite: 'https://site.test' },
    });
    await store.api.set({ url: 'https://widget.test/', name: 'u', value: '1', secure: true });
    const names = async (pk?: { topLevelSite?: string }) =>
      (await store.api.getAll({ domain: 'widget.test', partitionKey: pk })).map((c) => c.name).sort();
    expect(await names()).toEqual(['u']);
    expect(await names({})).toEqual(['p', 'u']);
    expect(await names({ topLevelSite: 'https://site.test' })).toEqual(['p', 'u']);
    expect(await names({ topLevelSite: 'https://other.test' })).toEqual(['u']);
  });

  test('remove deletes every cookie of that name sent to the URL, like Chrome', async () => {
    await store.api.set({ url: 'https://a.example.com/', name: 'x', value: 'host' });
    await store.api.set({ url: 'https://a.example.com/', name: 'x', value: 'domain', domain: 'example.com' });
    await store.api.set({ url: 'https://b.example.com/', name: 'x', value: 'other host' });
    await store.api.remove({ url: 'https://a.example.com/', name: 'x' });
    expect(store.all().map((c) => c.value)).toEqual(['other host']);
  });

  test('over 180 cookies for a site evicts 30, non-Secure first', async () => {
    await store.api.set({ url: 'https://example.com/', name: 'keep', value: '1', secure: true });
    for (let i = 0; i < 180; i++) await store.api.set({ url: 'https://example.com/', name: `c${i}`, value: '1' });
    expect(store.all()).toHaveLength(151);
    expect(store.all().some((c) => c.name === 'keep')).toBe(true);
    expect(events.filter((e) => e.cause === 'evicted')).toHaveLength(30);
  });

  test('injected faults reject the nth call once and change nothing', async () => {
    store.failOn('set', 2, 'boom');
    await store.api.set({ url: 'https://example.com/', name: 'a', value: '1' });
    await expect(store.api.set({ url: 'https://example.com/', name: 'b', value: '1' })).rejects.toThrow('boom');
    await store.api.set({ url: 'https://example.com/', name: 'c', value: '1' });
    expect(store.all().map((c) => c.name)).toEqual(['a', 'c']);
  });
});

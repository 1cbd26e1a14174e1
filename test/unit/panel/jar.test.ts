import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { createJar } from '../../../src/panel/store/jar.ts';
import { type ChangeInfo, DEFAULT_STORE, FakeCookieStore } from '../../fakes/cookie-store.ts';

const shown = (m: ReadonlyMap<string, Cookie> | null) =>
  m ? [...m.values()].map((c) => `${c.name}@${c.domain}${c.partitionKey ? '(p)' : ''}=${c.value}`).sort() : null;

/**
 * The browser's store (the behavioural fake) and a jar over it, with the two delays the real panel has: a change
 * reaches the jar some time after it happened (through the background), and a read takes its snapshot some time
 * after it was asked for and answers some time after that.
 */
function world() {
  const browser = new FakeCookieStore();
  const undelivered: ChangeInfo[] = [];
  browser.api.onChanged.addListener((c) => undelivered.push(c));
  const reads: { snapshot: Cookie[] | null; answer: (list: Cookie[]) => void }[] = [];
  const jar = createJar(
    (storeId) =>
      new Promise<Cookie[]>((answer) => {
        expect(storeId).toBe(DEFAULT_STORE);
        reads.push({ snapshot: null, answer });
      }),
  );
  const truth = async () =>
    shown(
      new Map((await browser.api.getAll({ partitionKey: {} })).map((c) => [c.name + c.domain + !!c.partitionKey, c])),
    );
  return {
    browser,
    jar,
    reads,
    deliver: (n = undelivered.length) => jar.apply(undelivered.splice(0, n)),
    undelivered,
    /** The oldest read not yet snapshotted takes its snapshot of the store now. */
    async snap() {
      const r = reads.find((x) => x.snapshot === null);
      if (r) r.snapshot = await browser.api.getAll({ partitionKey: {} });
    },
    /** The oldest snapshotted read answers (`newest`: the newest one). */
    async answer(newest = false) {
      const i = newest ? reads.findLastIndex((x) => x.snapshot !== null) : reads.findIndex((x) => x.snapshot !== null);
      if (i < 0) return;
      const [r] = reads.splice(i, 1);
      r?.answer(r.snapshot ?? []);
      await new Promise((resolve) => setTimeout(resolve));
    },
    truth,
  };
}

describe('the held jar (store/jar.ts)', () => {
  test('property: once every change has arrived and every read has answered, the jar is what the browser holds', async () => {
    const hosts = ['https://a.example/', 'https://b.example/', 'https://c.test/'];
    const change = fc.oneof(
      fc.record({
        kind: fc.constant('set' as const),
        host: fc.constantFrom(...hosts),
        name: fc.constantFrom('x', 'y'),
        value: fc.constantFrom('1', '2', '3'),
        partitioned: fc.boolean(),
        lifetime: fc.constantFrom(undefined, 5, 600),
      }),
      fc.record({
        kind: fc.constant('remove' as const),
        host: fc.constantFrom(...hosts),
        name: fc.constantFrom('x', 'y'),
      }),
      fc.record({ kind: fc.constant('time' as const), seconds: fc.constantFrom(1, 10, 1000) }),
      fc.record({ kind: fc.constant('deliver' as const), n: fc.integer({ min: 0, max: 4 }) }),
    );
    const op = fc.oneof(
      change,
      fc.constant({ kind: 'read' as const }),
      fc.constant({ kind: 'snap' as const }),
      fc.constant({ kind: 'answer' as const }),
      fc.constant({ kind: 'forget' as const }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(op, { maxLength: 30 }), fc.array(change, { maxLength: 12 }), async (ops, later) => {
        const w = world();
        const copies: Promise<Map<string, Cookie>>[] = [];
        let handed: { copy: Map<string, Cookie>; was: string[] | null }[] = [];
        // Reads, snapshots, answers and forgetting, among changes; then, once a jar is held, changes alone.
        for (const o of [...ops, { kind: 'settle' as const }, ...later]) {
          if (o.kind === 'settle') {
            if (!w.jar.wanted(DEFAULT_STORE)) copies.push(w.jar.read(DEFAULT_STORE));
            while (w.reads.length > 0) {
              w.deliver(1);
              await w.snap();
              await w.answer();
            }
            handed = (await Promise.all(copies)).map((copy) => ({ copy, was: shown(copy) }));
          } else if (o.kind === 'set')
            await w.browser.api.set({
              url: o.host,
              name: o.name,
              value: o.value,
              secure: true,
              sameSite: 'no_restriction',
              ...(o.lifetime ? { expirationDate: w.browser.now / 1000 + o.lifetime } : {}),
              ...(o.partitioned ? { partitionKey: { topLevelSite: 'https://example.com' } } : {}),
            });
          else if (o.kind === 'remove') await w.browser.api.remove({ url: o.host, name: o.name });
          else if (o.kind === 'deliver') w.deliver(o.n);
          else if (o.kind === 'read') copies.push(w.jar.read(DEFAULT_STORE));
          else if (o.kind === 'snap') await w.snap();
          else if (o.kind === 'answer') await w.answer();
          else if (o.kind === 'forget') w.jar.forget();
          else w.browser.now += o.seconds * 1000;
        }
        expect(w.reads).toEqual([]);
        const truth = await w.truth(); // the browser collects what expired meanwhile (its "expired" changes) first
        w.deliver();
        expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now))).toEqual(truth);
        // A copy handed out is the caller's: later changes do not reach it.
        for (const { copy, was } of handed) expect(shown(copy)).toEqual(was);
      }),
      { numRuns: 300 },
    );
  });

  test('a change newer than the read’s snapshot, arriving before its answer, is kept', async () => {
    const w = world();
    await w.browser.api.set({ url: 'https://a.example/', name: 'old', value: '1' });
    w.deliver();
    const read = w.jar.read(DEFAULT_STORE);
    await w.snap();
    await w.browser.api.set({ url: 'https://a.example/', name: 'new', value: '1' });
    w.deliver(); // before the answer
    await w.answer();
    expect(shown(await read)).toEqual(['new@a.example=1', 'old@a.example=1']);
    expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now))).toEqual(['new@a.example=1', 'old@a.example=1']);
  });

  test("an overwrite's removal alone leaves the cookie held: its new value follows, maybe in a later message", async () => {
    const w = world();
    await w.browser.api.set({ url: 'https://a.example/', name: 'v', value: '1' });
    const read = w.jar.read(DEFAULT_STORE);
    await w.snap();
    await w.answer();
    await read;
    w.deliver();
    await w.browser.api.set({ url: 'https://a.example/', name: 'v', value: '2' });
    expect(w.undelivered.map((c) => c.cause)).toEqual(['overwrite', 'explicit']);
    w.deliver(1);
    expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now))).toEqual(['v@a.example=1']);
    w.deliver(1);
    expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now))).toEqual(['v@a.example=2']);
  });

  test('a read forgotten before it answers (changes may have been missed) is not held, even if it answers last', async () => {
    const w = world();
    await w.browser.api.set({ url: 'https://a.example/', name: 'before', value: '1' });
    const old = w.jar.read(DEFAULT_STORE);
    await w.snap();
    w.jar.forget(); // as when the background restarted: a change was made that the panel never heard of
    await w.browser.api.set({ url: 'https://a.example/', name: 'missed', value: '1' });
    w.undelivered.length = 0;
    const fresh = w.jar.read(DEFAULT_STORE);
    await w.snap();
    await w.answer(true); // the fresh read answers first and is held
    await fresh;
    expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now))).toEqual(['before@a.example=1', 'missed@a.example=1']);
    await w.answer(); // then the forgotten one, without "missed": its caller gets it, the jar does not take it
    expect(shown(await old)).toEqual(['before@a.example=1']);
    expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now))).toEqual(['before@a.example=1', 'missed@a.example=1']);
  });

  test('nothing is held until a read answers; reads on their way are shared; a failed read holds nothing', async () => {
    let fail = true;
    const jar = createJar(async () => {
      if (fail) throw new Error('no');
      return [];
    });
    expect(jar.snapshot('0', 0)).toBeNull();
    expect(jar.wanted('0')).toBe(false);
    const a = jar.read('0');
    expect(jar.wanted('0')).toBe(true);
    await expect(a).rejects.toThrow('no');
    expect(jar.wanted('0')).toBe(false);
    fail = false;
    let calls = 0;
    const counted = createJar(async () => (calls++, []));
    await Promise.all([counted.read('0'), counted.read('0')]);
    expect(calls).toBe(1);
    expect(counted.snapshot('0', 0)).toEqual(new Map());
    expect(counted.snapshot('1', 0)).toBeNull(); // another store is not held
    counted.forget();
    expect(counted.snapshot('0', 0)).toBeNull();
  });

  test('a cookie past its expiry is not in the snapshot, as the browser would not return it', async () => {
    const w = world();
    await w.browser.api.set({
      url: 'https://a.example/',
      name: 'brief',
      value: '1',
      expirationDate: w.browser.now / 1000 + 5,
    });
    await w.browser.api.set({ url: 'https://a.example/', name: 'stays', value: '1' });
    const read = w.jar.read(DEFAULT_STORE);
    await w.snap();
    await w.answer();
    await read;
    expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now))).toEqual(['brief@a.example=1', 'stays@a.example=1']);
    expect(shown(w.jar.snapshot(DEFAULT_STORE, w.browser.now + 6_000))).toEqual(['stays@a.example=1']);
  });
});

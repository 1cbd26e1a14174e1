// @vitest-environment happy-dom
/**
 * The panel's first reads start before its code has finished loading (shell/first-reads.ts): the store's first ask
 * for the inspected tab's frames and cookie store must get those reads, not start new ones, and every later ask
 * (a reload, a navigation) must read again.
 */
import { describe, expect, test, vi } from 'vitest';

import type { BrowserReads } from '../../../src/panel/shell/browser-reads.ts';
import { primeFirstReads } from '../../../src/panel/shell/first-reads.ts';
import type { PageHint } from '../../../src/shared/page-hint.ts';
import { cookie } from '../core/rules/helpers.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../fakes/extension.ts')).browserModule());

/** Reads that count what was asked and answer each ask with a fresh object (or fail, for `failing`). */
function countingReads(failing = false, direct = true) {
  const asked: string[] = [];
  const answer = <T>(what: string, value: T): Promise<T> => {
    asked.push(what);
    return failing ? Promise.reject(new Error(`${what} failed`)) : Promise.resolve(value);
  };
  const reads = {
    direct,
    frameUrls: (tabId: number) => answer(`frames ${tabId}`, { pageUrl: `https://t${tabId}.example/`, urls: [] }),
    storeIdForTab: (tabId: number) => answer(`store ${tabId}`, `store-of-${tabId}`),
    readCookiesOfSites: (storeId: string, sites: readonly string[]) =>
      answer(`cookies ${storeId} ${sites.join(',')}`, [{ ...COOKIE, value: `read ${asked.length}` }]),
    readAllCookies: async () => [],
    hostAccess: async () => true,
  } satisfies BrowserReads;
  return { reads, asked };
}

const COOKIE = cookie({ name: 'sid', value: '', domain: 'shop.example' });

/** The DevTools page's hint for tab 7: a page of shop.example with a frame of widget.test. */
const HINT: PageHint = {
  tabId: 7,
  pageUrl: 'https://www.shop.example/cart?x=1',
  urls: ['https://www.shop.example/cart?x=1', 'https://cdn.widget.test/frame'],
  storeId: 'store-of-7',
};

/** Primes reads that all fail, and checks none is reported as unhandled while nobody has taken it yet. */
async function failedAndWaiting(hint: PageHint | null): Promise<BrowserReads> {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  try {
    const primed = primeFirstReads(countingReads(true).reads, 7, hint);
    await new Promise((r) => setTimeout(r, 10)); // rejected, nobody has taken them yet
    expect(unhandled).toEqual([]);
    return primed;
  } finally {
    process.off('unhandledRejection', onUnhandled);
  }
}

describe('first reads', () => {
  test('start at once; the first ask takes them, later asks read again', async () => {
    const { reads, asked } = countingReads();
    const primed = primeFirstReads(reads, 7);
    expect(asked).toEqual(['frames 7', 'store 7']); // before anyone asked

    const first = primed.frameUrls(7);
    await expect(primed.storeIdForTab(7)).resolves.toBe('store-of-7');
    await expect(first).resolves.toEqual({ pageUrl: 'https://t7.example/', urls: [] });
    expect(asked).toEqual(['frames 7', 'store 7']); // taken, not asked again

    await primed.frameUrls(7); // a reload: a new read
    await primed.storeIdForTab(7);
    expect(asked).toEqual(['frames 7', 'store 7', 'frames 7', 'store 7']);
  });

  test('another tab is never answered with the primed reads', async () => {
    const { reads, asked } = countingReads();
    const primed = primeFirstReads(reads, 7);
    await expect(primed.frameUrls(8)).resolves.toEqual({ pageUrl: 'https://t8.example/', urls: [] });
    expect(asked).toEqual(['frames 7', 'store 7', 'frames 8']);
    await expect(primed.frameUrls(7)).resolves.toEqual({ pageUrl: 'https://t7.example/', urls: [] });
    expect(asked).toHaveLength(3); // tab 7's primed read was still there to take
  });

  test('a failed first read reaches whoever takes it, and is not reported as unhandled before that', async () => {
    const primed = await failedAndWaiting(null);
    await expect(primed.storeIdForTab(7)).rejects.toThrow('store 7 failed');
  });
});

describe("the first cookie read, started from the DevTools page's hint", () => {
  test("starts at once, before the frames have answered; the store's first read of those sites takes it", async () => {
    const { reads, asked } = countingReads();
    const primed = primeFirstReads(reads, 7, HINT);
    expect(asked).toEqual(['frames 7', 'store 7', 'cookies store-of-7 shop.example,widget.test']);
    // The store asks once the frames are in, with the sites in whatever order it found them.
    const read = await primed.readCookiesOfSites('store-of-7', ['widget.test', 'shop.example']);
    expect(read[0]?.value).toBe('read 2'); // the hinted read, answered when it was started
    expect(asked).toHaveLength(3);
    // A later read (a reload) reads again.
    await primed.readCookiesOfSites('store-of-7', ['widget.test', 'shop.example']);
    expect(asked).toHaveLength(4);
  });

  test('frames that name other sites, or another store, read afresh; the hinted read is then never handed out', async () => {
    for (const [storeId, sites] of [
      ['store-of-7', ['shop.example']], // the widget's frame is gone
      ['store-of-7', ['shop.example', 'widget.test', 'ads.test']], // a frame of another site appeared
      ['store-of-7', ['elsewhere.example']], // the tab has navigated away
      ['another-store', ['shop.example', 'widget.test']],
    ] as const) {
      const { reads, asked } = countingReads();
      const primed = primeFirstReads(reads, 7, HINT);
      const read = await primed.readCookiesOfSites(storeId, sites);
      expect(read[0]?.value, `${storeId} ${sites.join(',')}`).toBe('read 3');
      expect(asked.at(-1)).toBe(`cookies ${storeId} ${sites.join(',')}`);
      // Asked later for exactly the hinted sites, the store still reads them now, not what was read at the start.
      await primed.readCookiesOfSites('store-of-7', ['shop.example', 'widget.test']);
      expect(asked).toHaveLength(5);
    }
  });

  test("no read is started for another tab's hint, one with no web page, or where reads go through the background", async () => {
    const cases: [PageHint, boolean][] = [
      [{ ...HINT, tabId: 8 }, true],
      [{ ...HINT, pageUrl: 'about:blank', urls: ['chrome://newtab/'] }, true],
      [HINT, false], // Firefox's toolbox: reads are requests to the background
    ];
    for (const [hint, direct] of cases) {
      const { reads, asked } = countingReads(false, direct);
      primeFirstReads(reads, 7, hint);
      expect(asked).toEqual(['frames 7', 'store 7']);
    }
  });

  test('a hinted read that fails reaches the store, and is not reported as unhandled before', async () => {
    const primed = await failedAndWaiting(HINT);
    await expect(primed.readCookiesOfSites('store-of-7', ['shop.example', 'widget.test'])).rejects.toThrow(
      'cookies store-of-7 shop.example,widget.test failed',
    );
    await expect(primed.frameUrls(7)).rejects.toThrow('frames 7 failed');
    await expect(primed.storeIdForTab(7)).rejects.toThrow('store 7 failed');
  });
});

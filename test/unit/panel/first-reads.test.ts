// @vitest-environment happy-dom
/**
 * The panel's first reads start before its code has finished loading (shell/first-reads.ts): the store's first ask
 * for the inspected tab's frames and cookie store must get those reads, not start new ones, and every later ask
 * (a reload, a navigation) must read again.
 */
import { describe, expect, test, vi } from 'vitest';

import type { BrowserReads } from '../../../src/panel/shell/browser-reads.ts';
import { primeFirstReads } from '../../../src/panel/shell/first-reads.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../fakes/extension.ts')).browserModule());

/** Reads that count what was asked and answer each ask with a fresh object (or fail, for `failing`). */
function countingReads(failing = false) {
  const asked: string[] = [];
  const answer = <T>(what: string, value: T): Promise<T> => {
    asked.push(what);
    return failing ? Promise.reject(new Error(`${what} failed`)) : Promise.resolve(value);
  };
  const reads = {
    direct: true,
    frameUrls: (tabId: number) => answer(`frames ${tabId}`, { pageUrl: `https://t${tabId}.example/`, urls: [] }),
    storeIdForTab: (tabId: number) => answer(`store ${tabId}`, `store-of-${tabId}`),
    readCookiesOfSites: async () => [],
    readAllCookies: async () => [],
    hostAccess: async () => true,
  } satisfies BrowserReads;
  return { reads, asked };
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
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { reads } = countingReads(true);
      const primed = primeFirstReads(reads, 7);
      await new Promise((r) => setTimeout(r, 10)); // rejected, nobody has taken it yet
      expect(unhandled).toEqual([]);
      await expect(primed.storeIdForTab(7)).rejects.toThrow('store 7 failed');
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });
});

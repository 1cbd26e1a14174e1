/**
 * The panel's first reads, started as soon as the panel's code begins to run: main.tsx imports this module first, so
 * its body runs before the rest of the panel's modules are evaluated and before the store root exists. The inspected
 * tab, its frames (`webNavigation.getAllFrames`) and its cookie store (`cookies.getAllCookieStores`) are then being
 * answered by the browser while the panel's code evaluates, rather than after it: the cookie reads that need them,
 * and so the first rows, come that much sooner. The store's first call for each takes the answer already on its way
 * (once); every later call reads again.
 */
import { type BrowserReads, browserReads } from './browser-reads.ts';
import { type InspectedTab, resolveInspectedTab } from './inspected-tab.ts';

/** Wraps `reads` so the first `frameUrls(tabId)` and `storeIdForTab(tabId)` for `tabId` answer with reads started now. */
export function primeFirstReads(reads: BrowserReads, tabId: number): BrowserReads {
  const started = {
    frames: once(reads.frameUrls(tabId)),
    store: once(reads.storeIdForTab(tabId)),
  };
  return {
    ...reads,
    frameUrls: (id) => (id === tabId && started.frames.take()) || reads.frameUrls(id),
    storeIdForTab: (id) => (id === tabId && started.store.take()) || reads.storeIdForTab(id),
  };
}

/** A promise handed out once; until then a rejection is not reported as unhandled (its taker handles it). */
function once<T>(promise: Promise<T>): { take(): Promise<T> | null } {
  promise.catch(() => undefined);
  let left: Promise<T> | null = promise;
  return {
    take() {
      const p = left;
      left = null;
      return p;
    },
  };
}

/** The reads and the inspected tab main.tsx builds the panel over, with the first reads already started. */
export const firstReads: { reads: BrowserReads; tab: InspectedTab | { error: string } } = (() => {
  const direct = browserReads();
  let reads = direct;
  // resolveInspectedTab asks for frame URLs only when the store collects them, through `reads` as it is by then.
  const tab = resolveInspectedTab(location.search, (id) => reads.frameUrls(id));
  if (!('error' in tab)) reads = primeFirstReads(direct, tab.tabId);
  return { reads, tab };
})();

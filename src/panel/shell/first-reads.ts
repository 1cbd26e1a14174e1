/**
 * The panel's first reads, started as soon as the panel's code begins to run: main.tsx imports this module first, so
 * its body runs before the rest of the panel's modules are evaluated and before the store root exists. The inspected
 * tab, its frames (`webNavigation.getAllFrames`) and its cookie store (`cookies.getAllCookieStores`) are then being
 * answered by the browser while the panel's code evaluates, rather than after it: the cookie reads that need them,
 * and so the first rows, come that much sooner. The store's first call for each takes the answer already on its way
 * (once); every later call reads again.
 *
 * The cookie read itself needs the page's sites, so it waited for the frames' answer: one round trip to the browser
 * after another. With the DevTools page's hint (shared/page-hint.ts) it starts at once too, for the sites the hint
 * names; the store's first cookie read takes it only if the frames then name exactly those sites in the same store.
 * Otherwise (a stale hint, a page that has since loaded a frame of another site) it is dropped and the store reads
 * as it always did: the hint decides when the read starts, never what the panel shows.
 */
import { normaliseUrls, sitesOf } from '../../core/cookie/scope.ts';
import { type PageHint, readPageHint } from '../../shared/page-hint.ts';
import { type BrowserReads, browserReads } from './browser-reads.ts';
import { type InspectedTab, resolveInspectedTab } from './inspected-tab.ts';

/**
 * Wraps `reads` so the first `frameUrls(tabId)` and `storeIdForTab(tabId)` for `tabId` answer with reads started now,
 * and, given a hint for the tab, the first `readCookiesOfSites` with the hint's store and sites with a read started now.
 */
export function primeFirstReads(reads: BrowserReads, tabId: number, hint: PageHint | null = null): BrowserReads {
  const started = {
    frames: once(reads.frameUrls(tabId)),
    store: once(reads.storeIdForTab(tabId)),
  };
  let guess = hint && hint.tabId === tabId && reads.direct ? startGuess(reads, hint) : null;
  return {
    ...reads,
    frameUrls: (id) => (id === tabId && started.frames.take()) || reads.frameUrls(id),
    storeIdForTab: (id) => (id === tabId && started.store.take()) || reads.storeIdForTab(id),
    readCookiesOfSites: (storeId, sites) => {
      // Only the first cookie read may take the guess: a later one (a reload, a navigation) reads the store as it is.
      const g = guess;
      guess = null;
      return (g?.matches(storeId, sites) && g.read.take()) || reads.readCookiesOfSites(storeId, sites);
    },
  };
}

function startGuess(reads: BrowserReads, hint: PageHint) {
  const sites = sitesOf(normaliseUrls([hint.pageUrl, ...hint.urls]));
  if (sites.length === 0) return null;
  const read = once(reads.readCookiesOfSites(hint.storeId, sites));
  const wanted = new Set(sites);
  return {
    read,
    matches: (storeId: string, asked: readonly string[]) =>
      storeId === hint.storeId && asked.length === wanted.size && asked.every((s) => wanted.has(s)),
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
  if (!('error' in tab)) {
    // Only inside DevTools is there a DevTools page to leave a hint (its sessionStorage is this panel's).
    const hint = tab.inDevTools ? readPageHint(() => globalThis.sessionStorage, tab.tabId) : null;
    reads = primeFirstReads(direct, tab.tabId, hint);
  }
  return { reads, tab };
})();

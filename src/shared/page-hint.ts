/**
 * What the DevTools page knows of the inspected page, handed to the panel through `sessionStorage` (both are pages of
 * this extension in the same DevTools window, so they share it, synchronously). The panel's first cookie read needs
 * the page's sites, and those come from the tab's frames: a round trip to the browser before the read can even start.
 * With the hint, the panel starts the read for the sites the hint names at once, alongside the frames' read, and
 * keeps it only if the frames then name the same sites (panel/shell/first-reads.ts). A hint never decides what is
 * shown: with none, the read starts one round trip later, as it did without hints; with a stale one, also after a
 * read of the sites it named, which is dropped.
 */

/** The inspected page as the DevTools page last read it. */
export interface PageHint {
  tabId: number;
  /** The top document's URL. */
  pageUrl: string;
  /** Every frame's URL (`webNavigation.getAllFrames`). */
  urls: string[];
  /** The tab's cookie store (`cookies.getAllCookieStores`). */
  storeId: string;
}

export const PAGE_HINT_KEY = 'cookie-lens:inspected-page';

/** Bounds on what a hint may hold: more than this is not a hint this extension wrote. */
const MAX_URL = 8192;
const MAX_URLS = 500;
const MAX_STORE_ID = 200;

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem' | 'removeItem'>;

/**
 * The hint for `tabId`, or null when there is none, it is for another tab, or it is not one this code wrote.
 * `storage` is a getter: reaching `sessionStorage` itself throws where storage is blocked.
 */
export function readPageHint(storage: () => Reader | undefined, tabId: number): PageHint | null {
  let raw: string | null;
  try {
    raw = storage()?.getItem(PAGE_HINT_KEY) ?? null;
  } catch {
    return null; // storage unavailable: no hint
  }
  if (raw === null || raw.length > (MAX_URLS + 1) * (MAX_URL + 8)) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  return isPageHint(value) && value.tabId === tabId ? value : null;
}

function isPageHint(v: unknown): v is PageHint {
  if (typeof v !== 'object' || v === null) return false;
  const h = v as Record<string, unknown>;
  return (
    Number.isInteger(h.tabId) &&
    isBoundedString(h.pageUrl, MAX_URL) &&
    isBoundedString(h.storeId, MAX_STORE_ID) &&
    Array.isArray(h.urls) &&
    h.urls.length <= MAX_URLS &&
    h.urls.every((u) => isBoundedString(u, MAX_URL))
  );
}

function isBoundedString(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}

/** Writes the hint; a storage that refuses (full, disabled) leaves none, which only costs the panel a round trip. */
export function writePageHint(storage: Writer, hint: PageHint): void {
  try {
    storage.setItem(PAGE_HINT_KEY, JSON.stringify(hint));
  } catch {
    clearPageHint(storage);
  }
}

export function clearPageHint(storage: Writer): void {
  try {
    storage.removeItem(PAGE_HINT_KEY);
  } catch {
    // nothing to clear where there is no storage
  }
}

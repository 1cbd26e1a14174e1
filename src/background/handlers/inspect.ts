/**
 * Reads for panels that cannot make them: Firefox gives DevTools pages no `cookies`, `tabs`, `webNavigation` or
 * `permissions` API (MDN "Extending the developer tools": devtools pages get the content-script APIs plus
 * `devtools.*`), so the panel inside Firefox's toolbox asks the background. Chrome's panel reads directly.
 */
import type { Cookie } from '../../core/cookie/model.ts';
import { browser } from '../../shared/browser.ts';
import { readAllCookies, readCookiesOfSites, storeIdForTab } from '../../shared/cookies.ts';
import { PANEL_PAGE } from '../../shared/protocol.ts';

export type ReadResponse<T> = { ok: true; value: T } | { ok: false; error: string };

async function answer<T>(work: () => Promise<T>): Promise<ReadResponse<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (e) {
    return { ok: false, error: (e as Error)?.message ?? String(e) };
  }
}

function isTabId(x: unknown): x is number {
  return Number.isInteger(x) && (x as number) >= 0;
}

export function cookieStoreHandler(req: { tabId: number }): Promise<ReadResponse<string>> {
  if (!isTabId(req.tabId)) return Promise.resolve({ ok: false, error: 'No tab id.' });
  return answer(() => storeIdForTab(req.tabId));
}

/** `sites: null` reads the whole store (the "All sites" scope). */
export function readCookiesHandler(req: { storeId: string; sites: string[] | null }): Promise<ReadResponse<Cookie[]>> {
  if (typeof req.storeId !== 'string') return Promise.resolve({ ok: false, error: 'No cookie store id.' });
  if (req.sites !== null && !(Array.isArray(req.sites) && req.sites.every((s) => typeof s === 'string'))) {
    return Promise.resolve({ ok: false, error: 'Sites must be a list of domains.' });
  }
  const sites = req.sites;
  return answer(() => (sites === null ? readAllCookies(req.storeId) : readCookiesOfSites(req.storeId, sites)));
}

/** The tab's top document and the URLs of all its frames. */
export function frameUrlsHandler(req: { tabId: number }): Promise<ReadResponse<{ pageUrl: string; urls: string[] }>> {
  if (!isTabId(req.tabId)) return Promise.resolve({ ok: false, error: 'No tab id.' });
  return answer(() => frameUrls(req.tabId));
}

export async function frameUrls(tabId: number): Promise<{ pageUrl: string; urls: string[] }> {
  const frames = (await browser.webNavigation.getAllFrames({ tabId })) ?? [];
  const top = frames.find((f) => f.frameId === 0);
  const urls = frames.map((f) => f.url);
  return { pageUrl: top?.url ?? urls[0] ?? '', urls };
}

/** Whether the extension may read this page's cookies (the user can revoke host access after install). */
export function hostAccessHandler(req: { url: string }): Promise<ReadResponse<boolean>> {
  return answer(() => hasHostAccess(req.url));
}

export async function hasHostAccess(url: string): Promise<boolean> {
  const u = new URL(url);
  // Match patterns have no port (developer.chrome.com "Match patterns"; MDN "Match patterns").
  return browser.permissions.contains({ origins: [`${u.protocol}//${u.hostname}/*`] });
}

/**
 * Opens the panel as a tab for `tabId`: a page with the `permissions` API, where a click can ask the user to grant
 * host access again (a permission request needs a user gesture in an extension page; the toolbox panel has neither).
 */
export function openAccessPageHandler(req: { tabId: number }): Promise<ReadResponse<number>> {
  if (!isTabId(req.tabId)) return Promise.resolve({ ok: false, error: 'No tab id.' });
  return answer(async () => (await browser.tabs.create({ url: browser.runtime.getURL(`${PANEL_PAGE}?tabId=${req.tabId}`) })).id ?? -1);
}

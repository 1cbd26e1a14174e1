/**
 * Reads for panels that cannot make them: Firefox gives DevTools pages no `cookies`, `tabs`, `webNavigation` or
 * `permissions` API (MDN "Extending the developer tools": devtools pages get the content-script APIs plus
 * `devtools.*`), so the panel inside Firefox's toolbox asks the background. Chrome's panel reads directly.
 */
import { pageOfFrames } from '../../shared/frames.ts';
import {
  PANEL_PAGE,
  type ReadCookiesRequest,
  type ReadResponse,
  type ResponseOf,
  type TabRequest,
} from '../../shared/protocol.ts';
import type { BackgroundContext } from '../context.ts';

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

export function cookieStoreHandler(ctx: BackgroundContext, req: TabRequest): Promise<ResponseOf<'cookieStore'>> {
  if (!isTabId(req.tabId)) return Promise.resolve({ ok: false, error: 'No tab id.' });
  return answer(() => ctx.lookups.storeIdForTab(req.tabId));
}

/** `sites: null` reads the whole store (the "All sites" scope). */
export function readCookiesHandler(
  ctx: BackgroundContext,
  req: ReadCookiesRequest,
): Promise<ResponseOf<'readCookies'>> {
  if (typeof req.storeId !== 'string') return Promise.resolve({ ok: false, error: 'No cookie store id.' });
  if (req.sites !== null && !(Array.isArray(req.sites) && req.sites.every((s) => typeof s === 'string'))) {
    return Promise.resolve({ ok: false, error: 'Sites must be a list of domains.' });
  }
  const sites = req.sites;
  return answer(() =>
    sites === null ? ctx.lookups.readAllCookies(req.storeId) : ctx.lookups.readCookiesOfSites(req.storeId, sites),
  );
}

/** The tab's top document and the URLs of all its frames. */
export function frameUrlsHandler(ctx: BackgroundContext, req: TabRequest): Promise<ResponseOf<'frameUrls'>> {
  if (!isTabId(req.tabId)) return Promise.resolve({ ok: false, error: 'No tab id.' });
  return answer(async () => pageOfFrames(await ctx.lookups.frames(req.tabId)));
}

/** Whether the extension may read this page's cookies (the user can revoke host access after install). */
export function hostAccessHandler(ctx: BackgroundContext, req: { url: string }): Promise<ResponseOf<'hostAccess'>> {
  return answer(() => {
    const u = new URL(req.url);
    // Match patterns have no port (developer.chrome.com "Match patterns"; MDN "Match patterns").
    return ctx.lookups.hasOrigins([`${u.protocol}//${u.hostname}/*`]);
  });
}

/**
 * Opens the panel as a tab for `tabId`: a page with the `permissions` API, where a click can ask the user to grant
 * host access again (a permission request needs a user gesture in an extension page; the toolbox panel has neither).
 */
export function openAccessPageHandler(ctx: BackgroundContext, req: TabRequest): Promise<ResponseOf<'openAccessPage'>> {
  if (!isTabId(req.tabId)) return Promise.resolve({ ok: false, error: 'No tab id.' });
  return answer(async () => (await ctx.lookups.openExtensionTab(`${PANEL_PAGE}?tabId=${req.tabId}`)) ?? -1);
}

/**
 * Where the panel's reads come from. Chrome gives a DevTools panel the `cookies`, `webNavigation` and `permissions`
 * APIs, so it reads directly (the fast path the first paint relies on). Firefox's toolbox panel has none of them
 * (only `runtime`, `storage`, `devtools`, `i18n`), so the same reads go to the background over the typed protocol.
 * Opened as a tab, the panel has every API in both browsers and reads directly.
 */
import { browser, browserName } from '../../shared/browser.ts';
import { readAllCookies, readCookiesOfSites, storeIdForTab } from '../../shared/cookies.ts';
import type { RequestKind, RequestPayload, ResponseOf } from '../../shared/protocol.ts';
import { readTabFrames } from '../../shared/tab-frames.ts';
import type { CookieReads } from '../store/deps.ts';
import { request } from './requests.ts';

export interface BrowserReads extends CookieReads {
  /** True when the page has the browser's APIs itself; false inside Firefox's toolbox. */
  direct: boolean;
  frameUrls(tabId: number): Promise<{ pageUrl: string; urls: string[] }>;
  hostAccess(url: string): Promise<boolean>;
}

/** An action the panel offers next to a message (a button). */
export interface PanelAction {
  label: string;
  run(): void;
}

/** A read that cannot work until the user does something; the panel shows the message and the action. */
export class NeedsUserAction extends Error {
  constructor(
    message: string,
    readonly action: PanelAction,
  ) {
    super(message);
  }
}

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

async function viaBackground<K extends RequestKind, T>(kind: K, payload: RequestPayload<K>): Promise<T> {
  const answer = (await request(kind, payload)) as ResponseOf<K> | { ok: false; error: string };
  const read = answer as Read<T>;
  if (!read.ok) throw new Error(read.error);
  return read.value;
}

export function browserReads(): BrowserReads {
  const direct = typeof (browser as { cookies?: { getAll?: unknown } }).cookies?.getAll === 'function';
  if (direct) {
    return {
      direct,
      storeIdForTab,
      readCookiesOfSites,
      readAllCookies,
      frameUrls: readTabFrames,
      hostAccess: (url) => browser.permissions.contains({ origins: [originPattern(url)] }),
    };
  }
  return {
    direct,
    storeIdForTab: (tabId) => viaBackground('cookieStore', { tabId }),
    readCookiesOfSites: (storeId, sites) => viaBackground('readCookies', { storeId, sites: [...sites] }),
    readAllCookies: (storeId) => viaBackground('readCookies', { storeId, sites: null }),
    frameUrls: (tabId) => viaBackground('frameUrls', { tabId }),
    hostAccess: (url) => viaBackground('hostAccess', { url }),
  };
}

/** Match patterns have no port (developer.chrome.com and MDN, "Match patterns"). */
function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

/**
 * A read that found no cookie may mean the user took host access away (Firefox: about:addons → Permissions;
 * Chrome: Site access): then the browser returns an empty list without an error. Say so, with a way to grant it.
 * Checked only when a read is empty, so a page with cookies pays nothing.
 */
export async function checkHostAccess(
  reads: BrowserReads,
  pageUrl: string,
  tabId: number,
  reload: () => void,
): Promise<void> {
  if (!/^https?:/.test(pageUrl)) return;
  let granted = true;
  try {
    granted = await reads.hostAccess(pageUrl);
  } catch {
    return; // no answer: show what was read (nothing), as before
  }
  if (granted) return;
  const host = new URL(pageUrl).hostname;
  const name = browserName();
  const where =
    name === 'Firefox'
      ? 'about:addons → Cookie Lens → Permissions, "Access your data for all websites"'
      : 'chrome://extensions → Cookie Lens → Details, "Site access"';
  const message = `${name} does not let Cookie Lens read the cookies of ${host}: its access to websites was turned off (${where}). The cookies are still there; allow access to see and edit them.`;
  const action: PanelAction = reads.direct
    ? {
        label: 'Allow access to websites',
        // A permission request must run in the click's own task (user gesture), so nothing is awaited before it.
        run: () =>
          void browser.permissions.request({ origins: ['<all_urls>'] }).then(
            (ok) => ok && reload(),
            () => undefined,
          ),
      }
    : {
        // Firefox's toolbox panel has no permissions API: the panel as a tab has, and asks there.
        label: 'Open a tab to allow access',
        run: () => void request('openAccessPage', { tabId }),
      };
  throw new NeedsUserAction(message, action);
}

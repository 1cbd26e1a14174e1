/**
 * `browser.cookies` as the core sees it: polyfill cookies converted to the core model, and the `CookieApi` the
 * safe-write code runs against (the extension's real store in production, the behavioural fake in tests).
 */
import type { Cookie } from '../core/cookie/model.ts';
import type { CookieApi } from '../core/write/cookie-api.ts';
import { browser, type Cookies, isFirefox } from './browser.ts';

/** Runs for every cookie of a read (thousands in "All sites"): the optional fields are added without spreading. */
export function toCookie(c: Cookies.Cookie): Cookie {
  const pk = (c as { partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean } }).partitionKey;
  const cookie: Cookie = {
    name: c.name,
    value: c.value,
    domain: c.domain,
    hostOnly: c.hostOnly,
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    session: c.session,
    storeId: c.storeId,
  };
  if (c.expirationDate !== undefined) cookie.expirationDate = c.expirationDate;
  if (pk?.topLevelSite) cookie.partitionKey = { ...pk };
  // Firefox reports '' for every cookie unless first-party isolation is on; only a real value is identity.
  const fpd = (c as { firstPartyDomain?: string }).firstPartyDomain;
  if (fpd) cookie.firstPartyDomain = fpd;
  return cookie;
}

/**
 * Firefox with first-party isolation on throws on a read or write without `firstPartyDomain`; `null` on a read means
 * "every isolated site and none" (MDN cookies.getAll). Chrome rejects the key ("Unexpected property"), so it is sent
 * only in Firefox.
 */
function readIsolation(): { firstPartyDomain?: null } {
  return firefox() ? { firstPartyDomain: null } : {};
}

function writeIsolation(d: { firstPartyDomain?: string }): { firstPartyDomain?: string } {
  return firefox() ? { firstPartyDomain: d.firstPartyDomain ?? '' } : {};
}

let isFx: boolean | undefined;
const firefox = () => (isFx ??= isFirefox());

/**
 * `partitionKey: {}` asks Chrome for every partition (without it, only unpartitioned cookies are returned:
 * "By default, all API methods operate on unpartitioned cookies", chrome.cookies reference).
 */
export async function readCookiesOfSites(storeId: string, sites: readonly string[]): Promise<Cookie[]> {
  const lists = await Promise.all(
    sites.map((domain) =>
      browser.cookies
        .getAll({ domain, storeId, partitionKey: {}, ...readIsolation() } as Cookies.GetAllDetailsType)
        .catch(() => []),
    ),
  );
  return lists.flat().map(toCookie);
}

/** Every cookie of a cookie store, every partition: the "All sites" scope. */
export async function readAllCookies(storeId: string): Promise<Cookie[]> {
  const all = await browser.cookies.getAll({
    storeId,
    partitionKey: {},
    ...readIsolation(),
  } as Cookies.GetAllDetailsType);
  return all.map(toCookie);
}

/**
 * The cookie store a tab uses: incognito tabs have their own; in Firefox, so do private windows (`firefox-private`)
 * and each container (`firefox-container-N`; the default store is `firefox-default`).
 */
export async function storeIdForTab(tabId: number): Promise<string> {
  const stores = await browser.cookies.getAllCookieStores();
  return stores.find((s) => s.tabIds.includes(tabId))?.id ?? stores[0]?.id ?? (firefox() ? 'firefox-default' : '0');
}

type Loose<T> = T & Record<string, unknown>;

export const browserCookieApi: CookieApi = {
  async get(details) {
    const c = await browser.cookies.get({ ...details, ...writeIsolation(details) } as Loose<Cookies.GetDetailsType>);
    return c ? toCookie(c) : null;
  },
  async getAll(details) {
    const isolation = details.firstPartyDomain ? { firstPartyDomain: details.firstPartyDomain } : readIsolation();
    return (await browser.cookies.getAll({ ...details, ...isolation } as Loose<Cookies.GetAllDetailsType>)).map(
      toCookie,
    );
  },
  async set(details) {
    const c = await browser.cookies.set({ ...details, ...writeIsolation(details) } as Loose<Cookies.SetDetailsType>);
    return c ? toCookie(c) : null;
  },
  remove(details) {
    return browser.cookies.remove({ ...details, ...writeIsolation(details) } as Loose<Cookies.RemoveDetailsType>);
  },
};

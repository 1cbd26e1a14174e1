/** Reads cookies from the browser for a set of sites, every partition included. */
import type { Cookie } from '../core/types.ts';
import { browser, type Cookies } from '../shared/browser.ts';

/**
 * `partitionKey: {}` asks Chrome for every partition (without it, only unpartitioned cookies are returned:
 * "By default, all API methods operate on unpartitioned cookies", chrome.cookies reference).
 */
export async function readCookiesOfSites(storeId: string, sites: readonly string[]): Promise<Cookie[]> {
  const lists = await Promise.all(
    sites.map((domain) =>
      browser.cookies.getAll({ domain, storeId, partitionKey: {} } as Cookies.GetAllDetailsType).catch(() => []),
    ),
  );
  return lists.flat().map(toCookie);
}

export function toCookie(c: Cookies.Cookie): Cookie {
  const pk = (c as { partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean } }).partitionKey;
  return {
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
    ...(c.expirationDate !== undefined ? { expirationDate: c.expirationDate } : {}),
    ...(pk?.topLevelSite ? { partitionKey: { ...pk } } : {}),
  };
}

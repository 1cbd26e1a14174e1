/**
 * Which cookies the panel shows for a page. Pure: the panel reads a superset from the browser (every cookie of
 * every site the page uses, all partitions) and these functions pick the scope the user chose.
 */
import { bareDomain, cookieAppliesTo, cookieKey, inPartitionOf, registrableDomain, topLevelSite } from './cookie.ts';
import type { Cookie } from './model.ts';

/** What the table lists: cookies sent with this page, every cookie of its site, or every cookie in the store. */
export type Scope = 'page' | 'site' | 'all';

/** http(s) URLs only, without query and fragment, deduplicated: what cookie matching looks at. */
export function normaliseUrls(urls: Iterable<string>): URL[] {
  const seen = new Map<string, URL>();
  for (const raw of urls) {
    let u: URL;
    try {
      u = new URL(raw);
    } catch {
      continue;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:') continue;
    const key = `${u.protocol}//${u.host}${u.pathname}`;
    if (!seen.has(key)) seen.set(key, new URL(key));
  }
  return [...seen.values()];
}

/** The registrable domains whose cookies must be read to cover these URLs. */
export function sitesOf(urls: readonly URL[]): string[] {
  return [...new Set(urls.map((u) => registrableDomain(u.hostname)))];
}

/**
 * "Sent with this page": cookies that domain-, path- and Secure-match at least one URL the page uses (top
 * document, frames, subresources), unpartitioned or in the top-level page's partition.
 */
export function cookiesSentWithPage(cookies: readonly Cookie[], urls: readonly URL[], pageUrl: URL): Cookie[] {
  const partition = topLevelSite(pageUrl);
  return cookies.filter((c) => inPartitionOf(c, partition) && urls.some((u) => cookieAppliesTo(c, u)));
}

/** "All cookies of this site": any cookie of the page's registrable domain, plus every cookie in its partition. */
export function cookiesOfSite(cookies: readonly Cookie[], pageUrl: URL): Cookie[] {
  const site = registrableDomain(pageUrl.hostname);
  const partition = topLevelSite(pageUrl);
  return cookies.filter((c) => {
    if (c.partitionKey?.topLevelSite) return c.partitionKey.topLevelSite === partition;
    return registrableDomain(bareDomain(c.domain)) === site;
  });
}

/**
 * The "site" scope as the panel offers it: the site's own cookies and partition, plus every cookie sent with the page
 * (a third-party frame's cookie is part of what this site uses). So the scopes widen: page ⊆ site ⊆ all.
 */
export function cookiesOfSiteScope(cookies: readonly Cookie[], urls: readonly URL[], pageUrl: URL): Cookie[] {
  const sent = new Set(cookiesSentWithPage(cookies, urls, pageUrl));
  const own = new Set(cookiesOfSite(cookies, pageUrl));
  return cookies.filter((c) => own.has(c) || sent.has(c));
}

export function inScope(scope: Scope, cookies: readonly Cookie[], urls: readonly URL[], pageUrl: URL): Cookie[] {
  if (scope === 'all') return [...cookies];
  return scope === 'page' ? cookiesSentWithPage(cookies, urls, pageUrl) : cookiesOfSiteScope(cookies, urls, pageUrl);
}

/** Each cookie once, by identity (name, domain, path, partition key, store); later copies win. */
export function dedupe(cookies: Iterable<Cookie>): Map<string, Cookie> {
  const byKey = new Map<string, Cookie>();
  for (const c of cookies) byKey.set(cookieKey(c), c);
  return byKey;
}

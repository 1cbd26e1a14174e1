import type { Cookie, PartitionKey } from './model.ts';

/**
 * Cookie identity as Chrome keeps it: name + domain + path + partition key, within one cookie store.
 * Same as DevTools' `Cookie.key()` (front_end/core/sdk/Cookie.ts) plus the store (and Firefox's first-party domain).
 */
export function cookieKey(
  c: Pick<Cookie, 'name' | 'domain' | 'path' | 'storeId' | 'partitionKey' | 'firstPartyDomain'>,
): string {
  // Memoised per object: cookies are treated as immutable values everywhere, and the panel asks for the key of the
  // same cookie object from several places (store, view, analysis) on every change.
  const known = keyCache.get(c);
  if (known !== undefined) return known;
  const base = [c.storeId, c.name, c.domain, c.path, partitionKeyString(c.partitionKey)];
  // Firefox's first-party isolation keeps one cookie per isolated site: that site joins the key (only when set).
  const key = JSON.stringify(c.firstPartyDomain ? [...base, c.firstPartyDomain] : base);
  keyCache.set(c, key);
  return key;
}
const keyCache = new WeakMap<object, string>();

export function partitionKeyString(pk: PartitionKey | undefined): string {
  if (!pk?.topLevelSite) return '';
  return pk.hasCrossSiteAncestor ? `${pk.topLevelSite} (cross-site ancestor)` : pk.topLevelSite;
}

const UPPER_CASE = /[A-Z]/;

/** The domain without the leading dot, lower-cased. */
export function bareDomain(domain: string): string {
  const bare = domain.charCodeAt(0) === 46 /* . */ ? domain.slice(1) : domain;
  return UPPER_CASE.test(bare) ? bare.toLowerCase() : bare;
}

/** A URL that `chrome.cookies.set/remove` accepts for this cookie (scheme from Secure, host from domain). */
export function cookieUrl(c: Pick<Cookie, 'domain' | 'path' | 'secure'>): string {
  const host = bareDomain(c.domain);
  const scheme = c.secure ? 'https' : 'http';
  const path = c.path.startsWith('/') ? c.path : `/${c.path}`;
  return `${scheme}://${host.includes(':') && !host.startsWith('[') ? `[${host}]` : host}${path}`;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

function isIpHost(host: string): boolean {
  return IPV4.test(host) || host.startsWith('[') || host.includes(':');
}

/** RFC 6265bis §5.1.3 domain-match, host-only aware. */
export function domainMatches(cookie: Pick<Cookie, 'domain' | 'hostOnly'>, host: string): boolean {
  const h = host.toLowerCase();
  const d = bareDomain(cookie.domain);
  if (cookie.hostOnly) return h === d;
  if (h === d) return true;
  return !isIpHost(h) && h.endsWith(`.${d}`);
}

/** RFC 6265bis §5.1.4 path-match. */
export function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath.charAt(cookiePath.length) === '/';
}

/** Potentially trustworthy origins count as secure for cookies (6265bis; Chrome treats localhost as secure). */
export function isSecureContextUrl(url: URL): boolean {
  if (url.protocol === 'https:' || url.protocol === 'wss:') return true;
  const h = url.hostname.toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '[::1]';
}

/** Would the browser attach this cookie to a request for `url`? Ignores SameSite, which depends on the request's context. */
export function cookieAppliesTo(cookie: Cookie, url: URL): boolean {
  if (!url.protocol.startsWith('http') && !url.protocol.startsWith('ws')) return false;
  if (!domainMatches(cookie, url.hostname)) return false;
  if (!pathMatches(cookie.path, url.pathname || '/')) return false;
  return !cookie.secure || isSecureContextUrl(url);
}

/**
 * The Public Suffix List is ~48 KB gzipped (tldts), the largest thing the panel would load. It is installed, not
 * imported: `core/public-suffix-list.ts` installs tldts (the CLI, the service worker and tests import it first
 * thing); the panel paints its first rows with the fallback below and installs the list right after.
 */
export interface PublicSuffixList {
  /** The registrable domain (eTLD+1), or null when the host has none. Private suffixes (github.io) included. */
  getDomain(host: string): string | null;
  /** The public suffix of the host, e.g. "co.uk" for "shop.example.co.uk". */
  getPublicSuffix(host: string): string | null;
}

let publicSuffixList: PublicSuffixList | null = null;

export function installPublicSuffixList(list: PublicSuffixList): void {
  publicSuffixList = list;
  registrableCache.clear();
}

/** The host's public suffix; without the list installed, its last label (right for .com, wrong for .co.uk). */
export function publicSuffixOf(host: string): string | null {
  if (publicSuffixList) return publicSuffixList.getPublicSuffix(host);
  const last = host.lastIndexOf('.');
  return last < 0 ? host : host.slice(last + 1);
}

/**
 * The registrable domain (eTLD+1) of a host from the Public Suffix List; for IP addresses, localhost and other
 * hosts without a registrable domain, the host itself.
 */
export function registrableDomain(host: string): string {
  // Memoised: a whole jar (thousands of cookies) has a few dozen hosts, and the public-suffix lookup dominated the
  // "All sites" render (npm run bench). Pure, so a bounded cache changes no answer.
  const known = registrableCache.get(host);
  if (known !== undefined) return known;
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  const site = isIpHost(h) ? h : publicSuffixList ? (publicSuffixList.getDomain(h) ?? h) : lastTwoLabels(h);
  if (registrableCache.size >= 10_000) registrableCache.clear();
  registrableCache.set(host, site);
  return site;
}
const registrableCache = new Map<string, string>();

function lastTwoLabels(host: string): string {
  const last = host.lastIndexOf('.');
  if (last < 0) return host;
  const before = host.lastIndexOf('.', last - 1);
  return before < 0 ? host : host.slice(before + 1);
}

/** The schemeful site Chrome uses as a partition key's topLevelSite, e.g. `https://example.com`. */
export function topLevelSite(url: URL): string {
  const scheme = url.protocol === 'http:' ? 'http' : 'https';
  const host = url.hostname.startsWith('[') ? url.hostname : registrableDomain(url.hostname);
  return `${scheme}://${host}`;
}

/** Size as DevTools shows it: the bytes of name and value (the 4096 limit of 6265bis §5.6 applies to this sum). */
export function cookieSize(c: Pick<Cookie, 'name' | 'value'>): number {
  return utf8Length(c.name) + utf8Length(c.value);
}

export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) n += 1;
    else if (code < 0x800) n += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Seconds left before expiry, or null for a session cookie. */
export function secondsToExpiry(c: Pick<Cookie, 'session' | 'expirationDate'>, nowMs: number): number | null {
  if (c.session || c.expirationDate === undefined) return null;
  return c.expirationDate - nowMs / 1000;
}

export function isExpired(c: Pick<Cookie, 'session' | 'expirationDate'>, nowMs: number): boolean {
  const left = secondsToExpiry(c, nowMs);
  return left !== null && left <= 0;
}

/** True when the partitioned cookie belongs to the partition of the given top-level page. */
export function inPartitionOf(cookie: Cookie, pageTopLevelSite: string): boolean {
  return !cookie.partitionKey?.topLevelSite || cookie.partitionKey.topLevelSite === pageTopLevelSite;
}

/** RFC 6265bis §5.1.4 default-path of a request URL: the directory of its path. */
export function defaultPath(url: URL): string {
  const p = url.pathname;
  if (!p.startsWith('/')) return '/';
  const last = p.lastIndexOf('/');
  return last <= 0 ? '/' : p.slice(0, last);
}

/** Chrome caps every expiry at creation + 400 days (6265bis §5.5; Chromium CanonicalCookie::ValidateAndAdjustExpiryDate). */
export const MAX_EXPIRY_SECONDS = 400 * 24 * 60 * 60;
/** 6265bis §5.6 step 5 / Chromium kMaxCookieNamePlusValueSize. */
export const MAX_NAME_VALUE_BYTES = 4096;
/** 6265bis §5.6 / Chromium kMaxCookieAttributeValueSize. */
export const MAX_ATTRIBUTE_BYTES = 1024;
/** Chromium kDomainMaxCookies / kDomainPurgeCookies (net/cookies/cookie_monster.cc). */
export const MAX_COOKIES_PER_SITE = 180;
export const PURGE_COOKIES_PER_SITE = 30;

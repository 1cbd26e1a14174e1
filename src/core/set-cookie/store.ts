/**
 * The cookie Chrome would store for a parsed Set-Cookie header (6265bis §5.6–5.7): host-only when no Domain,
 * the default-path, Max-Age over Expires, the 400-day cap. Use explainRefusal first: this does not judge
 * whether the cookie would be refused.
 */
import { defaultPath, MAX_EXPIRY_SECONDS, publicSuffixOf, topLevelSite as siteOf } from '../cookie/cookie.ts';
import type { Cookie, SameSite } from '../cookie/model.ts';
import type { ParsedSetCookie } from './parse.ts';

export const MAX_ATTRIBUTE_VALUE_BYTES = 1024;
export { MAX_EXPIRY_SECONDS as MAX_LIFETIME_S } from '../cookie/cookie.ts';
export { defaultPath } from '../cookie/cookie.ts';

export function storedSameSite(raw: string | undefined): SameSite {
  switch (raw?.toLowerCase()) {
    case 'none':
      return 'no_restriction';
    case 'lax':
      return 'lax';
    case 'strict':
      return 'strict';
    default:
      return 'unspecified';
  }
}

/** The Domain attribute as the browser uses it: leading dot removed, lower-cased; undefined when absent or ignored. */
export function effectiveDomainAttribute(h: Pick<ParsedSetCookie, 'domain'>): string | undefined {
  if (h.domain === undefined || h.domain.length > MAX_ATTRIBUTE_VALUE_BYTES) return undefined;
  const d = h.domain.replace(/^\./, '').toLowerCase();
  return d === '' ? undefined : d;
}

function storedPath(h: ParsedSetCookie, url: URL): string {
  const p = h.path;
  if (p === undefined || !p.startsWith('/') || p.length > MAX_ATTRIBUTE_VALUE_BYTES) return defaultPath(url);
  return p;
}

/** Expiry in seconds since the epoch, capped at 400 days; undefined for a session cookie. */
export function storedExpiry(h: Pick<ParsedSetCookie, 'maxAge' | 'expires'>, nowMs: number): number | undefined {
  const nowS = nowMs / 1000;
  let expiry: number | undefined;
  if (h.maxAge !== undefined) expiry = h.maxAge <= 0 ? 0 : nowS + h.maxAge;
  else if (h.expires !== undefined) expiry = h.expires.getTime() / 1000;
  if (expiry === undefined) return undefined;
  return Math.min(expiry, nowS + MAX_EXPIRY_SECONDS);
}

export function isPublicSuffix(domain: string): boolean {
  return publicSuffixOf(domain) === domain;
}

/**
 * @param topLevelSite the page's schemeful site (`https://example.com`), used as the partition key of a
 *   Partitioned cookie; defaults to the request URL's site.
 */
export function toStoredCookie(
  h: ParsedSetCookie,
  requestUrl: string,
  topLevelSite?: string,
  nowMs: number = Date.now(),
): Cookie {
  const url = new URL(requestUrl);
  const host = url.hostname.toLowerCase();
  const domainAttr = effectiveDomainAttribute(h);
  // Domain equal to the host gives a domain cookie (CK017), except when the host is itself a public suffix.
  const hostOnly = domainAttr === undefined || (domainAttr === host && isPublicSuffix(host));
  const expirationDate = storedExpiry(h, nowMs);
  const cookie: Cookie = {
    name: h.name,
    value: h.value,
    domain: hostOnly ? host : `.${domainAttr}`,
    hostOnly,
    path: storedPath(h, url),
    secure: h.secure,
    httpOnly: h.httpOnly,
    sameSite: storedSameSite(h.sameSite),
    session: expirationDate === undefined,
    storeId: '0',
  };
  if (expirationDate !== undefined) cookie.expirationDate = expirationDate;
  if (h.partitioned && h.secure) cookie.partitionKey = { topLevelSite: topLevelSite ?? siteOf(url) };
  return cookie;
}

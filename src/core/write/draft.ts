/**
 * The cookie editor's input (a draft) and its conversions: from a stored cookie, and to `cookies.set` details.
 * The conversion never changes what the user asked for: what Chrome would refuse or adjust is reported by
 * `validateCookieEdit`, not silently fixed here.
 */
import { bareDomain, cookieUrl, topLevelSite } from '../cookie/cookie.ts';
import type { Cookie, PartitionKey, SameSite } from '../cookie/model.ts';
import type { SetDetails } from './cookie-api.ts';

export type DraftExpiry =
  { kind: 'session' } | { kind: 'date'; epochSeconds: number } | { kind: 'max-age'; seconds: number };

export interface CookieDraft {
  name: string;
  value: string;
  /** Host (host-only cookie) or domain (domain cookie), without the leading dot; '' = the inspected page's host. */
  domain: string;
  /** True: no Domain attribute, the cookie is sent to exactly this host. False: to the domain and its subdomains. */
  hostOnly: boolean;
  path: string;
  expiry: DraftExpiry;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** CHIPS: the cookie lives in the partition of `topLevelSite`. */
  partitioned: boolean;
  /** Schemeful site such as `https://example.com`; '' = the inspected page's top-level site. */
  topLevelSite: string;
  /** Kept from an existing partitioned cookie so that editing it does not change its partition key. */
  hasCrossSiteAncestor?: boolean;
  /** Kept from an existing cookie under Firefox's first-party isolation, so that editing it keeps its identity. */
  firstPartyDomain?: string;
  storeId: string;
}

export function draftFromCookie(c: Cookie): CookieDraft {
  return {
    name: c.name,
    value: c.value,
    domain: bareDomain(c.domain),
    hostOnly: c.hostOnly,
    path: c.path,
    expiry:
      c.session || c.expirationDate === undefined
        ? { kind: 'session' }
        : { kind: 'date', epochSeconds: c.expirationDate },
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    partitioned: !!c.partitionKey?.topLevelSite,
    topLevelSite: c.partitionKey?.topLevelSite ?? '',
    ...(c.partitionKey?.hasCrossSiteAncestor !== undefined
      ? { hasCrossSiteAncestor: c.partitionKey.hasCrossSiteAncestor }
      : {}),
    ...(c.firstPartyDomain ? { firstPartyDomain: c.firstPartyDomain } : {}),
    storeId: c.storeId,
  };
}

/** The host or domain the draft targets: its own, or the page's host when left empty. */
export function draftHost(draft: Pick<CookieDraft, 'domain'>, pageUrl: string): string {
  return draft.domain.trim() === '' ? new URL(pageUrl).hostname.toLowerCase() : bareDomain(draft.domain.trim());
}

/** Seconds since the epoch the draft expires at, or undefined for a session cookie. */
export function draftExpirationDate(expiry: DraftExpiry, nowMs: number): number | undefined {
  switch (expiry.kind) {
    case 'session':
      return undefined;
    case 'date':
      return expiry.epochSeconds;
    case 'max-age':
      // 6265bis §5.6.2: Max-Age is relative to the time the cookie is received.
      return nowMs / 1000 + expiry.seconds;
  }
}

/**
 * The partition key to write. `hasCrossSiteAncestor` is kept from an existing cookie, else spelled out as Chrome
 * would derive it (cross-site unless the cookie's own site is the top-level site): Chrome stores it either way, and
 * the write must ask for exactly the key the stored cookie will have.
 */
export function draftPartitionKey(draft: CookieDraft, pageUrl: string): PartitionKey | undefined {
  if (!draft.partitioned) return undefined;
  const site = draft.topLevelSite.trim() === '' ? topLevelSite(new URL(pageUrl)) : draft.topLevelSite.trim();
  return {
    topLevelSite: site,
    hasCrossSiteAncestor: draft.hasCrossSiteAncestor ?? draftOwnSite(draft, pageUrl) !== site,
  };
}

/** The schemeful site of the cookie itself (partitioned cookies are Secure, so https). */
export function draftOwnSite(draft: Pick<CookieDraft, 'domain'>, pageUrl: string): string {
  return topLevelSite(new URL(cookieUrl({ domain: draftHost(draft, pageUrl), path: '/', secure: true })));
}

/** The `cookies.set` details for a draft: url from the cookie's own scope (`cookieUrl`), nothing adjusted. */
export function cookieFromDraft(draft: CookieDraft, pageUrl: string, nowMs: number): SetDetails {
  const host = draftHost(draft, pageUrl);
  const expirationDate = draftExpirationDate(draft.expiry, nowMs);
  const partitionKey = draftPartitionKey(draft, pageUrl);
  return {
    url: cookieUrl({ domain: host, path: draft.path, secure: draft.secure }),
    name: draft.name,
    value: draft.value,
    ...(draft.hostOnly ? {} : { domain: host }),
    path: draft.path,
    secure: draft.secure,
    httpOnly: draft.httpOnly,
    sameSite: draft.sameSite,
    ...(expirationDate !== undefined ? { expirationDate } : {}),
    storeId: draft.storeId,
    ...(partitionKey ? { partitionKey } : {}),
    ...(draft.firstPartyDomain ? { firstPartyDomain: draft.firstPartyDomain } : {}),
  };
}

/**
 * The cookie model shared by every part of Cookie Lens. It is the `chrome.cookies.Cookie` shape, restated here
 * without any browser type so that `core` runs in Node, tests and benchmarks.
 */
export type SameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';

export interface PartitionKey {
  /** The top-level site (scheme://eTLD+1) the partitioned cookie belongs to. */
  topLevelSite?: string;
  /** True when the cookie was set in a frame with a cross-site ancestor. */
  hasCrossSiteAncestor?: boolean;
}

export interface Cookie {
  name: string;
  value: string;
  /** As Chrome reports it: host-only cookies have no leading dot, domain cookies have one. */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** True for a session (non-persistent) cookie: no expirationDate. */
  session: boolean;
  /** Seconds since the UNIX epoch; absent for session cookies. */
  expirationDate?: number;
  storeId: string;
  partitionKey?: PartitionKey;
  /**
   * Firefox only, with first-party isolation on (`privacy.firstparty.isolate`): the top-level site the cookie is
   * isolated to. Part of the identity; absent (never '') everywhere else. MDN: cookies.Cookie.firstPartyDomain.
   */
  firstPartyDomain?: string;
}

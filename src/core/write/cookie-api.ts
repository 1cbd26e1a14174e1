/**
 * The subset of the promise-based `browser.cookies` API (webextension-polyfill) that writes use, restated without
 * browser types so `core` stays pure. `browser.cookies` and the test fake (`FakeCookieStore.api`) both satisfy it.
 * Shapes follow developer.chrome.com/docs/extensions/reference/api/cookies.
 */
import type { Cookie, PartitionKey, SameSite } from '../cookie/model.ts';

export interface CookieDetails {
  url: string;
  name: string;
  storeId?: string;
  partitionKey?: PartitionKey;
  /** Firefox's first-party isolation (see Cookie.firstPartyDomain); the browser seam adds it only in Firefox. */
  firstPartyDomain?: string;
}

export interface GetAllDetails {
  url?: string;
  domain?: string;
  name?: string;
  path?: string;
  secure?: boolean;
  session?: boolean;
  storeId?: string;
  partitionKey?: PartitionKey;
  /** Firefox's first-party isolation (see Cookie.firstPartyDomain); the browser seam adds it only in Firefox. */
  firstPartyDomain?: string;
}

/** `cookies.set` details. Omitting `domain` makes a host-only cookie; omitting `expirationDate` a session cookie. */
export interface SetDetails {
  url: string;
  name: string;
  value: string;
  domain?: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  expirationDate?: number;
  storeId: string;
  partitionKey?: PartitionKey;
  /** Firefox's first-party isolation (see Cookie.firstPartyDomain); the browser seam adds it only in Firefox. */
  firstPartyDomain?: string;
}

export interface CookieApi {
  get(details: CookieDetails): Promise<Cookie | null>;
  getAll(details: GetAllDetails): Promise<Cookie[]>;
  set(details: SetDetails): Promise<Cookie | null | undefined>;
  remove(details: CookieDetails): Promise<unknown>;
}

/**
 * Exact snapshots of stored cookies: reading one identity back, comparing every attribute, and the `cookies.set`
 * details that re-create a snapshot exactly (host-only by omitting `domain`, session by omitting `expirationDate`).
 */
import { bareDomain, cookieKey, cookieUrl, defaultPath, partitionKeyString } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import type { CookieApi, SetDetails } from './cookie-api.ts';

export type CookieIdentity = Pick<Cookie, 'name' | 'domain' | 'path' | 'storeId' | 'partitionKey' | 'firstPartyDomain'>;

/** Chrome returns expiry as a double from a microsecond clock; below a millisecond is representation, not change. */
const EXPIRY_EPSILON_S = 0.001;

export function setDetailsFromCookie(c: Cookie): SetDetails {
  return {
    url: cookieUrl(c),
    name: c.name,
    value: c.value,
    ...(c.hostOnly ? {} : { domain: bareDomain(c.domain) }),
    path: c.path,
    secure: c.secure,
    httpOnly: c.httpOnly,
    sameSite: c.sameSite,
    ...(!c.session && c.expirationDate !== undefined ? { expirationDate: c.expirationDate } : {}),
    storeId: c.storeId,
    ...(c.partitionKey?.topLevelSite ? { partitionKey: { ...c.partitionKey } } : {}),
    ...(c.firstPartyDomain ? { firstPartyDomain: c.firstPartyDomain } : {}),
  };
}

/** The identity Chrome will give the cookie these details create (cookie_util::GetCookieDomainWithString). */
export function identityOfDetails(d: SetDetails): CookieIdentity {
  const url = new URL(d.url);
  return {
    name: d.name,
    domain: d.domain !== undefined && d.domain !== '' ? `.${bareDomain(d.domain)}` : url.hostname.toLowerCase(),
    path: d.path === '' ? defaultPath(url) : d.path,
    storeId: d.storeId,
    ...(d.partitionKey?.topLevelSite ? { partitionKey: d.partitionKey } : {}),
    ...(d.firstPartyDomain ? { firstPartyDomain: d.firstPartyDomain } : {}),
  };
}

/** The stored cookie with exactly this identity, or null. Reads with getAll: `get` returns the longest-path match. */
export async function readCookie(api: CookieApi, id: CookieIdentity): Promise<Cookie | null> {
  const candidates = await api.getAll({
    domain: bareDomain(id.domain),
    name: id.name,
    path: id.path,
    storeId: id.storeId,
    ...(id.partitionKey?.topLevelSite ? { partitionKey: id.partitionKey } : {}),
    ...(id.firstPartyDomain ? { firstPartyDomain: id.firstPartyDomain } : {}),
  });
  const key = cookieKey(id);
  return candidates.find((c) => cookieKey(c) === key) ?? null;
}

/** Attributes in which two snapshots differ (empty = the same cookie, exactly). */
export function cookieDifferences(a: Cookie, b: Cookie): string[] {
  const out: string[] = [];
  for (const f of [
    'name',
    'value',
    'domain',
    'hostOnly',
    'path',
    'secure',
    'httpOnly',
    'sameSite',
    'session',
    'storeId',
  ] as const) {
    if (a[f] !== b[f]) out.push(f);
  }
  if (!a.session || !b.session) {
    const ea = a.expirationDate ?? Number.NaN;
    const eb = b.expirationDate ?? Number.NaN;
    if (!(Math.abs(ea - eb) < EXPIRY_EPSILON_S)) out.push('expirationDate');
  }
  if (partitionKeyString(a.partitionKey) !== partitionKeyString(b.partitionKey)) out.push('partitionKey');
  if ((a.firstPartyDomain ?? '') !== (b.firstPartyDomain ?? '')) out.push('firstPartyDomain');
  return out;
}

export function sameCookie(a: Cookie, b: Cookie): boolean {
  return cookieDifferences(a, b).length === 0;
}

/** Does the stored cookie carry what the details asked for? Chrome may only shorten the expiry (400-day cap). */
export function requestDifferences(stored: Cookie, d: SetDetails): string[] {
  const out: string[] = [];
  if (stored.value !== d.value) out.push('value');
  if (stored.secure !== d.secure) out.push('secure');
  if (stored.httpOnly !== d.httpOnly) out.push('httpOnly');
  if (stored.sameSite !== d.sameSite) out.push('sameSite');
  if (stored.hostOnly !== (d.domain === undefined || d.domain === '')) out.push('hostOnly');
  if (d.expirationDate === undefined) {
    if (!stored.session) out.push('expirationDate');
  } else if (
    stored.session ||
    stored.expirationDate === undefined ||
    stored.expirationDate > d.expirationDate + EXPIRY_EPSILON_S
  ) {
    out.push('expirationDate');
  }
  return out;
}

export function isExpiredAt(c: Pick<Cookie, 'session' | 'expirationDate'>, nowMs: number): boolean {
  return !c.session && c.expirationDate !== undefined && c.expirationDate <= nowMs / 1000;
}

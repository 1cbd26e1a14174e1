/**
 * A behavioural, in-memory stand-in for `browser.cookies` (webextension-polyfill's promise API) that enforces the
 * rules Chrome enforces, so tests assert on the resulting store, not on call shapes.
 *
 * Modelled on Chrome's behaviour (extensions/browser/api/cookies, net/cookies):
 * - identity = store + name + domain + path + partition key; setting an existing identity overwrites it
 *   (onChanged: removed/"overwrite" then added/"explicit");
 * - getAll filters: url (would be sent to it), domain (equal or subdomain), name, path, secure, session, storeId;
 *   without `partitionKey` only unpartitioned cookies; `partitionKey: {}` every partition; with a topLevelSite,
 *   that partition plus unpartitioned cookies;
 * - set refuses what Chrome refuses (Secure from an insecure URL, SameSite=None without Secure, Partitioned
 *   without Secure, bad prefixes, a Domain that does not domain-match the URL or is a public suffix, name+value
 *   over 4096 bytes, forbidden characters), caps expiry at 400 days, and treats a past expiry as a delete;
 * - remove deletes every cookie with that name that would be sent to the URL (Chrome's CookieDeletionFilter);
 * - more than 180 cookies for one site evicts 30, non-Secure first, oldest first (cause "evicted").
 * Faults can be injected per operation to test that callers never lose a cookie: a call that fails (Chrome's
 * `runtime.lastError`), a call that answers but does nothing (Chrome's `set` returns no error yet stores nothing for
 * some refused cookies), a set that stores something else than asked, and a worker that stops mid-operation (after
 * the k-th call, no call answers again until `restart()`, as when Chrome stops the service worker).
 */
import { getPublicSuffix } from 'tldts';

import {
  bareDomain,
  cookieAppliesTo,
  cookieKey,
  defaultPath,
  domainMatches,
  isSecureContextUrl,
  MAX_COOKIES_PER_SITE,
  MAX_EXPIRY_SECONDS,
  MAX_NAME_VALUE_BYTES,
  PURGE_COOKIES_PER_SITE,
  registrableDomain,
  utf8Length,
} from '../../src/core/cookie/cookie.ts';
import type { Cookie, PartitionKey } from '../../src/core/cookie/model.ts';
import type { CookieDetails, GetAllDetails, SetDetails as CoreSetDetails } from '../../src/core/write/cookie-api.ts';

export type OnChangedCause = 'explicit' | 'overwrite' | 'expired' | 'expired_overwrite' | 'evicted';
export interface ChangeInfo {
  removed: boolean;
  cookie: Cookie;
  cause: OnChangedCause;
}
type ChangeListener = (info: ChangeInfo) => void;

export type { CookieDetails, GetAllDetails };

/** Chrome's `cookies.set` details, as loose as the real API: only `url` is required (core's SetDetails is stricter). */
export type SetDetails = Partial<CoreSetDetails> & Pick<CoreSetDetails, 'url'>;

export type Operation = 'get' | 'getAll' | 'set' | 'remove';

interface Stored {
  cookie: Cookie;
  created: number;
}

export const DEFAULT_STORE = '0';
// eslint-disable-next-line no-control-regex -- control characters are exactly what Chrome forbids
const NAME_FORBIDDEN = /[\x00-\x1f\x7f;=]/;
// eslint-disable-next-line no-control-regex -- control characters are exactly what Chrome forbids
const VALUE_FORBIDDEN = /[\x00-\x1f\x7f;]/;

export class FakeCookieStore {
  private readonly jar = new Map<string, Stored>();
  private readonly listeners = new Set<ChangeListener>();
  private readonly faults: {
    op: Operation;
    countdown: number;
    message: string;
    kind: 'fail' | 'ignore' | 'alter';
    patch?: Partial<Cookie>;
  }[] = [];
  private answersLeft = Infinity;
  private onStop: (() => void) | null = null;
  /** Resolves when a call went unanswered because the worker was stopped (`stopAnsweringAfter`). */
  stopped: Promise<void> = new Promise(() => undefined);
  private seq = 0;
  /** Milliseconds since the epoch; tests move it forward to expire cookies. */
  now = Date.UTC(2026, 10, 25, 12, 0, 0);
  readonly calls: Record<Operation, number> = { get: 0, getAll: 0, set: 0, remove: 0 };

  /** The webextension-polyfill-shaped API (`browser.cookies`). */
  readonly api = {
    get: (details: CookieDetails) => this.call('get', () => this.get(details)),
    getAll: (details: GetAllDetails = {}) => this.call('getAll', () => this.getAll(details)),
    set: (details: SetDetails) => this.call('set', () => this.set(details)),
    remove: (details: CookieDetails) => this.call('remove', () => this.remove(details)),
    getAllCookieStores: async () => [{ id: DEFAULT_STORE, tabIds: [] as number[] }],
    onChanged: {
      addListener: (l: ChangeListener) => void this.listeners.add(l),
      removeListener: (l: ChangeListener) => void this.listeners.delete(l),
      hasListener: (l: ChangeListener) => this.listeners.has(l),
    },
  };

  /**
   * Make the `nth` next call of `op` (1 = the very next) reject with `message`, as Chrome does through
   * `runtime.lastError`. Faults are one-shot.
   */
  failOn(op: Operation, nth = 1, message = `Injected failure of cookies.${op}`): void {
    this.faults.push({ op, countdown: nth, message, kind: 'fail' });
  }

  /** Make the `nth` next call of `op` answer as if it had worked while changing nothing. One-shot. */
  ignoreOn(op: 'set' | 'remove', nth = 1): void {
    this.faults.push({ op, countdown: nth, message: '', kind: 'ignore' });
  }

  /** Make the `nth` next `set` store the cookie with `patch` applied (Chrome adjusting what it was asked). One-shot. */
  alterOn(nth: number, patch: Partial<Cookie>): void {
    this.faults.push({ op: 'set', countdown: nth, message: '', kind: 'alter', patch });
  }

  /**
   * The worker stops after `k` more calls (of any kind): every later call never settles, as the promises of a
   * stopped service worker never do. `stopped` resolves at the first unanswered call.
   */
  stopAnsweringAfter(k: number): void {
    this.answersLeft = k;
    this.stopped = new Promise((resolve) => (this.onStop = resolve));
  }

  /** A new worker: calls are answered again (the stopped worker's calls stay unanswered). */
  restart(): void {
    this.answersLeft = Infinity;
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Every cookie in every store and partition, sorted by identity: the truth tests compare against. */
  all(): Cookie[] {
    this.expireDue();
    return [...this.jar.values()].map((s) => structuredClone(s.cookie)).sort((a, b) => cmp(cookieKey(a), cookieKey(b)));
  }

  /** Seed cookies directly (no validation, no events), as if they were already in the profile. */
  seed(...cookies: Cookie[]): void {
    for (const c of cookies) this.jar.set(cookieKey(c), { cookie: structuredClone(c), created: this.seq++ });
  }

  /**
   * Another call the same worker makes (e.g. `storage.session`): it counts towards `stopAnsweringAfter` and never
   * settles once the worker is stopped.
   */
  answer<T>(run: () => T): Promise<T> {
    return this.call('other', run);
  }

  private async call<T>(op: Operation | 'other', run: () => T): Promise<T> {
    if (this.answersLeft <= 0) {
      this.onStop?.();
      return new Promise<T>(() => undefined);
    }
    this.answersLeft--;
    if (op === 'other') return run();
    this.calls[op]++;
    // Every pending fault of this kind counts the call; the first one due fires.
    for (const f of this.faults) if (f.op === op) f.countdown--;
    const due = this.faults.find((f) => f.op === op && f.countdown === 0);
    if (due) {
      this.faults.splice(this.faults.indexOf(due), 1);
      if (due.kind === 'fail') throw new Error(due.message);
      if (due.kind === 'ignore') return (op === 'set' ? null : { ok: true }) as T;
      this.alterNext = due.patch ?? null;
    }
    try {
      return run();
    } finally {
      this.alterNext = null;
    }
  }

  private alterNext: Partial<Cookie> | null = null;

  private emit(info: ChangeInfo): void {
    for (const l of [...this.listeners]) l(structuredClone(info));
  }

  private expireDue(): void {
    const nowS = this.now / 1000;
    for (const [k, s] of this.jar) {
      if (!s.cookie.session && s.cookie.expirationDate !== undefined && s.cookie.expirationDate <= nowS) {
        this.jar.delete(k);
        this.emit({ removed: true, cookie: s.cookie, cause: 'expired' });
      }
    }
  }

  private get(details: CookieDetails): Cookie | null {
    const url = new URL(details.url);
    const matches = this.getAll({
      url: details.url,
      name: details.name,
      storeId: details.storeId,
      partitionKey: details.partitionKey,
    }).filter((c) => partitionEquals(c.partitionKey, details.partitionKey));
    // Chrome returns the one with the longest path, then the earliest created.
    matches.sort((a, b) => b.path.length - a.path.length);
    void url;
    return matches[0] ?? null;
  }

  private getAll(details: GetAllDetails): Cookie[] {
    this.expireDue();
    const store = details.storeId ?? DEFAULT_STORE;
    const url = details.url ? new URL(details.url) : null;
    const out: Cookie[] = [];
    for (const { cookie: c } of this.jar.values()) {
      if (c.storeId !== store) continue;
      if (!partitionSelected(c.partitionKey, details.partitionKey)) continue;
      if (url && !cookieAppliesTo(c, url)) continue;
      if (details.domain !== undefined) {
        const want = bareDomain(details.domain);
        const have = bareDomain(c.domain);
        if (have !== want && !have.endsWith(`.${want}`)) continue;
      }
      if (details.name !== undefined && c.name !== details.name) continue;
      if (details.path !== undefined && c.path !== details.path) continue;
      if (details.secure !== undefined && c.secure !== details.secure) continue;
      if (details.session !== undefined && c.session !== details.session) continue;
      out.push(structuredClone(c));
    }
    return out;
  }

  private set(d: SetDetails): Cookie {
    const url = new URL(d.url);
    const name = d.name ?? '';
    const value = d.value ?? '';
    const fail = (why: string): never => {
      // Chrome's own wording for a refused cookie (extensions/browser/api/cookies/cookies_api.cc).
      throw new Error(`Failed to parse or set cookie named "${name}". (${why})`);
    };
    if (!/^https?:$/.test(url.protocol)) fail('unsupported scheme');
    if (NAME_FORBIDDEN.test(name)) fail('invalid character in name');
    if (VALUE_FORBIDDEN.test(value)) fail('invalid character in value');
    if (name === '' && value === '') fail('empty name and value');
    if (utf8Length(name) + utf8Length(value) > MAX_NAME_VALUE_BYTES) fail('name and value over 4096 bytes');
    const secure = d.secure ?? false;
    if (secure && !isSecureContextUrl(url)) fail('Secure cookie from an insecure URL');
    const sameSite = d.sameSite ?? 'unspecified';
    if (sameSite === 'no_restriction' && !secure) fail('SameSite=None requires Secure');
    const partitioned = !!d.partitionKey?.topLevelSite;
    if (partitioned && !secure) fail('Partitioned requires Secure');
    let domain: string;
    let hostOnly: boolean;
    if (d.domain !== undefined && d.domain !== '') {
      const bare = bareDomain(d.domain);
      if (!domainMatches({ domain: bare, hostOnly: false }, url.hostname)) fail('domain does not match the URL');
      if (getPublicSuffix(bare, { allowPrivateDomains: true }) === bare && bare !== url.hostname)
        fail('domain is a public suffix');
      domain = `.${bare}`;
      hostOnly = false;
    } else {
      domain = url.hostname.toLowerCase();
      hostOnly = true;
    }
    const path = d.path ?? defaultPath(url);
    const lower = name.toLowerCase();
    if (lower.startsWith('__secure-') && !secure) fail('__Secure- prefix requires Secure');
    if (lower.startsWith('__host-') && (!secure || !hostOnly || path !== '/'))
      fail('__Host- prefix requires Secure, Path=/ and no Domain');
    const nowS = this.now / 1000;
    let expirationDate = d.expirationDate;
    if (expirationDate !== undefined && expirationDate > nowS + MAX_EXPIRY_SECONDS)
      expirationDate = nowS + MAX_EXPIRY_SECONDS;
    const cookie: Cookie = {
      name,
      value,
      domain,
      hostOnly,
      path,
      secure,
      httpOnly: d.httpOnly ?? false,
      sameSite,
      session: expirationDate === undefined,
      storeId: d.storeId ?? DEFAULT_STORE,
      ...(expirationDate !== undefined ? { expirationDate } : {}),
      ...(partitioned ? { partitionKey: { ...d.partitionKey } } : {}),
      ...this.alterNext,
    };
    const key = cookieKey(cookie);
    const old = this.jar.get(key);
    const expired = expirationDate !== undefined && expirationDate <= nowS;
    if (old) {
      this.jar.delete(key);
      this.emit({ removed: true, cookie: old.cookie, cause: expired ? 'expired_overwrite' : 'overwrite' });
    }
    if (expired) return structuredClone(cookie);
    this.jar.set(key, { cookie, created: this.seq++ });
    this.emit({ removed: false, cookie, cause: 'explicit' });
    this.evictOverQuota(cookie);
    return structuredClone(cookie);
  }

  private evictOverQuota(added: Cookie): void {
    const site = registrableDomain(bareDomain(added.domain));
    const siteCookies = [...this.jar.entries()].filter(
      ([, s]) => s.cookie.storeId === added.storeId && registrableDomain(bareDomain(s.cookie.domain)) === site,
    );
    if (siteCookies.length <= MAX_COOKIES_PER_SITE) return;
    // 6265bis §5.7 eviction order: non-Secure first, then least recently created.
    siteCookies.sort(([, a], [, b]) => Number(a.cookie.secure) - Number(b.cookie.secure) || a.created - b.created);
    for (const [k, s] of siteCookies.slice(0, PURGE_COOKIES_PER_SITE)) {
      this.jar.delete(k);
      this.emit({ removed: true, cookie: s.cookie, cause: 'evicted' });
    }
  }

  private remove(d: CookieDetails): { url: string; name: string; storeId: string } | null {
    const url = new URL(d.url);
    const store = d.storeId ?? DEFAULT_STORE;
    for (const [k, s] of [...this.jar]) {
      const c = s.cookie;
      if (c.storeId !== store || c.name !== d.name) continue;
      if (!partitionEquals(c.partitionKey, d.partitionKey)) continue;
      if (!cookieAppliesTo(c, url)) continue;
      this.jar.delete(k);
      this.emit({ removed: true, cookie: c, cause: 'explicit' });
    }
    return { url: d.url, name: d.name, storeId: store };
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function partitionEquals(a: PartitionKey | undefined, b: PartitionKey | undefined): boolean {
  return (a?.topLevelSite ?? '') === (b?.topLevelSite ?? '');
}

function partitionSelected(cookiePk: PartitionKey | undefined, filter: PartitionKey | undefined): boolean {
  if (!cookiePk?.topLevelSite) return true;
  if (!filter) return false;
  if (!filter.topLevelSite) return true;
  return filter.topLevelSite === cookiePk.topLevelSite;
}

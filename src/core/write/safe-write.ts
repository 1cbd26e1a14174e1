/**
 * Cookie writes that never lose a cookie: edit in place, rename or move (set the new cookie, read it back, only then
 * remove the old one), bulk delete, exact restore, and a concurrency check before overwriting.
 * All of them run through `applyTransition` (cookie-transition.ts), which restores the original state on failure.
 * Why: delete-then-set editors lose the cookie when the set fails (Cookie-Editor issue 123, "Cookie Erased when is
 * modified": https://github.com/Moustachauve/cookie-editor/issues/123).
 */
import { cookieKey } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import type { CookieApi, SetDetails } from './cookie-api.ts';
import { cookieDifferences, identityOfDetails, readCookie, setDetailsFromCookie } from './snapshot.ts';
import { applyTransition, type DesiredCookie, messageOf, type TransitionOptions } from './transition.ts';

export type { TransitionOptions as WriteOptions } from './transition.ts';

export interface WriteFailure {
  ok: false;
  /** Plain-language message for the user. */
  error: string;
  /** Chrome's own `runtime.lastError` text when a call failed; pass it to `explainChromeError` with the draft. */
  chromeMessage?: string;
  /** True when the store was put back exactly as it was before the attempt. */
  restored: boolean;
}

export interface WriteRequest {
  /** The cookie as the editor opened it; absent when adding a new cookie. */
  original?: Cookie;
  /** What to write: `cookies.set` details (e.g. from `cookieFromDraft`) or an exact cookie snapshot. */
  next: SetDetails | Cookie;
}

export type WriteResult =
  | {
      ok: true;
      /** The cookie as stored, or null when the write was a deletion (an expiry in the past). */
      cookie: Cookie | null;
      /** Exact snapshots of what changed, for the undo journal. */
      before: Cookie[];
      after: Cookie[];
    }
  | WriteFailure;

export async function writeCookie(
  api: CookieApi,
  request: WriteRequest,
  options?: TransitionOptions,
): Promise<WriteResult> {
  const exact = isCookie(request.next) ? request.next : undefined;
  const details = isCookie(request.next) ? setDetailsFromCookie(request.next) : request.next;
  const target = identityOfDetails(details);
  const desired: DesiredCookie[] = [{ id: target, want: details, ...(exact ? { exact } : {}) }];
  const { original } = request;
  if (original && cookieKey(original) !== cookieKey(target)) desired.push({ id: original, want: null });
  const r = await applyTransition(api, desired, options);
  if (!r.ok) return r;
  return {
    ok: true,
    cookie: r.after.get(cookieKey(target)) ?? null,
    before: present(r.before),
    after: present(r.after),
  };
}

export type DeleteResult = { ok: true; removed: Cookie[] } | WriteFailure;

/** Remove these cookies (all or none); `removed` holds exact snapshots of what was in the store, for undo. */
export async function deleteCookies(
  api: CookieApi,
  cookies: Cookie[],
  options?: TransitionOptions,
): Promise<DeleteResult> {
  const r = await applyTransition(
    api,
    cookies.map((c) => ({ id: c, want: null })),
    options,
  );
  if (!r.ok) return r;
  return { ok: true, removed: present(r.before) };
}

export type RestoreResult = { ok: true; cookie: Cookie | null } | WriteFailure;

/** Re-create a cookie exactly from a snapshot (value, host-only or domain, path, expiry, flags, partition, store). */
export async function restoreCookie(api: CookieApi, c: Cookie, options?: TransitionOptions): Promise<RestoreResult> {
  const r = await applyTransition(api, [{ id: c, want: setDetailsFromCookie(c), exact: c }], options);
  if (!r.ok) return r;
  return { ok: true, cookie: r.after.get(cookieKey(c)) ?? null };
}

export type StateResult = { ok: true; before: Cookie[]; after: Cookie[] } | WriteFailure;

/**
 * Make the store hold exactly `to` for every identity in `from` ∪ `to`: cookies of `to` are re-created exactly,
 * identities only in `from` are removed. Used by undo/redo.
 */
export async function applyCookieState(
  api: CookieApi,
  from: Cookie[],
  to: Cookie[],
  options?: TransitionOptions,
): Promise<StateResult> {
  const wanted = new Set(to.map(cookieKey));
  const desired: DesiredCookie[] = [
    ...to.map((c) => ({ id: c, want: setDetailsFromCookie(c), exact: c })),
    ...dedupe(from)
      .filter((c) => !wanted.has(cookieKey(c)))
      .map((c) => ({ id: c, want: null })),
  ];
  const r = await applyTransition(api, desired, options);
  if (!r.ok) return r;
  return { ok: true, before: present(r.before), after: present(r.after) };
}

export type ConcurrencyCheck =
  | { status: 'unchanged'; current: Cookie }
  | { status: 'changed'; current: Cookie; fields: string[] }
  | { status: 'gone' }
  | { status: 'unavailable'; error: string };

/** Has the stored cookie changed since the editor opened it? The UI asks before overwriting when it has. */
export async function checkConcurrent(api: CookieApi, original: Cookie): Promise<ConcurrencyCheck> {
  let current: Cookie | null;
  try {
    current = await readCookie(api, original);
  } catch (e) {
    return {
      status: 'unavailable',
      error: `Could not read "${original.name}" to check for changes (${messageOf(e)}).`,
    };
  }
  if (!current) return { status: 'gone' };
  const fields = cookieDifferences(original, current);
  return fields.length === 0 ? { status: 'unchanged', current } : { status: 'changed', current, fields };
}

function isCookie(x: SetDetails | Cookie): x is Cookie {
  return 'hostOnly' in x && 'session' in x;
}

function present(m: Map<string, Cookie | null>): Cookie[] {
  return [...m.values()].filter((c): c is Cookie => c !== null);
}

function dedupe(cs: Cookie[]): Cookie[] {
  return [...new Map(cs.map((c) => [cookieKey(c), c])).values()];
}

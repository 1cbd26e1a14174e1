/**
 * Moves a set of cookie identities from their current state to a desired one without ever losing a cookie:
 * 1. snapshot every identity involved;
 * 2. write every cookie that should exist and read it back (set first: a failure here has removed nothing);
 * 3. only then remove what should no longer exist. Chrome's `cookies.remove` deletes EVERY cookie of that name
 *    that would be sent to the URL (CookieDeletionFilter in extensions/browser/api/cookies), so the same-name
 *    cookies are snapshotted before each remove and any collateral loss is re-created;
 * 4. verify the end state. On any failure, put every snapshotted identity back exactly as it was.
 * With a `writeAhead` hook, the snapshots are handed over (and awaited) before the first write and again before any
 * remove that could take a newly seen same-name cookie with it, so a stopped worker can finish or undo the write
 * from them (journal-intent.ts).
 */
import { cookieKey, cookieUrl } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import type { CookieApi, SetDetails } from './cookie-api.ts';
import {
  type CookieIdentity,
  isExpiredAt,
  readCookie,
  requestDifferences,
  sameCookie,
  setDetailsFromCookie,
} from './snapshot.ts';

export interface DesiredCookie {
  id: CookieIdentity;
  /** What to write, or null to remove the identity. */
  want: SetDetails | null;
  /** When re-creating a snapshot: the exact cookie that must result. */
  exact?: Cookie;
}

/** An identity and its exact state before the write (null: it did not exist). */
export interface Snapshot {
  id: CookieIdentity;
  cookie: Cookie | null;
}

export interface TransitionOptions {
  /** Clock in ms since the epoch (expiry in the past means "deleted"); defaults to Date.now. */
  now?: () => number;
  /** Attempts to put the store back after a failure (each attempt retries every step). */
  rollbackAttempts?: number;
  /**
   * Write-ahead: persist the plan; called before the first browser call (no snapshots yet), then with the snapshots
   * before the first write, and again whenever a same-name cookie joins them. The write waits for it and stops
   * (changing nothing) if the first two fail.
   */
  writeAhead?: (plan: WritePlan) => Promise<void>;
}

export interface WritePlan {
  targets: DesiredCookie[];
  /** null until the identities have been read: nothing has been written before they are. */
  before: Snapshot[] | null;
}

export type TransitionResult =
  | { ok: true; before: Map<string, Cookie | null>; after: Map<string, Cookie | null> }
  | { ok: false; error: string; chromeMessage?: string; restored: boolean };

type State = Map<string, Cookie | null>;
/** Every identity involved, by key, so that absent cookies can still be looked up. */
type Ids = Map<string, CookieIdentity>;

class StepError extends Error {
  constructor(
    message: string,
    readonly chromeMessage?: string,
  ) {
    super(message);
  }
}

export async function applyTransition(
  api: CookieApi,
  desired: DesiredCookie[],
  options: TransitionOptions = {},
): Promise<TransitionResult> {
  const now = options.now ?? Date.now;
  const before: State = new Map();
  const ids: Ids = new Map(desired.map((d) => [cookieKey(d.id), d.id]));
  const record = async () =>
    options.writeAhead?.({
      targets: desired,
      before: [...before].map(([k, cookie]) => ({ id: ids.get(k) as CookieIdentity, cookie })),
    });
  try {
    await options.writeAhead?.({ targets: desired, before: null });
    for (const d of desired) before.set(cookieKey(d.id), await readCookie(api, d.id));
  } catch (e) {
    return {
      ok: false,
      error: `Could not read the cookies before changing them (${messageOf(e)}). Nothing was changed.`,
      chromeMessage: messageOf(e),
      restored: true,
    };
  }
  try {
    await record();
  } catch (e) {
    return {
      ok: false,
      error: `Could not record the change before making it (${messageOf(e)}). Nothing was changed.`,
      restored: true,
    };
  }
  const expected: State = new Map(before);
  const doomed = new Set(desired.filter((d) => d.want === null).map((d) => cookieKey(d.id)));
  try {
    for (const d of desired) if (d.want) expected.set(cookieKey(d.id), await writeAndCheck(api, d, d.want, now));
    for (const d of desired) {
      const current = expected.get(cookieKey(d.id));
      if (d.want === null && current)
        await removeKeepingOthers(api, current, { expected, before, ids, doomed, record });
    }
    await verify(api, expected, ids, now);
  } catch (e) {
    const restored = await rollBack(api, before, ids, options.rollbackAttempts ?? 3, now, record);
    const chromeMessage = e instanceof StepError ? e.chromeMessage : messageOf(e);
    const tail = restored
      ? 'Every cookie was put back as it was.'
      : 'Some cookies could not be put back: reload the panel to see the store.';
    return { ok: false, error: `${messageOf(e)} ${tail}`, ...(chromeMessage ? { chromeMessage } : {}), restored };
  }
  const after: State = new Map();
  for (const d of desired) after.set(cookieKey(d.id), expected.get(cookieKey(d.id)) ?? null);
  const touched: State = new Map();
  for (const d of desired) touched.set(cookieKey(d.id), before.get(cookieKey(d.id)) ?? null);
  return { ok: true, before: touched, after };
}

async function writeAndCheck(
  api: CookieApi,
  d: DesiredCookie,
  want: SetDetails,
  now: () => number,
): Promise<Cookie | null> {
  try {
    await api.set(want);
  } catch (e) {
    throw new StepError(`Chrome did not save "${want.name}": ${messageOf(e)}.`, messageOf(e));
  }
  const stored = await readCookie(api, d.id);
  // A past expiry is Chrome's way of deleting (6265bis §5.7: expiry in the past removes the cookie).
  if (want.expirationDate !== undefined && want.expirationDate <= now() / 1000) {
    if (stored) throw new StepError(`Chrome kept "${want.name}" although its expiry is in the past.`);
    return null;
  }
  if (!stored) throw new StepError(`Chrome reported "${want.name}" as saved, but it is not in the store.`);
  const diffs = d.exact ? (sameCookie(stored, d.exact) ? [] : ['attributes']) : requestDifferences(stored, want);
  if (diffs.length > 0)
    throw new StepError(`Chrome stored "${want.name}" with a different ${diffs.join(', ')} than requested.`);
  return stored;
}

/** Remove one cookie; re-create any same-name cookie Chrome removed along with it (unless it is doomed too). */
interface RemoveContext {
  /** What the store should hold now; collateral cookies are re-created from here. */
  expected: State;
  /** Snapshots for rollback; same-name cookies seen before a remove join them. */
  before: State;
  ids: Ids;
  /** Keys that are to be removed anyway: not re-created when Chrome removes them along with the target. */
  doomed: Set<string>;
  /** Write-ahead: persists `before`; awaited before a remove whenever a same-name cookie joined the snapshots. */
  record: () => Promise<void>;
}

async function removeKeepingOthers(api: CookieApi, target: Cookie, ctx: RemoveContext): Promise<void> {
  const { expected, before, ids, doomed } = ctx;
  const isolation = {
    ...(target.partitionKey?.topLevelSite ? { partitionKey: target.partitionKey } : {}),
    ...(target.firstPartyDomain ? { firstPartyDomain: target.firstPartyDomain } : {}),
  };
  const scope = { name: target.name, storeId: target.storeId, ...isolation };
  const sameName = await api.getAll(scope);
  let seen = false;
  for (const c of sameName) {
    const k = cookieKey(c);
    if (!before.has(k)) {
      before.set(k, c);
      seen = true;
    }
    if (!ids.has(k)) ids.set(k, c);
    if (!expected.has(k)) expected.set(k, c);
  }
  if (seen) await ctx.record();
  const targetKey = cookieKey(target);
  try {
    await api.remove({ url: cookieUrl(target), name: target.name, storeId: target.storeId, ...isolation });
  } catch (e) {
    throw new StepError(`Chrome did not remove "${target.name}": ${messageOf(e)}.`, messageOf(e));
  }
  expected.set(targetKey, null);
  const left = new Set((await api.getAll(scope)).map(cookieKey));
  if (left.has(targetKey)) throw new StepError(`Chrome did not remove "${target.name}".`);
  for (const c of sameName) {
    const k = cookieKey(c);
    if (k === targetKey || left.has(k)) continue;
    if (doomed.has(k)) {
      expected.set(k, null);
      continue;
    }
    const want = expected.get(k);
    if (want) await recreate(api, want);
  }
}

async function recreate(api: CookieApi, c: Cookie): Promise<void> {
  try {
    await api.set(setDetailsFromCookie(c));
  } catch (e) {
    throw new StepError(`Chrome did not re-create "${c.name}": ${messageOf(e)}.`, messageOf(e));
  }
  const back = await readCookie(api, c);
  if (!back || !sameCookie(back, c)) throw new StepError(`"${c.name}" could not be re-created exactly.`);
}

/** Every identity holds exactly what it should: the expected cookie, or nothing. */
async function verify(api: CookieApi, expected: State, ids: Ids, now: () => number): Promise<void> {
  for (const [k, c] of expected) {
    const id = ids.get(k) as CookieIdentity;
    const back = await readCookie(api, id);
    const live = c && !isExpiredAt(c, now()) ? c : null;
    if (live ? !back || !sameCookie(back, live) : back)
      throw new StepError(`"${id.name}" is not in the store as expected after the change.`);
  }
}

/** Put every identity back to its snapshot; retries the whole pass, since any single call may fail. */
async function rollBack(
  api: CookieApi,
  before: State,
  ids: Ids,
  attempts: number,
  now: () => number,
  record: () => Promise<void>,
): Promise<boolean> {
  for (let i = 0; i < attempts; i++) {
    try {
      const target: State = new Map([...before].map(([k, c]) => [k, c && !isExpiredAt(c, now()) ? c : null]));
      const doomed = new Set([...target].filter(([, c]) => c === null).map(([k]) => k));
      for (const [, c] of target) {
        if (!c) continue;
        const current = await readCookie(api, c);
        if (!current || !sameCookie(current, c)) await recreate(api, c);
      }
      for (const [k, c] of [...target]) {
        if (c) continue;
        const id = ids.get(k);
        const current = id ? await readCookie(api, id) : null;
        if (current)
          await removeKeepingOthers(api, current, { expected: new Map(target), before, ids, doomed, record });
      }
      await verify(api, target, ids, now);
      return true;
    } catch {
      // try the whole pass again
    }
  }
  return false;
}

export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

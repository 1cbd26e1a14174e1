/**
 * The whole cookie store ("the jar"), held by the panel once the user has shown they want it: "All sites" chosen
 * once, or the Scope control pointed at or focused (the moment before a choice). Choosing "All sites" again then
 * paints what is held at once, instead of waiting for a read of every site: for 3,000 cookies that read is about
 * 60 ms, most of the switch, and its answer blocks the panel's thread for 15-25 ms while the browser converts it.
 *
 * What is held stays current through the same cookies.onChanged events the rows follow (the background sends every
 * change of the panel's cookie store, src/background/ports.ts), and each switch reads the store again right after
 * painting, so what was shown is confirmed by the browser a moment later. A change that arrives while a read is on
 * its way may be newer than the read's snapshot, so it is applied again on top of the answer: each change is a
 * whole cookie or its removal, and re-applying the ones the snapshot already has leaves the same result.
 *
 * The jar is bounded by the browser's own limit (Chrome keeps at most 3,300 cookies per store, CookieMonster's
 * kMaxCookies in net/cookies/cookie_monster.h; Firefox's network.cookie.maxNumber is 3,000), and shares its cookie
 * objects with the rows when "All sites" is shown.
 */
import { cookieKey } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { dedupe } from '../../core/cookie/scope.ts';
import type { CookieChange } from '../../shared/protocol.ts';
import { createChangeLog } from './change-log.ts';

export type Jar = ReturnType<typeof createJar>;

export function createJar(readAll: (storeId: string) => Promise<Cookie[]>) {
  let held: { storeId: string; cookies: Map<string, Cookie> } | null = null;
  /** The read on its way. */
  let reading: { storeId: string; answer: Promise<Map<string, Cookie>> } | null = null;
  const changeLog = createChangeLog();

  /**
   * Reads the whole store, holds it, and resolves with a copy the caller may keep (what is held keeps changing). A
   * read of the same store already on its way is shared.
   */
  function read(storeId: string): Promise<Map<string, Cookie>> {
    if (reading?.storeId !== storeId) {
      const since = changeLog.start();
      const answer: Promise<Map<string, Cookie>> = readAll(storeId).then(
        (list) => {
          const cookies = dedupe(list);
          for (const change of since.end()) if (change.cookie.storeId === storeId) applyChange(cookies, change);
          if (reading === mine) {
            reading = null;
            held = { storeId, cookies };
          }
          return cookies;
        },
        (e: unknown) => {
          since.end();
          if (reading === mine) reading = null;
          throw e;
        },
      );
      const mine = { storeId, answer };
      reading = mine;
    }
    return reading.answer.then((cookies) => new Map(cookies));
  }

  /** Every change the panel receives, whatever the scope: the held jar and a read on its way both take it. */
  function apply(changes: readonly CookieChange[]): void {
    changeLog.record(changes);
    if (held)
      for (const change of changes) if (change.cookie.storeId === held.storeId) applyChange(held.cookies, change);
  }

  /**
   * A copy of the held jar of `storeId` as it is at `now` (ms): a cookie past its expiry is left out, as the
   * browser's read leaves it out (Chrome collects expired cookies before answering getAll, CookieMonster::
   * GetAllCookies). Null when nothing is held for that store.
   */
  function snapshot(storeId: string, now: number): Map<string, Cookie> | null {
    if (held?.storeId !== storeId) return null;
    const copy = new Map<string, Cookie>();
    const seconds = now / 1000;
    for (const [key, c] of held.cookies)
      if (c.expirationDate === undefined || c.expirationDate > seconds) copy.set(key, c);
    return copy;
  }

  return {
    read,
    apply,
    snapshot,
    /** True when the jar of `storeId` is held or being read. */
    wanted: (storeId: string) => held?.storeId === storeId || reading?.storeId === storeId,
    /** Changes may have been missed (the background restarted) or access changed: nothing held is trusted. */
    forget(): void {
      held = null;
      reading = null;
    },
  };
}

/**
 * One change applied to a map of cookies by identity. An overwrite's removal is skipped: Chrome and Firefox follow it
 * with the new cookie under the same identity (cause "overwrite"), which replaces it; dropping the cookie in between
 * would make its row vanish for a frame when the two halves land in different frames, and take keyboard focus with it.
 */
export function applyChange(cookies: Map<string, Cookie>, { removed, cookie, cause }: CookieChange): void {
  if (removed) {
    if (cause !== 'overwrite') cookies.delete(cookieKey(cookie));
  } else cookies.set(cookieKey(cookie), cookie);
}

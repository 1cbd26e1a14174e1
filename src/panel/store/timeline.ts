/** The change timeline of the site's cookies while the panel is open, from the live change feed. */
import { computed, signal } from '@preact/signals';
import { cookieKey } from '../../core/cookie.ts';
import { addChange, storyOf, type TimelineEntry } from '../../core/timeline.ts';
import type { CookieChange } from '../../shared/protocol.ts';

const MAX_ENTRIES = 2000;
/** Changes to sites the page did not use yet are held this long, in case a navigation makes them the page's. */
const HOLD_MS = 5000;
const MAX_HELD = 500;

export type TimelineStore = ReturnType<typeof createTimelineStore>;

export function createTimelineStore(isSessionCookie?: (name: string) => boolean) {
  const entries = signal<readonly TimelineEntry[]>([]);
  const newestFirst = computed(() => [...entries.value].reverse());
  const story = computed(() => [...storyOf(entries.value, isSessionCookie)].reverse());

  function record(changes: readonly CookieChange[], at = Date.now()): void {
    let next = entries.value;
    for (const change of changes) {
      const pending = change.byPanel ? new Set([cookieKey(change.cookie)]) : new Set<string>();
      next = addChange(next, change, at, pending);
    }
    entries.value = next.length > MAX_ENTRIES ? next.slice(-MAX_ENTRIES) : next;
  }

  /**
   * A navigation to another site: the new page's cookies arrive (with the response) before the panel knows the new
   * page. Changes that concerned no site of the old page are held briefly and recorded once the new page is known.
   */
  let held: { change: CookieChange; at: number }[] = [];

  function receive(changes: readonly CookieChange[], isRelevant: (change: CookieChange) => boolean, at = Date.now()): void {
    const now: CookieChange[] = [];
    for (const change of changes) {
      if (isRelevant(change)) now.push(change);
      else held.push({ change, at });
    }
    if (held.length > MAX_HELD) held = held.slice(-MAX_HELD);
    if (now.length > 0) record(now, at);
  }

  /** After a navigation: record the held changes that concern the new page, in the order they happened. */
  function releaseHeld(isRelevant: (change: CookieChange) => boolean, at = Date.now()): void {
    const recent = held.filter((h) => at - h.at <= HOLD_MS && isRelevant(h.change));
    held = [];
    for (const h of recent) record([h.change], h.at);
  }

  return { entries, newestFirst, story, record, receive, releaseHeld, clear: () => (entries.value = []) };
}

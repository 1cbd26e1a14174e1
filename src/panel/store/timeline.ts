/** The change timeline of the site's cookies while the panel is open, from the live change feed. */
import { computed, signal } from '@preact/signals';
import { cookieKey } from '../../core/cookie.ts';
import { addChange, storyOf, type TimelineEntry } from '../../core/timeline.ts';
import type { CookieChange } from '../../shared/protocol.ts';

const MAX_ENTRIES = 2000;

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

  return { entries, newestFirst, story, record, clear: () => (entries.value = []) };
}

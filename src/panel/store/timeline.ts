/** The change timeline of the site's cookies while the panel is open, from the live change feed. */
import { computed, signal } from '@preact/signals';

import { cookieKey } from '../../core/cookie/cookie.ts';
import { appendChange, storyOf, type TimelineEntry } from '../../core/history/timeline.ts';
import type { CookieChange } from '../../shared/protocol.ts';
import { onNextFrame } from '../frame.ts';
import { SAME_NAVIGATION_MS } from './deps.ts';

const MAX_ENTRIES = 2000;
/** Changes to sites the page did not use yet are held this long, in case a navigation makes them the page's. */
const HOLD_MS = 5000;
const MAX_HELD = 500;

/** Changes Cookie Lens makes this long after its undo or redo returned are still that undo's or redo's. */
const ACTION_GRACE_MS = 2000;
const MAX_NAVIGATIONS = 200;

/** A timeline entry, with the Cookie Lens action (Undo or Redo and what it restores) that caused it, if any. */
export type PanelTimelineEntry = TimelineEntry & { action?: string };

/** A navigation of the inspected page: a mark between the changes before and after it. */
export interface NavigationMark {
  at: number;
  url: string;
}

/** The timeline's rows, newest first: changes and navigation marks in the order they happened. */
export type TimelineRow = { type: 'change'; entry: PanelTimelineEntry } | { type: 'navigation'; mark: NavigationMark };

export type TimelineStore = ReturnType<typeof createTimelineStore>;

/** A change as it arrived, with when. */
interface Arrival {
  change: CookieChange;
  at: number;
}

/**
 * `schedule` runs the recording of arrived changes once per animation frame (the panel's frame batch): a burst brings
 * hundreds of messages a second, and recording copies the timeline (up to MAX_ENTRIES entries) once per recording.
 */
export function createTimelineStore(
  isSessionCookie?: (name: string) => boolean,
  schedule: (flush: () => void) => void = onNextFrame,
) {
  /**
   * The entries, oldest first, in one array that recording appends to in place; `entries` is a copy of it made only
   * when something reads it (the Timeline view). A burst records in every frame, and copying up to MAX_ENTRIES
   * entries each time was garbage the panel's collector then paid for in those frames.
   */
  const log: PanelTimelineEntry[] = [];
  const logged = signal(0);
  const entries = computed<readonly PanelTimelineEntry[]>(() => {
    void logged.value;
    return log.slice();
  });
  const navigations = signal<readonly NavigationMark[]>([]);
  const newestFirst = computed(() => [...entries.value].reverse());
  const rows = computed<TimelineRow[]>(() => {
    const out: TimelineRow[] = [];
    const marks = navigations.value;
    let m = marks.length - 1;
    for (const entry of newestFirst.value) {
      // A change recorded at the instant of a navigation came with its response: it belongs after the mark.
      while (m >= 0 && (marks[m] as NavigationMark).at > entry.at)
        out.push({ type: 'navigation', mark: marks[m--] as NavigationMark });
      out.push({ type: 'change', entry });
    }
    while (m >= 0) out.push({ type: 'navigation', mark: marks[m--] as NavigationMark });
    return out;
  });
  const story = computed(() => [...storyOf(entries.value, isSessionCookie)].reverse());
  let action: { label: string; until: number } | null = null;

  function record(changes: readonly CookieChange[], at = Date.now()): void {
    recordArrivals(changes.map((change) => ({ change, at })));
  }

  function recordArrivals(arrivals: readonly Arrival[]): void {
    const next = log;
    for (const { change, at } of arrivals) {
      const label = action && at <= action.until ? action.label : undefined;
      const pending = change.byPanel ? new Set([cookieKey(change.cookie)]) : new Set<string>();
      const before = next.length;
      const last = next.at(-1);
      appendChange(next, change, at, pending);
      const added = next.at(-1);
      // A new entry, or the second half of an overwrite: an undo's or redo's own writes say so.
      if (added && label && change.byPanel && (next.length > before || added !== last))
        next[next.length - 1] = { ...added, action: label };
    }
    if (log.length > MAX_ENTRIES) log.splice(0, log.length - MAX_ENTRIES);
    logged.value++;
  }

  /** Cookie Lens starts an undo or redo (`label`, e.g. "Undo: Delete username"), or it has returned (null). */
  function panelAction(label: string | null, at = Date.now()): void {
    if (label !== null) action = { label, until: Number.POSITIVE_INFINITY };
    else if (action) action = { ...action, until: at + ACTION_GRACE_MS };
  }

  /** The page navigated; DevTools and the background may both report one navigation, so a repeat is dropped. */
  function markNavigation(url: string, at = Date.now()): void {
    const last = navigations.value.at(-1);
    if (last && last.url === url && at - last.at < SAME_NAVIGATION_MS) return;
    const next = [...navigations.value, { at, url }];
    navigations.value = next.length > MAX_NAVIGATIONS ? next.slice(-MAX_NAVIGATIONS) : next;
  }

  /**
   * A navigation to another site: the new page's cookies arrive (with the response) before the panel knows the new
   * page. Changes that concerned no site of the old page are held briefly and recorded once the new page is known.
   */
  let held: Arrival[] = [];
  /** Changes to the page's sites that arrived since the last frame: recorded together in the next one. */
  let arrived: Arrival[] = [];

  function flush(): void {
    if (arrived.length === 0) return;
    const arrivals = arrived;
    arrived = [];
    recordArrivals(arrivals);
  }

  function receive(
    changes: readonly CookieChange[],
    isRelevant: (change: CookieChange) => boolean,
    at = Date.now(),
  ): void {
    const waiting = arrived.length > 0;
    for (const change of changes) {
      if (isRelevant(change)) arrived.push({ change, at });
      else held.push({ change, at });
    }
    if (held.length > MAX_HELD) held = held.slice(-MAX_HELD);
    if (!waiting && arrived.length > 0) schedule(flush);
  }

  /** After a navigation: record the held changes that concern the new page, in the order they happened. */
  function releaseHeld(isRelevant: (change: CookieChange) => boolean, at = Date.now()): void {
    flush();
    const recent = held.filter((h) => at - h.at <= HOLD_MS && isRelevant(h.change));
    held = [];
    if (recent.length > 0) recordArrivals(recent);
  }

  function clear(): void {
    arrived = [];
    log.length = 0;
    logged.value++;
    navigations.value = [];
  }

  return {
    entries,
    navigations,
    newestFirst,
    rows,
    story,
    record,
    receive,
    releaseHeld,
    panelAction,
    markNavigation,
    clear,
  };
}

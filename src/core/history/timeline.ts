/**
 * The change timeline: `cookies.onChanged` events turned into readable entries, and the login/logout story of
 * session cookies. Chrome reports an overwrite as two events, removed/"overwrite" then added/"explicit"
 * (net/cookies/cookie_monster.cc; developer.chrome.com/docs/extensions/reference/api/cookies#type-OnChangedCause);
 * the timeline shows them as one 'changed' entry.
 */
import { bareDomain, cookieKey } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';

export type ChangeCause = 'explicit' | 'overwrite' | 'expired' | 'expired_overwrite' | 'evicted';

export interface CookieChange {
  removed: boolean;
  cookie: Cookie;
  cause: ChangeCause;
}

export type TimelineKind = 'created' | 'changed' | 'removed' | 'expired' | 'evicted';

export interface TimelineEntry {
  at: number;
  key: string;
  name: string;
  domain: string;
  oldValue?: string;
  newValue?: string;
  kind: TimelineKind;
  /** True when Cookie Lens itself made the change (its key was among the pending writes). */
  byPanel: boolean;
  text: string;
}

/** Add one onChanged event; an "added" right after an "overwrite" of the same cookie completes that entry. */
export function addChange(
  entries: readonly TimelineEntry[],
  change: CookieChange,
  at: number,
  pendingKeys: ReadonlySet<string>,
): TimelineEntry[] {
  const next = [...entries];
  appendChange(next, change, at, pendingKeys);
  return next;
}

/**
 * `addChange` in place: a batch of events (a site writing a thousand cookies a second) copies the timeline once, not
 * once per event (that was quadratic in the timeline's length).
 */
export function appendChange(
  entries: TimelineEntry[],
  change: CookieChange,
  at: number,
  pendingKeys: ReadonlySet<string>,
): void {
  const c = change.cookie;
  const key = cookieKey(c);
  const byPanel = pendingKeys.has(key);
  const last = entries.at(-1);
  if (!change.removed && last && last.key === key && last.kind === 'changed' && last.newValue === undefined) {
    const merged = { ...last, newValue: c.value, byPanel: last.byPanel || byPanel };
    entries[entries.length - 1] = { ...merged, text: describe(merged) };
    return;
  }
  const base = { at, key, name: c.name, domain: bareDomain(c.domain), byPanel };
  const entry = change.removed
    ? removal(base, c.value, change.cause)
    : { ...base, kind: 'created' as const, newValue: c.value };
  entries.push({ ...entry, text: describe(entry) });
}

/** A batch of events (e.g. replayed from storage) as timeline entries. */
export function timelineOf(
  changes: readonly { at: number; change: CookieChange }[],
  pendingKeys: ReadonlySet<string> = new Set(),
): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  for (const { at, change } of changes) appendChange(entries, change, at, pendingKeys);
  return entries;
}

type Draft = Omit<TimelineEntry, 'text'>;

function removal(base: Omit<Draft, 'kind'>, oldValue: string, cause: ChangeCause): Draft {
  switch (cause) {
    case 'overwrite':
      return { ...base, kind: 'changed', oldValue };
    case 'expired':
      return { ...base, kind: 'expired', oldValue };
    case 'evicted':
      return { ...base, kind: 'evicted', oldValue };
    case 'explicit':
    case 'expired_overwrite': // overwritten with an expiry in the past: how servers delete cookies
      return { ...base, kind: 'removed', oldValue };
  }
}

function describe(e: Draft): string {
  const who = e.byPanel ? ' by Cookie Lens' : '';
  switch (e.kind) {
    case 'created':
      return `${e.name} created on ${e.domain}${who}`;
    case 'changed':
      return e.newValue !== undefined && e.newValue === e.oldValue
        ? `${e.name} on ${e.domain} rewritten with the same value${who}`
        : `${e.name} on ${e.domain} changed value${who}`;
    case 'removed':
      return `${e.name} removed from ${e.domain}${who}`;
    case 'expired':
      return `${e.name} on ${e.domain} expired`;
    case 'evicted':
      return `${e.name} on ${e.domain} evicted: too many cookies for the site (Chrome keeps 180 per site)`;
  }
}

/** Heuristic (ours): names frameworks use for session cookies; the UI may pass the classifier instead. */
const SESSION_NAME = /sess|^sid$|sid$|^_?session|connect\.sid|auth|token|^__host-/i;

export interface StoryLine {
  at: number;
  key: string;
  text: string;
}

/** The login / rotation / logout story of session cookies, in plain words. */
export function storyOf(
  entries: readonly TimelineEntry[],
  isSessionCookie: (name: string) => boolean = (n) => SESSION_NAME.test(n),
): StoryLine[] {
  const lines: StoryLine[] = [];
  for (const e of entries) {
    if (!isSessionCookie(e.name)) continue;
    const who = e.byPanel ? ' (by Cookie Lens)' : '';
    const text = storyText(e);
    if (text) lines.push({ at: e.at, key: e.key, text: `${text}${who}` });
  }
  return lines;
}

function storyText(e: TimelineEntry): string | null {
  switch (e.kind) {
    case 'created':
      return `session cookie ${e.name} created (login or new visit)`;
    case 'changed':
      return e.newValue !== e.oldValue ? `${e.name} rotated (new value)` : null;
    case 'removed':
      return `${e.name} removed (logout)`;
    case 'expired':
      return `${e.name} expired (session timed out)`;
    case 'evicted':
      return `${e.name} evicted by Chrome (too many cookies): you may be logged out`;
  }
}

/**
 * Undo/redo journal of cookie changes: pure data (JSON-serialisable, persisted per inspected tab in
 * `storage.session` by the service worker) and the two operations that replay it through safe-write.
 * An entry holds exact snapshots of the identities a change touched: `before` (what existed) and `after`.
 */
import { cookieKey } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import type { CookieApi } from '../write/cookie-api.ts';
import { applyCookieState, type StateResult, type WriteOptions } from '../write/safe-write.ts';
import { cookieDifferences, readCookie } from '../write/snapshot.ts';
import { messageOf } from '../write/transition.ts';

export interface JournalEntry {
  id: string;
  /** ms since the epoch */
  at: number;
  /** e.g. "Edit value of sessionid", "Delete 12 cookies" */
  label: string;
  before: Cookie[];
  after: Cookie[];
}

export interface Journal {
  version: 1;
  /** Entries kept at most; the oldest fall off. */
  limit: number;
  entries: JournalEntry[];
  /** entries[0, cursor) are done (undoable); entries[cursor, end) were undone (redoable). */
  cursor: number;
}

export const DEFAULT_JOURNAL_LIMIT = 100;

export function emptyJournal(limit = DEFAULT_JOURNAL_LIMIT): Journal {
  return { version: 1, limit: Math.max(1, Math.floor(limit)), entries: [], cursor: 0 };
}

/**
 * A fresh entry id; a write takes it before it starts, so its write-ahead record and its entry share it. Random
 * after the time: a restarted worker must not reuse an id a journal in storage.session already holds.
 */
export function newEntryId(at: number): string {
  return `${at.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

export function makeEntry(e: {
  label: string;
  before: Cookie[];
  after: Cookie[];
  at: number;
  id?: string;
}): JournalEntry {
  return { id: e.id ?? newEntryId(e.at), at: e.at, label: e.label, before: e.before, after: e.after };
}

/** Add a new change: drops whatever could be redone, then trims the oldest entries to the limit. */
export function recordEntry(j: Journal, entry: JournalEntry): Journal {
  const entries = [...j.entries.slice(0, j.cursor), entry];
  const trimmed = entries.slice(Math.max(0, entries.length - j.limit));
  return { ...j, entries: trimmed, cursor: trimmed.length };
}

export function nextUndo(j: Journal): JournalEntry | null {
  return j.cursor > 0 ? (j.entries[j.cursor - 1] ?? null) : null;
}

export function nextRedo(j: Journal): JournalEntry | null {
  return j.entries[j.cursor] ?? null;
}

export function markUndone(j: Journal): Journal {
  return { ...j, cursor: Math.max(0, j.cursor - 1) };
}

export function markRedone(j: Journal): Journal {
  return { ...j, cursor: Math.min(j.entries.length, j.cursor + 1) };
}

export interface ReplayOptions extends WriteOptions {
  /** Replay even if the cookies changed since (someone else wrote them). */
  force?: boolean;
}

export type ReplayResult = StateResult | { ok: false; conflict: true; error: string; restored: true };

/** Put back `entry.before` exactly (removing cookies that did not exist before). */
export function applyUndo(api: CookieApi, entry: JournalEntry, options: ReplayOptions = {}): Promise<ReplayResult> {
  return replay(api, entry.after, entry.before, options);
}

/** Put back `entry.after` exactly (removing cookies the change had removed). */
export function applyRedo(api: CookieApi, entry: JournalEntry, options: ReplayOptions = {}): Promise<ReplayResult> {
  return replay(api, entry.before, entry.after, options);
}

async function replay(api: CookieApi, from: Cookie[], to: Cookie[], options: ReplayOptions): Promise<ReplayResult> {
  if (!options.force) {
    const conflict = await findConflict(api, from, to);
    if (conflict) return { ok: false, conflict: true, error: conflict, restored: true };
  }
  return applyCookieState(api, from, to, options);
}

/** A description of how the store differs from `from` for the identities involved, or null. */
async function findConflict(api: CookieApi, from: Cookie[], to: Cookie[]): Promise<string | null> {
  const expected = new Map(from.map((c) => [cookieKey(c), c]));
  const ids = new Map([...to, ...from].map((c) => [cookieKey(c), c]));
  try {
    for (const [k, id] of ids) {
      const current = await readCookie(api, id);
      const want = expected.get(k);
      if (!want && current)
        return `"${id.name}" (${id.domain}${id.path}) was created since; replaying would remove it.`;
      if (want && !current) return `"${id.name}" (${id.domain}${id.path}) was removed since.`;
      if (want && current) {
        const diff = cookieDifferences(want, current);
        if (diff.length > 0) return `"${id.name}" (${id.domain}${id.path}) changed since (${diff.join(', ')}).`;
      }
    }
  } catch (e) {
    return `Could not check the cookies before replaying (${messageOf(e)}).`;
  }
  return null;
}

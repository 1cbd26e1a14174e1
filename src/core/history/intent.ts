/**
 * Write-ahead record of a multi-step cookie write, so that a service worker stopped in the middle of one (Chrome stops
 * idle workers; a crash does the same) never leaves a cookie in neither its old nor its new form.
 *
 * 1. Before the first browser call, the intent (what should exist afterwards) is saved, without snapshots.
 * 2. After the reads and before the first write, the exact snapshots of every identity involved are added; again
 *    before any `cookies.remove` that may take a same-name cookie with it (Chrome removes every cookie of that name
 *    that would be sent to the URL, the parent domain's included), so that cookie is on record before it can go.
 * 3. When the write has answered and its journal entry is saved, the record is removed.
 * On the next worker start, a record still present is an interrupted write: if every cookie is in its new form the
 * write is finished (its journal entry recorded once, under the record's id); otherwise every cookie is put back
 * exactly as the snapshots say. A record without snapshots means nothing was written yet: it is dropped.
 */
import { cookieKey } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import type { CookieApi, SetDetails } from '../write/cookie-api.ts';
import {
  type CookieIdentity,
  isExpiredAt,
  readCookie,
  requestDifferences,
  sameCookie,
  setDetailsFromCookie,
} from '../write/snapshot.ts';
import {
  applyTransition,
  type DesiredCookie,
  type Snapshot,
  type TransitionOptions,
  type WritePlan,
} from '../write/transition.ts';
import {
  type Journal,
  makeEntry,
  markRedone,
  markUndone,
  newEntryId,
  nextRedo,
  nextUndo,
  recordEntry,
} from './journal.ts';
import { labelForDelete, labelForImport, labelForWrite } from './labels.ts';

/** What the journal must show once the write is done: a new entry, or the cursor moved past an existing one. */
export type IntentJournal =
  | { tabId: number; action: 'record'; kind: 'write' | 'delete' | 'import'; original?: Cookie }
  | { tabId: number; action: 'undo' | 'redo'; entryId: string };

export interface WriteIntent {
  version: 1;
  /** Also the id of the journal entry the write records, so finishing it twice records it once. */
  id: string;
  /** ms since the epoch */
  at: number;
  journal: IntentJournal;
  /** The identities written or removed and what each should hold afterwards (null: removed). */
  targets: DesiredCookie[];
  /** Exact snapshots taken before the first write (null cookie: the identity did not exist); null until then. */
  before: Snapshot[] | null;
}

/** Where records live: `storage.session` in the extension, a Map in tests. */
export interface IntentStore {
  save(intent: WriteIntent): Promise<void>;
  remove(id: string): Promise<void>;
  list(): Promise<WriteIntent[]>;
}

/** The tab journals a recovery may have to complete. */
export interface JournalAccess {
  load(tabId: number): Promise<Journal>;
  save(tabId: number, journal: Journal): Promise<void>;
}

/** The header of a new record; its id is also the id of the journal entry the write will record. */
export function newIntent(journal: IntentJournal, at: number): Pick<WriteIntent, 'id' | 'at' | 'journal'> {
  return { id: newEntryId(at), at, journal };
}

/**
 * Run `write` (a safe-write call given the options) under a write-ahead record, saved through the transition's
 * `writeAhead` hook: first before its first browser call, then with the snapshots before its first write. The caller
 * removes the record with `store.remove(intent.id)` once the journal holds the outcome.
 */
export function writeAhead<T>(
  store: IntentStore,
  intent: Pick<WriteIntent, 'id' | 'at' | 'journal'>,
  write: (options: TransitionOptions) => Promise<T>,
  options: TransitionOptions = {},
): Promise<T> {
  return write({
    ...options,
    writeAhead: (plan) => store.save({ version: 1, ...intent, targets: plan.targets, before: plan.before }),
  });
}

/**
 * A journalled write under a write-ahead record: `write` gets the options that keep the record, `done` saves the
 * journal (given the entry id the record shares) when the write succeeded; the record goes once the write answered,
 * whatever the outcome (a failed write has already been rolled back in place, as far as it could be).
 */
export async function underWriteAhead<T extends { ok: boolean }>(
  store: IntentStore,
  journal: IntentJournal,
  at: number,
  write: (options: TransitionOptions) => Promise<T>,
  done: (result: T, entryId: string) => Promise<void>,
): Promise<T> {
  const intent = newIntent(journal, at);
  const result = await writeAhead(store, intent, write);
  if (result.ok) await done(result, intent.id);
  await store.remove(intent.id);
  return result;
}

export type RecoveryOutcome = 'untouched' | 'finished' | 'rolled-back' | 'failed';

export interface Recovery {
  id: string;
  outcome: RecoveryOutcome;
  /** For 'failed': what went wrong (the record is kept and tried again on the next start). */
  error?: string;
}

/** Finish or roll back every interrupted write on record; run at worker start, before any new write. */
export async function recoverInterruptedWrites(
  api: CookieApi,
  store: IntentStore,
  journals: JournalAccess,
  options: TransitionOptions = {},
): Promise<Recovery[]> {
  const out: Recovery[] = [];
  for (const intent of await store.list()) {
    const r = await recoverIntent(api, intent, options, (plan) =>
      plan.before ? store.save({ ...intent, before: merged(intent.before, plan.before) }) : Promise.resolve(),
    );
    if (r.outcome === 'finished' && r.entry) await completeJournal(journals, intent, r.entry);
    if (r.outcome !== 'failed') await store.remove(intent.id);
    out.push({ id: intent.id, outcome: r.outcome, ...(r.error ? { error: r.error } : {}) });
  }
  return out;
}

interface IntentResult {
  outcome: RecoveryOutcome;
  error?: string;
  entry?: { before: Cookie[]; after: Cookie[] };
}

/** Decide and act for one record: finished if every cookie is in its new form, else back to the snapshots. */
export async function recoverIntent(
  api: CookieApi,
  intent: WriteIntent,
  options: TransitionOptions = {},
  onSnapshot?: (plan: WritePlan) => Promise<void>,
): Promise<IntentResult> {
  if (!intent.before) return { outcome: 'untouched' };
  const now = options.now ?? Date.now;
  const targets = new Map(intent.targets.map((t) => [cookieKey(t.id), t]));
  const current = new Map<string, Cookie | null>();
  try {
    for (const s of intent.before) current.set(cookieKey(s.id), await readCookie(api, s.id));
  } catch (e) {
    return { outcome: 'failed', error: (e as Error).message };
  }
  const isNew = intent.before.every((s) => {
    const k = cookieKey(s.id);
    const t = targets.get(k);
    const c = current.get(k) ?? null;
    return t ? inNewForm(c, t, now()) : sameOrBothGone(c, s.cookie, now());
  });
  if (isNew) {
    const entry = {
      before: present(intent.targets.map((t) => snapshotOf(intent, t.id))),
      after: present(intent.targets.map((t) => current.get(cookieKey(t.id)) ?? null)),
    };
    return { outcome: 'finished', entry };
  }
  if (intent.before.every((s) => sameOrBothGone(current.get(cookieKey(s.id)) ?? null, s.cookie, now())))
    return { outcome: 'untouched' };
  const back: DesiredCookie[] = intent.before.map((s) => {
    const live = s.cookie && !isExpiredAt(s.cookie, now()) ? s.cookie : null;
    return live ? { id: s.id, want: setDetailsFromCookie(live), exact: live } : { id: s.id, want: null };
  });
  const r = await applyTransition(api, back, { ...options, ...(onSnapshot ? { writeAhead: onSnapshot } : {}) });
  return r.ok ? { outcome: 'rolled-back' } : { outcome: 'failed', error: r.error };
}

/** The record's snapshots plus any the rollback saw first (a same-name cookie created since): the originals win. */
function merged(original: Snapshot[] | null, seen: Snapshot[]): Snapshot[] {
  const out = new Map((original ?? []).map((s) => [cookieKey(s.id), s]));
  for (const s of seen) if (!out.has(cookieKey(s.id))) out.set(cookieKey(s.id), s);
  return [...out.values()];
}

function inNewForm(c: Cookie | null, t: DesiredCookie, nowMs: number): boolean {
  const want: SetDetails | null = t.want;
  if (!want || (want.expirationDate !== undefined && want.expirationDate <= nowMs / 1000)) return c === null;
  if (!c) return false;
  return t.exact ? sameCookie(c, t.exact) : requestDifferences(c, want).length === 0;
}

function sameOrBothGone(c: Cookie | null, snapshot: Cookie | null, nowMs: number): boolean {
  const was = snapshot && !isExpiredAt(snapshot, nowMs) ? snapshot : null;
  return was === null ? c === null : c !== null && sameCookie(c, was);
}

function snapshotOf(intent: WriteIntent, id: CookieIdentity): Cookie | null {
  const k = cookieKey(id);
  return intent.before?.find((s) => cookieKey(s.id) === k)?.cookie ?? null;
}

function present(cs: (Cookie | null)[]): Cookie[] {
  return cs.filter((c): c is Cookie => c !== null);
}

/** Record a finished write's journal entry once (entry id = record id), or move the cursor past the replayed entry. */
async function completeJournal(
  journals: JournalAccess,
  intent: WriteIntent,
  entry: { before: Cookie[]; after: Cookie[] },
): Promise<void> {
  const j = intent.journal;
  const journal = await journals.load(j.tabId);
  const next = finishedJournal(journal, intent, entry);
  if (next !== journal) await journals.save(j.tabId, next);
}

/** The journal as it would be had the write answered; the same journal when it already is. */
export function finishedJournal(
  journal: Journal,
  intent: WriteIntent,
  entry: { before: Cookie[]; after: Cookie[] },
): Journal {
  const j = intent.journal;
  if (j.action !== 'record') {
    if (j.action === 'undo') return nextUndo(journal)?.id === j.entryId ? markUndone(journal) : journal;
    return nextRedo(journal)?.id === j.entryId ? markRedone(journal) : journal;
  }
  if (journal.entries.some((e) => e.id === intent.id)) return journal;
  return recordEntry(journal, makeEntry({ id: intent.id, at: intent.at, label: recoveredLabel(j, entry), ...entry }));
}

function recoveredLabel(
  j: Extract<IntentJournal, { action: 'record' }>,
  entry: { before: Cookie[]; after: Cookie[] },
): string {
  if (j.kind === 'delete') return labelForDelete(entry.before);
  if (j.kind === 'import') return labelForImport(entry.after);
  const [stored] = entry.after;
  return stored ? labelForWrite(j.original, stored) : `Delete ${j.original?.name ?? 'cookie'} (expiry in the past)`;
}

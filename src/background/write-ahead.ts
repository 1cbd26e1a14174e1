/**
 * Write-ahead records of the writes in progress, in `storage.session` (journal-intent.ts has the design): each write
 * handler runs its safe-write call under one, and a worker that starts finishes or rolls back any write a stopped
 * worker left half-done before it answers a new request (journal-store.ts holds the writes until then).
 */
import { deserializeIntent, serializeIntent } from '../core/history/codec.ts';
import { type IntentJournal, type IntentStore, recoverInterruptedWrites, underWriteAhead as runUnderWriteAhead } from '../core/history/intent.ts';
import type { TransitionOptions } from '../core/write/transition.ts';
import { browser } from '../shared/browser.ts';
import { browserCookieApi } from '../shared/cookies.ts';
import { loadJournal, saveJournal } from './journal-store.ts';

const PREFIX = 'write-intent:';

export const sessionIntentStore: IntentStore = {
  async save(intent) {
    await browser.storage.session.set({ [PREFIX + intent.id]: serializeIntent(intent) });
  },
  async remove(id) {
    await browser.storage.session.remove(PREFIX + id);
  },
  async list() {
    const all = await browser.storage.session.get(null);
    const records = Object.entries(all).filter(([k]) => k.startsWith(PREFIX));
    const intents = records.map(([k, v]) => ({ k, intent: typeof v === 'string' ? deserializeIntent(v) : null }));
    // A record this version cannot read cannot be acted on safely; it is dropped rather than half-trusted.
    const unreadable = intents.filter((r) => r.intent === null).map((r) => r.k);
    if (unreadable.length > 0) await browser.storage.session.remove(unreadable);
    return intents.flatMap((r) => (r.intent ? [r.intent] : []));
  },
};

/** Run a journalled write under a write-ahead record in `storage.session` (see core's `underWriteAhead`). */
export function underWriteAhead<T extends { ok: boolean }>(journal: IntentJournal, at: number, write: (options: TransitionOptions) => Promise<T>, done: (result: T, entryId: string) => Promise<void>): Promise<T> {
  return runUnderWriteAhead(sessionIntentStore, journal, at, write, done);
}

export async function recoverOnStart(): Promise<void> {
  const results = await recoverInterruptedWrites(browserCookieApi, sessionIntentStore, { load: loadJournal, save: saveJournal });
  for (const r of results) if (r.outcome === 'failed') console.warn(`Cookie Lens: an interrupted write could not be finished or undone yet (${r.error}); retrying at the next start.`);
}

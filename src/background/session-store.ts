/**
 * What the background keeps in `storage.session`: each inspected tab's undo/redo journal, and the write-ahead records
 * of the writes in progress (core's history/intent.ts has the design). Both survive closing and reopening the panel
 * and a restart of the service worker, and are gone when the browser closes (cookie values never reach disk).
 */
import { deserializeIntent, serializeIntent } from '../core/history/codec.ts';
import { deserializeJournal, serializeJournal } from '../core/history/codec.ts';
import type { IntentStore, JournalAccess } from '../core/history/intent.ts';
import { emptyJournal } from '../core/history/journal.ts';
import { browser } from '../shared/browser.ts';

const journalKey = (tabId: number) => `journal:${tabId}`;

export const sessionJournals: JournalAccess = {
  async load(tabId) {
    const stored = (await browser.storage.session.get(journalKey(tabId)))[journalKey(tabId)];
    return (typeof stored === 'string' ? deserializeJournal(stored) : null) ?? emptyJournal();
  },
  async save(tabId, journal) {
    await browser.storage.session.set({ [journalKey(tabId)]: serializeJournal(journal) });
  },
};

const INTENT_PREFIX = 'write-intent:';

export const sessionIntentStore: IntentStore = {
  async save(intent) {
    await browser.storage.session.set({ [INTENT_PREFIX + intent.id]: serializeIntent(intent) });
  },
  async remove(id) {
    await browser.storage.session.remove(INTENT_PREFIX + id);
  },
  async list() {
    const all = await browser.storage.session.get(null);
    const records = Object.entries(all).filter(([k]) => k.startsWith(INTENT_PREFIX));
    const intents = records.map(([k, v]) => ({ k, intent: typeof v === 'string' ? deserializeIntent(v) : null }));
    // A record this version cannot read cannot be acted on safely; it is dropped rather than half-trusted.
    const unreadable = intents.filter((r) => r.intent === null).map((r) => r.k);
    if (unreadable.length > 0) await browser.storage.session.remove(unreadable);
    return intents.flatMap((r) => (r.intent ? [r.intent] : []));
  },
};

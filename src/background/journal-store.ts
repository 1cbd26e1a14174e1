/**
 * The undo/redo journal of each inspected tab, kept in `storage.session`: it survives closing and reopening the
 * panel and a restart of the service worker, and is gone when the browser closes (cookie values never reach disk).
 */
import { deserializeJournal, serializeJournal } from '../core/history/codec.ts';
import { emptyJournal, type Journal } from '../core/history/journal.ts';
import { browser } from '../shared/browser.ts';

const keyOf = (tabId: number) => `journal:${tabId}`;

export async function loadJournal(tabId: number): Promise<Journal> {
  const stored = (await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)];
  return (typeof stored === 'string' ? deserializeJournal(stored) : null) ?? emptyJournal();
}

export async function saveJournal(tabId: number, journal: Journal): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: serializeJournal(journal) });
}

/** Every write waits for this: the recovery of writes a stopped worker left half-done (write-ahead.ts). */
let ready: Promise<unknown> = Promise.resolve();
export function holdWritesUntil(recovery: Promise<unknown>): void {
  ready = recovery.catch(() => undefined);
}

/** Writes for one tab are serialised, so two quick edits never interleave their journal updates. */
const queues = new Map<number, Promise<unknown>>();
export function withTabLock<T>(tabId: number, work: () => Promise<T>): Promise<T> {
  const previous = queues.get(tabId) ?? ready;
  const next = previous.then(work, work);
  queues.set(tabId, next.catch(() => undefined));
  return next;
}

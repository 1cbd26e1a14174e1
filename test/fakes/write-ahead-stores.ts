/**
 * In-memory stand-ins for what the service worker keeps in `storage.session`: the write-ahead records and each tab's
 * journal. Records are stored as the JSON text the extension stores (through the same codec), so what a recovery
 * reads back is exactly what survived serialisation. With a `worker` (the cookie fake), every call is one more step
 * of that worker: a stopped worker's storage calls never settle either.
 */
import { deserializeIntent, serializeIntent } from '../../src/core/history/codec.ts';
import { deserializeJournal, serializeJournal } from '../../src/core/history/codec.ts';
import type { IntentStore, JournalAccess, WriteIntent } from '../../src/core/history/intent.ts';
import { emptyJournal, type Journal } from '../../src/core/history/journal.ts';

interface Worker {
  answer<T>(run: () => T): Promise<T>;
}

const direct: Worker = { answer: async (run) => run() };

export class MemoryIntentStore implements IntentStore {
  readonly records = new Map<string, string>();
  constructor(private readonly worker: Worker = direct) {}

  save(intent: WriteIntent): Promise<void> {
    return this.worker.answer(() => void this.records.set(intent.id, serializeIntent(intent)));
  }

  remove(id: string): Promise<void> {
    return this.worker.answer(() => void this.records.delete(id));
  }

  list(): Promise<WriteIntent[]> {
    return this.worker.answer(() =>
      [...this.records.values()].map((t) => deserializeIntent(t)).filter((i): i is WriteIntent => i !== null),
    );
  }
}

export class MemoryJournals implements JournalAccess {
  readonly texts = new Map<number, string>();
  constructor(private readonly worker: Worker = direct) {}

  load(tabId: number): Promise<Journal> {
    return this.worker.answer(() => {
      const text = this.texts.get(tabId);
      return (text === undefined ? null : deserializeJournal(text)) ?? emptyJournal();
    });
  }

  save(tabId: number, journal: Journal): Promise<void> {
    return this.worker.answer(() => void this.texts.set(tabId, serializeJournal(journal)));
  }

  /** The journal as stored, read without counting as a step of the worker. */
  peek(tabId: number): Journal {
    const text = this.texts.get(tabId);
    return (text === undefined ? null : deserializeJournal(text)) ?? emptyJournal();
  }
}

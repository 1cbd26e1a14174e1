/** Undo, redo, and what they would do next, from the tab's journal in storage.session. */
import { applyRedo, applyUndo, markRedone, markUndone, nextRedo, nextUndo, type JournalEntry } from '../../core/history/journal.ts';
import { browserCookieApi } from '../../shared/cookies.ts';
import { loadJournal, saveJournal, withTabLock } from '../journal-store.ts';
import { whileWriting } from '../pending-writes.ts';
import { underWriteAhead } from '../write-ahead.ts';

export interface HistoryRequest {
  tabId: number;
  /** Replay even though the site changed a cookie since the step was made. */
  force?: boolean;
}

export interface HistoryState {
  undo: string | null;
  redo: string | null;
}

export type HistoryResponse =
  | { ok: true; label: string; state: HistoryState }
  | { ok: false; kind: 'empty' | 'conflict' | 'failed'; error: string; state: HistoryState };

export async function historyStateHandler(req: { tabId: number }): Promise<HistoryState> {
  return stateOf(await loadJournal(req.tabId));
}

function stateOf(j: Awaited<ReturnType<typeof loadJournal>>): HistoryState {
  return { undo: nextUndo(j)?.label ?? null, redo: nextRedo(j)?.label ?? null };
}

function replay(direction: 'undo' | 'redo') {
  return (req: HistoryRequest): Promise<HistoryResponse> =>
    withTabLock(req.tabId, async () => {
      const journal = await loadJournal(req.tabId);
      const entry: JournalEntry | null = direction === 'undo' ? nextUndo(journal) : nextRedo(journal);
      if (!entry) return { ok: false, kind: 'empty', error: `Nothing to ${direction}.`, state: stateOf(journal) };
      const run = direction === 'undo' ? applyUndo : applyRedo;
      const next = direction === 'undo' ? markUndone(journal) : markRedone(journal);
      const result = await whileWriting([...entry.before, ...entry.after], () =>
        underWriteAhead({ tabId: req.tabId, action: direction, entryId: entry.id }, Date.now(), (options) => run(browserCookieApi, entry, { ...options, force: req.force }), async (r) => {
          if (r.ok) await saveJournal(req.tabId, next);
        }),
      );
      if (!result.ok) {
        const kind = 'conflict' in result ? 'conflict' : 'failed';
        return { ok: false, kind, error: result.error, state: stateOf(journal) };
      }
      return { ok: true, label: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}`, state: stateOf(next) };
    });
}

export const undoHandler = replay('undo');
export const redoHandler = replay('redo');

/** Undo, redo, and what they would do next, from the tab's journal. */
import { applyRedo, applyUndo, nextRedo, nextUndo, type ReplayResult } from '../../core/history/journal.ts';
import type { ReplayRequest, ResponseOf, TabRequest } from '../../shared/protocol.ts';
import type { BackgroundContext } from '../context.ts';
import { failed, historyOf, journaledWrite } from '../journaled-write.ts';

/** Read under the tab's lock: after the recovery of an interrupted write and any write in flight, never in between. */
export function historyStateHandler(ctx: BackgroundContext, req: TabRequest): Promise<ResponseOf<'historyState'>> {
  return ctx.locks.run(req.tabId, async () => {
    try {
      return { ok: true, value: historyOf(await ctx.journals.load(req.tabId)) };
    } catch (e) {
      return { ok: false, error: `Could not read the undo history (${(e as Error)?.message ?? String(e)}).` };
    }
  });
}

function replay(direction: 'undo' | 'redo') {
  return (ctx: BackgroundContext, req: ReplayRequest): Promise<ResponseOf<'undo' | 'redo'>> =>
    journaledWrite<object, ReplayResult>(ctx, req.tabId, async ({ journal }) => {
      const entry = direction === 'undo' ? nextUndo(journal) : nextRedo(journal);
      if (!entry) return { ok: false, kind: 'empty', error: `Nothing to ${direction}.` };
      const run = direction === 'undo' ? applyUndo : applyRedo;
      return {
        journal: { action: direction, entryId: entry.id },
        touches: [...entry.before, ...entry.after],
        write: (options) => run(ctx.cookies, entry, { ...options, force: req.force }),
        answer: (r) => {
          if (r.ok) return { ok: true, label: `${direction === 'undo' ? 'Undid' : 'Redid'}: ${entry.label}` };
          return 'conflict' in r ? { ok: false, kind: 'conflict', error: r.error } : failed(r);
        },
      };
    });
}

export const undoHandler = replay('undo');
export const redoHandler = replay('redo');

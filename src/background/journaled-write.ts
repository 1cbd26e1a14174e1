/**
 * The one way the background writes cookies. Every write handler (write, delete, import, undo, redo) describes its
 * write as a step; `journaledWrite` runs it the same way each time:
 *
 *   tab lock → journal read → plan (checks that may answer without writing) → mark the identities as being written by
 *   Cookie Lens → write-ahead record → the core's safe write → the journal updated and saved → record removed
 *
 * and answers in the one response shape, carrying the tab's undo/redo state after the request. The write-ahead record
 * (core's history/intent.ts) lets a worker stopped mid-write be finished or rolled back at the next start
 * (`recoverOnStart`), before any new write runs.
 */
import type { Cookie } from '../core/cookie/model.ts';
import { type IntentJournal, recoverInterruptedWrites, underWriteAhead } from '../core/history/intent.ts';
import {
  type Journal,
  makeEntry,
  markRedone,
  markUndone,
  nextRedo,
  nextUndo,
  recordEntry,
} from '../core/history/journal.ts';
import type { CookieIdentity } from '../core/write/snapshot.ts';
import { messageOf, type TransitionOptions } from '../core/write/transition.ts';
import type { HistoryState, WriteDone, WriteRefusal, WriteResponse } from '../shared/protocol.ts';
import type { BackgroundContext } from './context.ts';
import { whileWriting } from './pending-writes.ts';

/** What a core write answers: `ok`, or a failure in words and whether the store was put back. */
type CoreResult = { ok: true } | { ok: false; error: string; restored: boolean };
type Succeeded<R> = Extract<R, { ok: true }>;

/** A handler's answer before the journal is known: `journaledWrite` adds `history` (and `undoable` to a success). */
export type Answer<Detail extends object> = (Omit<WriteDone, 'undoable'> & Detail) | WriteRefusal;

/** The journal's part of a step, for the write-ahead record: a new entry of that kind, or the cursor moved. */
type StepJournal = IntentJournal extends infer J ? (J extends unknown ? Omit<J, 'tabId'> : never) : never;

export interface WriteStep<R extends CoreResult, Detail extends object> {
  journal: StepJournal;
  /** Every identity the write may change: their `cookies.onChanged` events are marked as made by Cookie Lens. */
  touches: readonly CookieIdentity[];
  /** The core's safe write, given the options that keep the write-ahead record (and the context's clock). */
  write(options: TransitionOptions): Promise<R>;
  /** For a new entry (`journal.action: 'record'`): what Undo puts back; null when nothing changed worth undoing. */
  entry?(result: Succeeded<R>): { label: string; before: Cookie[]; after: Cookie[] } | null;
  /** The answer to the panel, from the write's result. */
  answer(result: R): Answer<Detail>;
}

export interface PlanInput {
  /** The tab's journal as it is now (under the lock, nothing else changes it). */
  journal: Journal;
  /** The time of this write (ms since the epoch): the journal entry's and the write-ahead record's. */
  at: number;
}

/**
 * Run one write of a tab's cookies. `plan` runs under the tab's lock and either answers at once (a refused or empty
 * request: nothing is written) or returns the step to run.
 */
export function journaledWrite<Detail extends object, R extends CoreResult>(
  ctx: BackgroundContext,
  tabId: number,
  plan: (input: PlanInput) => Promise<Answer<Detail> | WriteStep<R, Detail>>,
): Promise<WriteResponse<Detail>> {
  return ctx.locks.run(tabId, async () => {
    let journal = await ctx.journals.load(tabId);
    const at = ctx.now();
    const planned = await plan({ journal, at });
    if (!('write' in planned)) return respond(planned, journal, false);
    const step = planned;
    let undoable = false;
    const result = await whileWriting(step.touches, () =>
      underWriteAhead(
        ctx.intents,
        { tabId, ...step.journal } as IntentJournal,
        at,
        (options) => step.write({ ...options, now: ctx.now }),
        async (r, id) => {
          const next = journalAfter(journal, step, r as Succeeded<R>, id, at);
          if (next === journal) return;
          await ctx.journals.save(tabId, next);
          undoable = step.journal.action === 'record';
          journal = next;
        },
      ),
    );
    return respond(step.answer(result), journal, undoable);
  });
}

function journalAfter<R extends CoreResult>(
  journal: Journal,
  step: WriteStep<R, object>,
  result: Succeeded<R>,
  id: string,
  at: number,
): Journal {
  if (step.journal.action === 'undo') return markUndone(journal);
  if (step.journal.action === 'redo') return markRedone(journal);
  const entry = step.entry?.(result);
  return entry ? recordEntry(journal, makeEntry({ id, at, ...entry })) : journal;
}

function respond<Detail extends object>(
  answer: Answer<Detail>,
  journal: Journal,
  undoable: boolean,
): WriteResponse<Detail> {
  const history = historyOf(journal);
  return (answer.ok ? { ...answer, undoable, history } : { ...answer, history }) as WriteResponse<Detail>;
}

/** What Undo and Redo would do next. */
export function historyOf(journal: Journal): HistoryState {
  return { undo: nextUndo(journal)?.label ?? null, redo: nextRedo(journal)?.label ?? null };
}

/** A core write's failure as the panel gets it. */
export function failed(result: { error: string; restored: boolean }): WriteRefusal {
  return { ok: false, kind: 'failed', error: result.error, restored: result.restored };
}

/** Finish or roll back every write a stopped worker left half-done; the tab locks hold new writes until it is done. */
export function recoverOnStart(ctx: BackgroundContext): Promise<void> {
  const retrying = (why: string | undefined) =>
    ctx.warn(
      `Cookie Lens: an interrupted write could not be finished or undone yet (${why}); retrying at the next start.`,
    );
  const recovery = recoverInterruptedWrites(ctx.cookies, ctx.intents, ctx.journals, { now: ctx.now }).then(
    (results) => {
      for (const r of results) if (r.outcome === 'failed') retrying(r.error);
    },
    (e: unknown) => retrying(messageOf(e)),
  );
  ctx.locks.holdUntil(recovery);
  return recovery;
}

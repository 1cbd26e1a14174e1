/**
 * The live changes received while reads are on their way. A read's answer is the browser's snapshot, taken some time
 * after the read was asked for: a change that arrives while the read is on its way may be newer than the snapshot,
 * so whoever applies the answer applies those changes again on top of it (a change is a whole cookie or its removal,
 * so applying again one the snapshot already has leaves the same result). Dropped, a cookie the page set during a
 * re-read (a navigation's, while the new page writes its cookies) was missing from the rows until it changed again.
 * Several reads can be on their way at once; the log keeps what the oldest of them needs, and nothing when none is.
 */
import type { CookieChange } from '../../shared/protocol.ts';

export interface ReadOnItsWay {
  /** The changes received since this read started (the first call; later calls give none). */
  end(): CookieChange[];
}

export function createChangeLog() {
  const log: CookieChange[] = [];
  /** The position of log[0] in the whole stream of changes. */
  let logStart = 0;
  /** Where each read on its way started; two reads can start at the same position, one entry each. */
  const open: number[] = [];

  return {
    /** Every change received: kept while a read is on its way. */
    record(changes: readonly CookieChange[]): void {
      if (open.length > 0) log.push(...changes);
    },
    /** A read starts now. Call `end()` when its answer is applied, or when it failed. */
    start(): ReadOnItsWay {
      const at = logStart + log.length;
      open.push(at);
      let ended = false;
      return {
        end() {
          if (ended) return [];
          ended = true;
          const since = log.slice(at - logStart);
          open.splice(open.indexOf(at), 1);
          const keepFrom = open.length > 0 ? Math.min(...open) : logStart + log.length;
          log.splice(0, keepFrom - logStart);
          logStart = keepFrom;
          return since;
        },
      };
    },
  };
}

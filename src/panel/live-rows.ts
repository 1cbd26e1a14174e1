/**
 * How much of a live change the table renders in one frame. A site writing cookies as fast as it can (1,000 a second)
 * changes every row on screen in every frame: rendering them all made frames of 100 ms and more on a slow machine
 * (style, layout, text shaping and paint of every changed cell). Each frame now renders at most `limit` of the rows a
 * live change touched: new cookies' rows and rows whose cells changed. The others keep what they show (a row not yet
 * shown is an empty placeholder row) until a following frame, longest-waiting first, so no row waits more than
 * ceil(waiting / limit) frames. Reads (the first rows, a scope switch, a navigation) and rows scrolled into view are
 * never held back: the user is waiting for those. Neither is the focused row nor the row being edited in place.
 */

/**
 * Rows a live change may render per frame. Measured in the 4x CPU-throttled burst of the benchmark: 12 rows gave
 * frames of 60-90 ms, 8 about 65, 5 about 55, 4 most often no long task at all. At 60 frames a second that is still
 * 240 rows a second.
 */
export const LIVE_ROWS_PER_FRAME = 4;

/** What a row's cells show: the cells render again only when one of these changed (compared by identity). */
export type RowShows = readonly unknown[];

export interface PlannedRow {
  key: string;
  shows: RowShows;
  /** Rendered regardless of the limit: the focused row, the row being edited in place. */
  always?: boolean;
}

/** What a row does in this frame: render its cells, keep showing the previous ones, or wait as an empty row. */
export type RowPlan = 'render' | 'hold' | 'placeholder';

export interface FramePlan {
  plans: RowPlan[];
  /** Some row is held or a placeholder: the table must render again next frame. */
  behind: boolean;
}

export class LiveRowPlanner {
  /** What each row in the rendered window shows now. */
  private shown = new Map<string, RowShows>();
  /** When (plan number) a row first waited, while it waits. */
  private waitingSince = new Map<string, number>();
  private plansMade = 0;

  /**
   * Plans the rows of this render's window, in order. `isNewCookie(key)`: the row's cookie was not among the rows
   * of the previous render (so it did not scroll into view: a live change brought it). `limit`: null when this
   * render comes from a read (nothing is held back).
   */
  plan(rows: readonly PlannedRow[], isNewCookie: (key: string) => boolean, limit: number | null): FramePlan {
    const now = this.plansMade++;
    const plans: RowPlan[] = rows.map(() => 'render');
    const candidates: number[] = [];
    rows.forEach((row, i) => {
      const before = this.shown.get(row.key);
      // A row not shown yet waits if a live change brought it, or if it was a placeholder last frame.
      const waits =
        before === undefined ? isNewCookie(row.key) || this.waitingSince.has(row.key) : !sameShows(before, row.shows);
      if (!waits || row.always || limit === null) return;
      if (!this.waitingSince.has(row.key)) this.waitingSince.set(row.key, now);
      candidates.push(i);
    });
    if (limit !== null && candidates.length > limit) {
      // Every candidate has its waitingSince (set above).
      const since = (i: number) => this.waitingSince.get((rows[i] as PlannedRow).key) as number;
      candidates.sort((a, b) => since(a) - since(b) || a - b);
      for (const i of candidates.slice(limit))
        plans[i] = this.shown.has((rows[i] as PlannedRow).key) ? 'hold' : 'placeholder';
    }
    const next = new Map<string, RowShows>();
    const inWindow = new Set<string>();
    rows.forEach((row, i) => {
      inWindow.add(row.key);
      const plan = plans[i];
      if (plan === 'render') {
        next.set(row.key, row.shows);
        this.waitingSince.delete(row.key);
      } else if (plan === 'hold') next.set(row.key, this.shown.get(row.key) as RowShows);
    });
    // Rows that left the window are unmounted: they show nothing any more, and wait for nothing.
    for (const key of this.waitingSince.keys()) if (!inWindow.has(key)) this.waitingSince.delete(key);
    this.shown = next;
    return { plans, behind: plans.some((p) => p !== 'render') };
  }
}

function sameShows(a: RowShows, b: RowShows): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

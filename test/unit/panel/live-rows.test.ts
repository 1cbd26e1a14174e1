/**
 * The table's per-frame plan for live changes (src/panel/live-rows.ts): at most `limit` rows a live change touched
 * render per frame, nothing a read or a scroll brings waits, the focused and edited rows never wait, and once changes
 * stop every row shows its latest cells within ceil(waiting / limit) frames, longest-waiting first.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { LiveRowPlanner, type PlannedRow, type RowPlan } from '../../../src/panel/live-rows.ts';

const row = (key: string, version: number, always = false): PlannedRow => ({ key, shows: [version], always });
const rows = (keys: string[], version = 0) => keys.map((k) => row(k, version));
const keys = (n: number, prefix = 'k') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const count = (plans: RowPlan[], p: RowPlan) => plans.filter((x) => x === p).length;

describe('live row planner', () => {
  test('a read renders every row at once', () => {
    const planner = new LiveRowPlanner();
    const frame = planner.plan(rows(keys(50)), () => true, null);
    expect(count(frame.plans, 'render')).toBe(50);
    expect(frame.behind).toBe(false);
  });

  test('new cookies from a live change: `limit` rows per frame, the others wait as placeholders, in order', () => {
    const planner = new LiveRowPlanner();
    planner.plan([], () => false, 4); // the empty table
    const fresh = rows(keys(10));
    const first = planner.plan(fresh, () => true, 4);
    expect(first.plans).toEqual([...Array(4).fill('render'), ...Array(6).fill('placeholder')]);
    expect(first.behind).toBe(true);
    // Next frame the same rows are no longer "new" to the table (they were in its rows): placeholders still wait.
    const second = planner.plan(fresh, () => false, 4);
    expect(second.plans).toEqual([...Array(8).fill('render'), ...Array(2).fill('placeholder')]);
    const third = planner.plan(fresh, () => false, 4);
    expect(third.plans.every((p) => p === 'render')).toBe(true);
    expect(third.behind).toBe(false);
  });

  test('changed rows beyond the limit hold their cells; the longest-waiting go first', () => {
    const planner = new LiveRowPlanner();
    const names = keys(6);
    planner.plan(rows(names, 0), () => false, null);
    // Every row changes: 2 render, 4 hold.
    let frame = planner.plan(rows(names, 1), () => false, 2);
    expect(frame.plans).toEqual(['render', 'render', 'hold', 'hold', 'hold', 'hold']);
    // The first two change again: the four that waited since the last frame go first.
    frame = planner.plan(
      names.map((k, i) => row(k, i < 2 ? 2 : 1)),
      () => false,
      2,
    );
    expect(frame.plans).toEqual(['hold', 'hold', 'render', 'render', 'hold', 'hold']);
  });

  test('rows scrolled into view, the focused row and the row being edited never wait', () => {
    const planner = new LiveRowPlanner();
    planner.plan(rows(['a', 'b', 'd']), () => false, null);
    const frame = planner.plan(
      [row('a', 1), row('b', 1), row('c', 0), row('d', 1, true), row('e', 0), row('f', 0, true)],
      (k) => k === 'e' || k === 'f', // c scrolled in (an old cookie); d changed but is focused; e and f are new
      0,
    );
    expect(frame.plans).toEqual(['hold', 'hold', 'render', 'render', 'placeholder', 'render']);
  });

  test('property: never more than `limit` waiting rows render per frame, and once changes stop all catch up in time', () => {
    const frameArb = fc.record({
      size: fc.integer({ min: 0, max: 30 }),
      changed: fc.array(fc.integer({ min: 0, max: 40 }), { maxLength: 30 }),
      added: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(frameArb, { maxLength: 12 }), fc.integer({ min: 1, max: 8 }), (frames, limit) => {
        const planner = new LiveRowPlanner();
        const version = new Map<string, number>();
        let known = new Set<string>();
        let next = 0;
        /** What the table shows per row: a version, or undefined for a placeholder. */
        const shows = new Map<string, number | undefined>();
        let window: string[] = [];
        const step = (input: PlannedRow[]) => {
          const before = known;
          const frame = planner.plan(input, (k) => !before.has(k), limit);
          let budgeted = 0;
          input.forEach((r, i) => {
            const plan = frame.plans[i];
            const was = shows.get(r.key);
            const waiting = shows.has(r.key) ? was !== r.shows[0] : !before.has(r.key) || was === undefined;
            if (plan === 'render') {
              if (waiting && shows.has(r.key) && was !== r.shows[0]) budgeted++;
              else if (!before.has(r.key)) budgeted++;
              shows.set(r.key, r.shows[0] as number);
            } else if (plan === 'placeholder') {
              expect(waiting).toBe(true);
              shows.set(r.key, undefined);
            } else expect(shows.get(r.key)).not.toBeUndefined(); // only a shown row holds
          });
          for (const k of [...shows.keys()]) if (!input.some((r) => r.key === k)) shows.delete(k);
          expect(budgeted).toBeLessThanOrEqual(limit);
          known = new Set(input.map((r) => r.key));
          return frame;
        };
        for (const f of frames) {
          for (let i = 0; i < f.added; i++) {
            const k = `c${next++}`;
            version.set(k, 0);
            window.push(k);
          }
          window = window.slice(0, Math.max(f.size, 0) + f.added);
          for (const i of f.changed) {
            const k = window[i];
            if (k !== undefined) version.set(k, (version.get(k) ?? 0) + 1);
          }
          step(window.map((k) => row(k, version.get(k) ?? 0)));
        }
        // Changes stop: within ceil(rows / limit) frames every row shows its latest version.
        const latest = window.map((k) => row(k, version.get(k) ?? 0));
        let frame = step(latest);
        for (let i = 0; i < Math.ceil(window.length / limit) && frame.behind; i++) frame = step(latest);
        expect(frame.behind).toBe(false);
        for (const k of window) expect(shows.get(k)).toBe(version.get(k));
      }),
      { numRuns: 300 },
    );
  });
});

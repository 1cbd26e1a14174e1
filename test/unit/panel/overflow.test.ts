/**
 * The toolbar's "More tools" plan (src/panel/components/use-overflow.ts), against a model of a flex toolbar: the
 * tools that stay take their width and a gap, the "More tools" button appears with the first tool moved, the spacer
 * and the filter give up any room left. From any state, one step reaches a state the next measurement keeps (one
 * render, not one per tool), where the items fit unless every tool has moved, and no tool that could come back with
 * HYSTERESIS to spare is left in the menu.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  GAP,
  HYSTERESIS,
  MORE_BUTTON,
  type OverflowMeasure,
  planOverflow,
} from '../../../src/panel/components/use-overflow.ts';

interface Toolbar {
  /** Width of everything that never moves, at its smallest (the filter at its minimum, the spacer empty). */
  fixed: number;
  /** The moving tools' widths, first to move first. */
  widths: number[];
  /** The toolbar's width. */
  width: number;
}

/** What the toolbar measures with the first `count` tools moved. */
function measure(t: Toolbar, count: number): OverflowMeasure {
  const shown = t.widths.slice(count).reduce((n, w) => n + w + GAP, 0);
  const needed = t.fixed + shown + (count > 0 ? MORE_BUTTON : 0);
  return {
    count,
    widths: t.widths,
    excess: Math.max(0, needed - t.width),
    free: Math.max(0, t.width - needed),
  };
}

const toolbar = fc.record({
  fixed: fc.integer({ min: 100, max: 700 }),
  widths: fc.array(fc.integer({ min: 16, max: 120 }), { minLength: 1, maxLength: 7 }),
  width: fc.integer({ min: 150, max: 1600 }),
});

describe('toolbar overflow plan', () => {
  test('one step from any state reaches a state the next measurement keeps', () => {
    fc.assert(
      fc.property(toolbar, fc.nat(), (t, start) => {
        const from = start % (t.widths.length + 1);
        const next = planOverflow(measure(t, from));
        expect(planOverflow(measure(t, next))).toBe(next);
      }),
    );
  });

  test('that state fits unless every tool has moved, and keeps no tool out that fits back with room to spare', () => {
    fc.assert(
      fc.property(toolbar, fc.nat(), (t, start) => {
        const settled = planOverflow(measure(t, start % (t.widths.length + 1)));
        const m = measure(t, settled);
        if (settled < t.widths.length) expect(m.excess).toBeLessThanOrEqual(1);
        if (settled > 0) {
          // One more tool back would overrun the toolbar, or leave less than HYSTERESIS to spare.
          const back = measure(t, settled - 1);
          expect(back.excess > 1 || back.free < HYSTERESIS - GAP).toBe(true);
        }
      }),
    );
  });

  test('a narrow toolbar moves several tools in one step; widening brings them back in one step', () => {
    const t: Toolbar = { fixed: 400, widths: [60, 60, 60, 60, 60], width: 500 };
    // Two tools left: 400 + 2 × (60 + 4) + 30 = 558 > 500; one left: 400 + 64 + 30 = 494 fits.
    expect(planOverflow(measure(t, 0))).toBe(4);
    expect(planOverflow(measure({ ...t, width: 1200 }, 4))).toBe(0);
  });

  test('a tool never seen on the toolbar is not brought back on a guess', () => {
    expect(planOverflow({ count: 2, widths: [50, undefined], excess: 0, free: 1000 })).toBe(2);
  });
});

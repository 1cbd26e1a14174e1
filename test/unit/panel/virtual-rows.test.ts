import { describe, expect, test } from 'vitest';

import {
  columnsInView,
  MARKER_WIDTH,
  ROW_HEIGHT,
  scrollToReveal,
  visibleWindow,
} from '../../../src/panel/virtual-rows.ts';

describe('row virtualisation', () => {
  test('renders only the visible rows plus overscan, with spacers for the rest', () => {
    const w = visibleWindow(3000, 100 * ROW_HEIGHT, 20 * ROW_HEIGHT);
    expect(w.start).toBe(92);
    expect(w.end - w.start).toBeLessThan(50);
    expect(w.padTop + (w.end - w.start) * ROW_HEIGHT + w.padBottom).toBe(3000 * ROW_HEIGHT);
  });

  test('without overscan (the first frame after a bulk change) only the rows on screen', () => {
    const w = visibleWindow(3000, 100 * ROW_HEIGHT, 20 * ROW_HEIGHT, ROW_HEIGHT, 0);
    expect([w.start, w.end]).toEqual([100, 120]);
    expect(w.padTop + (w.end - w.start) * ROW_HEIGHT + w.padBottom).toBe(3000 * ROW_HEIGHT);
  });

  test('small lists render whole; the end is clamped', () => {
    expect(visibleWindow(5, 0, 600)).toEqual({ start: 0, end: 5, padTop: 0, padBottom: 0 });
    const w = visibleWindow(100, 10_000, 600);
    expect(w.end).toBe(100);
    expect(w.padBottom).toBe(0);
  });

  test('columns in view: those starting before the right edge of the visible area', () => {
    const widths = [100, 100, 100, 100];
    expect(columnsInView(widths, 0, MARKER_WIDTH + 150)).toBe(2); // the second column is cut, but shown
    expect(columnsInView(widths, 0, MARKER_WIDTH + 100)).toBe(1); // the second starts exactly at the edge
    expect(columnsInView(widths, 250, MARKER_WIDTH + 100)).toBe(4); // scrolled right: everything up to the edge
    expect(columnsInView(widths, 0, 10_000)).toBe(4);
  });

  test('revealing a row scrolls the least needed', () => {
    expect(scrollToReveal(0, 500, 400, 22)).toBe(0);
    expect(scrollToReveal(30, 0, 400, 22)).toBe(31 * ROW_HEIGHT - 378);
    expect(scrollToReveal(5, 0, 400, 22)).toBe(0);
  });
});

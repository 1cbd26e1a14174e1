import { describe, expect, test } from 'vitest';
import { ROW_HEIGHT, scrollToReveal, visibleWindow } from '../../../src/panel/virtual-rows.ts';

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

  test('revealing a row scrolls the least needed', () => {
    expect(scrollToReveal(0, 500, 400, 22)).toBe(0);
    expect(scrollToReveal(30, 0, 400, 22)).toBe(31 * ROW_HEIGHT - 378);
    expect(scrollToReveal(5, 0, 400, 22)).toBe(0);
  });
});

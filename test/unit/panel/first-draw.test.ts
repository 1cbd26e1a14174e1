/**
 * The panel's first draw (src/panel/shell/first-draw.ts): once, as soon as the first read has answered, or when the
 * wait runs out; never twice.
 */
import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { drawWhenRead, FIRST_DRAW_WAIT_MS } from '../../../src/panel/shell/first-draw.ts';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('first draw', () => {
  test('a read that answers within the wait is drawn at once, and only once', async () => {
    const read = signal(false);
    const draw = vi.fn();
    drawWhenRead(() => read.value, draw);
    await vi.advanceTimersByTimeAsync(FIRST_DRAW_WAIT_MS / 2);
    expect(draw).not.toHaveBeenCalled();
    read.value = true;
    await Promise.resolve(); // the draw runs in a microtask
    expect(draw).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(FIRST_DRAW_WAIT_MS * 2);
    read.value = false;
    read.value = true;
    await Promise.resolve();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  test('a slow read is not waited for: the panel is drawn when the wait runs out, and not again after the read', async () => {
    const read = signal(false);
    const draw = vi.fn();
    drawWhenRead(() => read.value, draw);
    await vi.advanceTimersByTimeAsync(FIRST_DRAW_WAIT_MS - 1);
    expect(draw).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(draw).toHaveBeenCalledTimes(1);
    read.value = true;
    await Promise.resolve();
    expect(draw).toHaveBeenCalledTimes(1);
  });

  test('a read already in is drawn without waiting', async () => {
    const draw = vi.fn();
    drawWhenRead(() => true, draw);
    await Promise.resolve();
    expect(draw).toHaveBeenCalledTimes(1);
  });
});

import { effect, signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import { afterNextPaint, onNextFrame } from '../../../src/panel/frame.ts';

/** Animation frames driven by the test: `frame()` runs the callbacks requested so far, as the browser does. */
let callbacks: FrameRequestCallback[] = [];
const frame = () => callbacks.splice(0).forEach((cb) => cb(0));

beforeEach(() => {
  callbacks = [];
  vi.useFakeTimers();
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => callbacks.push(cb));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the panel frame batch', () => {
  test('work queued for a frame runs in one callback and one signal batch (one render, one DOM commit)', () => {
    const a = signal(0);
    const b = signal(0);
    const seen: string[] = [];
    const stop = effect(() => void seen.push(`${a.value},${b.value}`));
    onNextFrame(() => (a.value = 1));
    onNextFrame(() => (b.value = 1));
    expect(callbacks).toHaveLength(1); // one frame requested for both
    expect(seen).toEqual(['0,0']);
    frame();
    expect(seen).toEqual(['0,0', '1,1']); // never 1,0: the two changes are seen together
    stop();
  });

  test('work queued while a batch runs waits for the next frame, even when that frame is late', () => {
    const ran: string[] = [];
    onNextFrame(() => {
      ran.push('first');
      onNextFrame(() => ran.push('second'));
    });
    frame();
    expect(ran).toEqual(['first']);
    // Frames are coming (one just ran): a slow frame is waited for, not overtaken by the timer.
    vi.advanceTimersByTime(500);
    expect(ran).toEqual(['first']);
    frame();
    expect(ran).toEqual(['first', 'second']);
  });

  test('work after the next paint runs in the batch of the frame after the next, not in the next frame', () => {
    const ran: string[] = [];
    afterNextPaint(() => ran.push('after'));
    onNextFrame(() => ran.push('next'));
    frame(); // the next frame: its batch runs, then it is painted
    expect(ran).toEqual(['next']);
    frame();
    expect(ran).toEqual(['next', 'after']);
  });

  test('a hidden panel (no frame for a second) runs its work on a timer; the late frame finds it done', () => {
    const ran: string[] = [];
    vi.advanceTimersByTime(2000); // the last frame was long ago
    onNextFrame(() => ran.push('hidden'));
    vi.advanceTimersByTime(100);
    expect(ran).toEqual(['hidden']);
    frame();
    expect(ran).toEqual(['hidden']);
  });

  test('a failing job does not drop the others of its frame', async () => {
    const ran: string[] = [];
    const errors: unknown[] = [];
    vi.stubGlobal('queueMicrotask', (cb: () => void) => {
      try {
        cb();
      } catch (e) {
        errors.push(e);
      }
    });
    onNextFrame(() => {
      throw new Error('boom');
    });
    onNextFrame(() => ran.push('after'));
    frame();
    await Promise.resolve();
    expect(ran).toEqual(['after']);
    expect(errors).toEqual([new Error('boom')]);
  });
});

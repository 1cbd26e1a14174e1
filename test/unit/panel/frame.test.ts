import { effect, signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { onNextFrame } from '../../../src/panel/frame.ts';

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

  test('work queued while a batch runs waits for the next frame; a hidden panel (no frames) runs it on a timer', () => {
    const ran: string[] = [];
    onNextFrame(() => {
      ran.push('first');
      onNextFrame(() => ran.push('second'));
    });
    frame();
    expect(ran).toEqual(['first']);
    vi.advanceTimersByTime(100); // no frame came
    expect(ran).toEqual(['first', 'second']);
    frame(); // the late frame finds that work done
    expect(ran).toEqual(['first', 'second']);
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
    expect(ran).toEqual(['after']);
    expect(errors).toEqual([new Error('boom')]);
  });
});

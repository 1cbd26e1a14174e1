/**
 * The panel's one per-frame batch of work. Live cookie changes (store/cookies.ts) and analysis slices
 * (store/analysis.ts) queue here, and everything queued for a frame runs in ONE animation-frame callback, in one signal
 * batch: Preact then renders once, in the microtask after that callback, so the frame gets exactly one DOM commit.
 * Two callbacks (or a callback and a timer) would each render and commit on their own.
 *
 * A hidden panel gets no animation frames: a timer bounds the wait (whichever comes first runs the batch). While frames
 * are coming, the timer waits for them: on a slow machine a frame can come later than the timer, and a batch run by
 * the timer would render between two frames, a second commit in one frame.
 */
import { batch } from '@preact/signals';

/** How long a hidden panel's work waits for a frame that will not come. */
const HIDDEN_PANEL_MS = 100;
/** Frames are coming when the last one ran less than this long ago. */
const FRAMES_COMING_MS = 1000;

let lastFrameAt = Number.NEGATIVE_INFINITY;

let queue: Array<() => void> = [];

function runQueue(): void {
  const jobs = queue;
  queue = [];
  // Work queued while this batch runs (a slice that needs another) goes to the next frame.
  batch(() => {
    for (const job of jobs) {
      try {
        job();
      } catch (e) {
        // One failing job must not drop the others' work: it is reported as an uncaught error, after the batch.
        queueMicrotask(() => {
          throw e;
        });
      }
    }
  });
}

/** Runs `work` in the next frame's batch. */
export function onNextFrame(work: () => void): void {
  queue.push(work);
  if (queue.length > 1) return; // that frame is already requested
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    runQueue();
  };
  const fallback = () => {
    if (done) return;
    if (performance.now() - lastFrameAt < FRAMES_COMING_MS) setTimeout(fallback, HIDDEN_PANEL_MS);
    else run();
  };
  if (typeof requestAnimationFrame === 'function') {
    requestAnimationFrame(() => {
      lastFrameAt = performance.now();
      run();
    });
  }
  setTimeout(fallback, HIDDEN_PANEL_MS);
}

/**
 * Runs `work` once the frame showing what was just rendered has been produced: in the batch of the frame after the
 * next one. Work queued while a batch runs goes to the next frame's batch, so this is the next frame's batch queueing
 * into the one after it.
 */
export function afterNextPaint(work: () => void): void {
  onNextFrame(() => onNextFrame(work));
}

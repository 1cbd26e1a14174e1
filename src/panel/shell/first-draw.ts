/**
 * When the panel is first drawn. Drawn at once, the panel's toolbar and empty table were rendered, laid out and
 * painted while the first read was on its way, and the read's answer waited behind that work on the panel's one
 * thread; the rows then came in a second render and a second layout. Held until the read has answered, the first
 * frame has the rows, and the read is not kept waiting. A read that takes longer than FIRST_DRAW_WAIT_MS (a busy
 * machine, a slow service worker) is not waited for: the panel is drawn then, saying that it is reading.
 */
import { effect } from '@preact/signals';

/**
 * How long the first draw waits for the first read: a tenth of a second, the longest delay that still feels
 * instantaneous (Nielsen, "Response Times: The 3 Important Limits", nngroup.com/articles/response-times-3-important-limits).
 */
export const FIRST_DRAW_WAIT_MS = 100;

/**
 * Calls `draw` once: as soon as `isRead()` (read from signals) is true, or after `waitMs`, whichever comes first. The
 * draw runs in a microtask, outside the effect that noticed the read, so the components it renders are not tracked
 * by that effect.
 */
export function drawWhenRead(isRead: () => boolean, draw: () => void, waitMs = FIRST_DRAW_WAIT_MS): void {
  let drawn = false;
  let stop: (() => void) | null = null;
  const once = () => {
    if (drawn) return;
    drawn = true;
    clearTimeout(timer);
    stop?.();
    draw();
  };
  const timer = setTimeout(once, waitMs);
  stop = effect(() => {
    if (isRead()) queueMicrotask(once);
  });
}

import { useRef } from 'preact/hooks';

import { consumeKey } from '../focus.ts';
import { followPointer } from '../pointer-drag.ts';
import { MIN_DETAIL_WIDTH, MIN_TABLE_WIDTH } from '../store/layout.ts';

const KEY_STEP = 16;

/**
 * The split view's divider, as in DevTools' own split widgets: drag it, or focus it and press ←/→ (Home/End for the
 * narrowest and widest pane). The pane's width is stored (see store/layout.ts).
 */
export function Splitter({ width, onResize }: { width: number; onResize: (px: number) => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const limits = () => {
    const split = ref.current?.closest('.split');
    const total = split?.getBoundingClientRect().width ?? 0;
    return { min: MIN_DETAIL_WIDTH, max: Math.max(MIN_DETAIL_WIDTH, total - MIN_TABLE_WIDTH) };
  };
  const clamp = (px: number) => {
    const { min, max } = limits();
    return Math.round(Math.min(max, Math.max(min, px)));
  };
  const shown = ref.current ? clamp(width) : width;
  const { min, max } = ref.current ? limits() : { min: MIN_DETAIL_WIDTH, max: width };
  return (
    <div
      ref={ref}
      class="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label="Resize the details pane"
      aria-valuenow={shown}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      title="Drag, or use ← and →, to resize"
      data-testid="splitter"
      onPointerDown={(e) => {
        const right = e.currentTarget.closest('.split')?.getBoundingClientRect().right ?? 0;
        followPointer(e, (ev) => onResize(clamp(right - ev.clientX)));
      }}
      onKeyDown={(e) => {
        const step = e.shiftKey ? KEY_STEP * 4 : KEY_STEP;
        const next = { ArrowLeft: shown + step, ArrowRight: shown - step, Home: limits().min, End: limits().max }[
          e.key
        ];
        if (next === undefined) return;
        consumeKey(e);
        onResize(clamp(next));
      }}
    />
  );
}

import { useLayoutEffect, useRef, useState } from 'preact/hooks';

/** Below this the filter box stops shrinking (toolbar CSS: .toolbar .filter min-width). */
const FILTER_MIN = 110;
/** Room for the "More tools" button when it appears. */
const MORE_BUTTON = 30;

/**
 * A toolbar that stays one row, as DevTools' do: when its items do not fit, the tools in `order` move, first one
 * first, into a "More tools" menu, and come back when the toolbar is wide enough again. Items carry `data-ov="<id>"`;
 * the toolbar has a `.spacer` and may have a `.filter` that shrinks before anything moves.
 */
export function useOverflow(bar: { readonly current: HTMLElement | null }, order: readonly string[]) {
  const [count, setCount] = useState(0);
  const [, setTick] = useState(0); // a resize re-renders, and the effect below measures again
  const widths = useRef(new Map<string, number>());

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setTick((t) => t + 1));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el || el.clientWidth === 0) return;
    for (const id of order) {
      const item = el.querySelector<HTMLElement>(`[data-ov="${id}"]`);
      if (item) widths.current.set(id, item.offsetWidth);
    }
    if (el.scrollWidth > el.clientWidth + 1) {
      if (count < order.length) setCount(count + 1);
      return;
    }
    if (count === 0) return;
    const spacer = el.querySelector<HTMLElement>('.spacer')?.offsetWidth ?? 0;
    const filter = el.querySelector<HTMLElement>('.filter');
    const free = spacer + (filter ? Math.max(0, filter.offsetWidth - FILTER_MIN) : 0);
    const back = widths.current.get(order[count - 1] as string) ?? Number.POSITIVE_INFINITY;
    if (free >= back + 8 + (count === 1 ? -MORE_BUTTON : 0)) setCount(count - 1);
  });

  return { collapsed: new Set(order.slice(0, count)) };
}

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
  const [resized, setResized] = useState(0); // a resize re-renders, and the effect below measures again
  const widths = useRef(new Map<string, number>());
  const observer = useRef<ResizeObserver | null>(null);
  const observed = useRef<Element[]>([]);
  /** What the last measurement saw: measuring again is only needed after a resize or a change of `count`. */
  const measuredFor = useRef<{ resized: number; count: number } | null>(null);

  useLayoutEffect(() => {
    const o = new ResizeObserver(() => setResized((n) => n + 1));
    observer.current = o;
    return () => o.disconnect();
  }, []);

  useLayoutEffect(() => {
    const el = bar.current;
    const o = observer.current;
    if (!el || !o) return;
    // Widths change only through layout, which the observer reports (after layout, when reading sizes is free): the
    // bar, and each item in it, so a count that grows or a message that appears is seen too. Measuring after every
    // render instead forced a synchronous layout per render: one per live change, the burst's longest task.
    const items = [el, ...el.children];
    for (const item of items) if (!observed.current.includes(item)) o.observe(item);
    for (const item of observed.current) if (!items.includes(item)) o.unobserve(item);
    observed.current = items;
    const first = measuredFor.current === null;
    if (measuredFor.current?.resized === resized && measuredFor.current.count === count) return;
    measuredFor.current = { resized, count };
    // The first measurement waits for the observer's first report, which comes after the first layout, before that
    // frame is painted: measuring here would force that layout early, while the panel is getting its first rows.
    if (first) return;
    if (el.clientWidth === 0) return;
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

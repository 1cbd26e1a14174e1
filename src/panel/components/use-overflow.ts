import { useLayoutEffect, useRef, useState } from 'preact/hooks';

import { readToolbarFold, type ToolbarFold, writeToolbarFold } from '../remembered-layout.ts';

/** Below this the filter box stops shrinking (toolbar CSS: .toolbar .filter min-width). */
const FILTER_MIN = 110;
/** Room for the "More tools" button when it appears. */
export const MORE_BUTTON = 30;
/** The space between toolbar items (toolbar CSS: .toolbar gap). */
export const GAP = 4;
/** A tool comes back only with this much room to spare, so a width at the edge does not move it back and forth. */
export const HYSTERESIS = 8;

/** What one measurement of the toolbar says, for planOverflow. */
export interface OverflowMeasure {
  /** How many tools are in the "More tools" menu now (the first `count` of the order). */
  count: number;
  /** Each tool's width in the order, as last seen on the toolbar (undefined: never seen). */
  widths: readonly (number | undefined)[];
  /** How far the items overrun the toolbar (scrollWidth − clientWidth); 0 or less when they fit. */
  excess: number;
  /** Room the items could give up without moving a tool: the spacer, and the filter above its minimum width. */
  free: number;
}

/**
 * How many tools the "More tools" menu should hold after this measurement, in one step: when the items overrun the
 * toolbar, as many tools move as free the excess (and the button's own room when it first appears); when there is
 * room, as many come back, last moved first, as fit with HYSTERESIS to spare. One step rather than one tool per
 * render: each render measures the toolbar again, and a measurement forces a layout of the whole panel.
 */
export function planOverflow({ count, widths, excess, free }: OverflowMeasure): number {
  if (excess > 1) {
    let need = excess + (count === 0 ? MORE_BUTTON : 0);
    let next = count;
    while (next < widths.length && need > 0) {
      need -= (widths[next] ?? 0) + GAP;
      next++;
    }
    return next;
  }
  let next = count;
  let room = free;
  while (next > 0) {
    const back = widths[next - 1] ?? Number.POSITIVE_INFINITY;
    // The last tool to come back takes the "More tools" button's place.
    if (room < back + HYSTERESIS - (next === 1 ? MORE_BUTTON : 0)) break;
    room -= back + GAP;
    next--;
  }
  return next;
}

/**
 * A toolbar that stays one row, as DevTools' do: when its items do not fit, the tools in `order` move, first one
 * first, into a "More tools" menu, and come back when the toolbar is wide enough again. Items carry `data-ov="<id>"`;
 * the toolbar has a `.spacer` and may have a `.filter` that shrinks before anything moves.
 */
export function useOverflow(bar: { readonly current: HTMLElement | null }, order: readonly string[]) {
  // The fold the toolbar had last time at this panel width (remembered-layout.ts): folded from the first render, the
  // frame that first shows the rows does not render the toolbar a second time to fold it.
  const [start] = useState(() => {
    const fold = readToolbarFold(globalThis.localStorage);
    return fold && fold.width === globalThis.innerWidth && fold.count <= order.length ? fold : null;
  });
  const [count, setCount] = useState(start?.count ?? 0);
  const shown = useRef(count);
  shown.current = count;
  /** Each tool's width as last seen on the toolbar (remembered ones too: a tool folded from the start can return). */
  const widths = useRef(
    new Map<string, number>(order.flatMap((id) => (start?.widths[id] !== undefined ? [[id, start.widths[id]]] : []))),
  );
  /** What is stored: written again only when the fold or the width changes. */
  const stored = useRef<Pick<ToolbarFold, 'width' | 'count'> | null>(start);
  /** The toolbar's width at the last measurement: a resize observation of the same width measures nothing. */
  const measuredWidth = useRef(-1);
  /** The first measurement waits for the first resize observation (after a layout): no forced layout at mount. */
  const observed = useRef(false);

  /**
   * Measures the toolbar as it is laid out and moves tools if the plan says so. Called from a resize observation
   * (delivered after the frame's layout, so the reads force nothing) and after each render once observed. A
   * measurement that keeps the plan renders nothing: the first observation, in the frame that paints the panel's
   * first rows, used to re-render the whole toolbar only to find that everything fits.
   */
  const measure = (el: HTMLElement) => {
    measuredWidth.current = el.clientWidth;
    if (measuredWidth.current === 0) return;
    for (const id of order) {
      const item = el.querySelector<HTMLElement>(`[data-ov="${id}"]`);
      if (item) widths.current.set(id, item.offsetWidth);
    }
    const now = shown.current;
    const excess = el.scrollWidth - el.clientWidth;
    let free = 0;
    if (excess <= 1 && now > 0) {
      const filter = el.querySelector<HTMLElement>('.filter');
      free =
        (el.querySelector<HTMLElement>('.spacer')?.offsetWidth ?? 0) +
        (filter ? Math.max(0, filter.offsetWidth - FILTER_MIN) : 0);
    }
    const next = planOverflow({ count: now, widths: order.map((id) => widths.current.get(id)), excess, free });
    if (next !== now) setCount(next);
    const width = globalThis.innerWidth;
    if (stored.current?.width !== width || stored.current.count !== next) {
      writeToolbarFold(globalThis.localStorage, { width, count: next, widths: Object.fromEntries(widths.current) });
      stored.current = { width, count: next };
    }
  };
  const latest = useRef(measure);
  latest.current = measure;

  useLayoutEffect(() => {
    const el = bar.current;
    if (!el) return;
    const observer = new ResizeObserver(() => {
      observed.current = true;
      if (el.clientWidth !== measuredWidth.current) latest.current(el);
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // After a render (tools moved, or the toolbar's content changed): measure again.
  useLayoutEffect(() => {
    const el = bar.current;
    if (el && observed.current) measure(el);
  });

  return { collapsed: new Set(order.slice(0, count)) };
}

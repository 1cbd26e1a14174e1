/**
 * Fixed-height row virtualisation: which rows to render for a scroll position. Every row is one line (values are
 * truncated), so the visible window is plain arithmetic and the table renders tens of rows, not thousands.
 */
export const ROW_HEIGHT = 21;
/** Rows rendered above and below the viewport, so fast scrolling does not show empty space before a render. */
export const OVERSCAN = 8;

export interface RowWindow {
  start: number;
  end: number; // exclusive
  padTop: number;
  padBottom: number;
}

export function visibleWindow(
  total: number,
  scrollTop: number,
  viewportHeight: number,
  rowHeight = ROW_HEIGHT,
  overscan = OVERSCAN,
): RowWindow {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const visible = Math.ceil(Math.max(viewportHeight, rowHeight) / rowHeight) + 2 * overscan;
  const end = Math.min(total, first + visible);
  const start = Math.min(first, end);
  return { start, end, padTop: start * rowHeight, padBottom: (total - end) * rowHeight };
}

/** The scrollTop that brings row `index` fully into view, changing as little as possible. */
export function scrollToReveal(
  index: number,
  scrollTop: number,
  viewportHeight: number,
  headerHeight: number,
  rowHeight = ROW_HEIGHT,
): number {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  const visibleHeight = viewportHeight - headerHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + visibleHeight) return bottom - visibleHeight;
  return scrollTop;
}

/** The marker column's width. */
export const MARKER_WIDTH = 44;

/**
 * Pixel widths for the columns in a table `available` px wide: each at least its minimum, the spare width shared by
 * `grow`. Fixed pixel tracks make each row's layout cheap (no intrinsic sizing), which matters with thousands of rows.
 */
export function columnWidths(columns: readonly { width: number; grow?: number }[], available: number): number[] {
  const minimum = MARKER_WIDTH + columns.reduce((n, c) => n + c.width, 0);
  const spare = Math.max(0, available - minimum);
  const shares = columns.reduce((n, c) => n + (c.grow ?? 0), 0);
  return columns.map((c) => Math.floor(c.width + (shares > 0 ? (spare * (c.grow ?? 0)) / shares : 0)));
}

/** How many leading columns start before the right edge of the visible area (the rest are scrolled out of view). */
export function columnsInView(widths: readonly number[], scrollLeft: number, viewWidth: number): number {
  let start = MARKER_WIDTH;
  for (let i = 0; i < widths.length; i++) {
    if (start >= scrollLeft + viewWidth) return i;
    start += widths[i] ?? 0;
  }
  return widths.length;
}

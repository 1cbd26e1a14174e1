/**
 * The cookie table's last measured size, kept in the extension's localStorage (synchronous, so the first render can
 * use it). Measured at mount, the table forced a style and layout of the whole panel in the task that renders it,
 * before its rows could be rendered, which then needed a second render and a second layout. Starting from the size
 * it had last time, the first render has its rows and nothing is forced; the resize observer's first observation,
 * delivered after the frame's layout and before its paint, corrects a size that changed (the rows and columns are
 * rendered again in that same frame). A size that cannot be read is measured, as before.
 */
export interface TableSize {
  width: number;
  height: number;
}

const KEY = 'cookie-lens:table-size';
/** Larger than any screen: a stored size beyond it is not one this code wrote. */
const MAX_PX = 100_000;

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem'>;

const isSide = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_PX;

/** The stored size, or null when there is none, storage is unavailable, or what is stored is not a size. */
export function readTableSize(storage: Reader | undefined): TableSize | null {
  try {
    const raw = storage?.getItem(KEY);
    if (!raw || raw.length > 100) return null;
    const v = JSON.parse(raw) as { width?: unknown; height?: unknown } | null;
    return v && isSide(v.width) && isSide(v.height) ? { width: v.width, height: v.height } : null;
  } catch {
    return null;
  }
}

/** Stores the size (a hidden table measures 0 × 0: that is not stored). Storage that refuses costs a forced layout. */
export function writeTableSize(storage: Writer | undefined, size: TableSize): void {
  if (!isSide(size.width) || !isSide(size.height)) return;
  try {
    storage?.setItem(KEY, JSON.stringify({ width: size.width, height: size.height }));
  } catch {
    // nothing stored: the next first render measures
  }
}

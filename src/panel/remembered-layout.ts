/**
 * What the panel measured of its own layout last time, kept in the extension's localStorage (synchronous, so the first
 * render can start from it): the cookie table's size and the toolbar's fold. Measured at mount, each forced a style
 * and layout of the whole panel, or a second render, in the frame that first shows the rows. Starting from what they
 * were last time, the first render is already right; the resize observer's first observation, delivered after the
 * frame's layout and before its paint, corrects what changed within that same frame. What cannot be read, or is not
 * what this code wrote, reads as nothing: then the panel measures, as before.
 */
export interface TableSize {
  width: number;
  height: number;
}

/**
 * The toolbar's fold (components/use-overflow.ts): at a panel width (`window.innerWidth`, known before any layout),
 * how many tools were in the "More tools" menu, and each tool's width as last seen on the toolbar (so a tool folded
 * from the start can come back when the panel widens).
 */
export interface ToolbarFold {
  width: number;
  count: number;
  widths: Record<string, number>;
}

const TABLE_KEY = 'cookie-lens:table-size';
const FOLD_KEY = 'cookie-lens:toolbar-fold';
/** Larger than any screen: a stored size beyond it is not one this code wrote. */
const MAX_PX = 100_000;
/** More tools than the toolbar has: a fold beyond it is not one this code wrote. */
const MAX_TOOLS = 50;
/** Longer than anything written here. */
const MAX_CHARS = 4000;

type Reader = Pick<Storage, 'getItem'>;
type Writer = Pick<Storage, 'setItem'>;

const isSide = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= MAX_PX;
const isToolCount = (v: unknown): v is number =>
  Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_TOOLS;

function read(storage: Reader | undefined, key: string): Record<string, unknown> | null {
  try {
    const raw = storage?.getItem(key);
    if (!raw || raw.length > MAX_CHARS) return null;
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

function write(storage: Writer | undefined, key: string, value: object): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // nothing stored: the next first render measures
  }
}

/** The stored size, or null when there is none, storage is unavailable, or what is stored is not a size. */
export function readTableSize(storage: Reader | undefined): TableSize | null {
  const v = read(storage, TABLE_KEY);
  return v && isSide(v.width) && isSide(v.height) ? { width: v.width, height: v.height } : null;
}

/** Stores the size (a hidden table measures 0 × 0: that is not stored). Storage that refuses costs a forced layout. */
export function writeTableSize(storage: Writer | undefined, size: TableSize): void {
  if (isSide(size.width) && isSide(size.height)) write(storage, TABLE_KEY, { width: size.width, height: size.height });
}

/** The stored fold, or null when there is none, storage is unavailable, or what is stored is not a fold. */
export function readToolbarFold(storage: Reader | undefined): ToolbarFold | null {
  const v = read(storage, FOLD_KEY);
  if (!v || !isSide(v.width) || !isToolCount(v.count)) return null;
  if (typeof v.widths !== 'object' || v.widths === null || Array.isArray(v.widths)) return null;
  const entries = Object.entries(v.widths);
  if (entries.length > MAX_TOOLS || !entries.every(([, w]) => isSide(w))) return null;
  return { width: v.width, count: v.count, widths: Object.fromEntries(entries) as Record<string, number> };
}

/** Stores the fold (a hidden toolbar, 0 px wide, is not stored). */
export function writeToolbarFold(storage: Writer | undefined, fold: ToolbarFold): void {
  const widths = Object.entries(fold.widths).filter(([, w]) => isSide(w));
  if (!isSide(fold.width) || !isToolCount(fold.count)) return;
  write(storage, FOLD_KEY, { width: fold.width, count: fold.count, widths: Object.fromEntries(widths) });
}

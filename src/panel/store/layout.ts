/**
 * The panel's layout as the user left it, kept in `storage.local` like DevTools keeps its own split and column
 * settings: the detail pane's width, hidden columns and column widths. The storage comes from the shell
 * (src/panel/shell/storage.ts).
 */
import { signal } from '@preact/signals';

import { type ColumnId, COLUMNS } from '../table-model.ts';

export interface Layout {
  /** Width of the detail pane in px. */
  detailWidth: number;
  hidden: ColumnId[];
  /** Column widths the user dragged, in px. */
  widths: Partial<Record<ColumnId, number>>;
}

export interface LayoutStorage {
  get(): Promise<unknown>;
  set(value: Layout): Promise<void>;
}

export const DEFAULT_DETAIL_WIDTH = 380;
export const MIN_DETAIL_WIDTH = 240;
/** The table keeps at least this much beside the detail pane. */
export const MIN_TABLE_WIDTH = 240;
export const MIN_COLUMN_WIDTH = 32;
export const MAX_COLUMN_WIDTH = 2000;

const COLUMN_IDS = new Set<string>(COLUMNS.map((c) => c.id));
/** The columns that cannot be hidden: a row without its name means nothing. */
export const ALWAYS_SHOWN: ReadonlySet<ColumnId> = new Set(['name']);

export function defaultLayout(): Layout {
  return { detailWidth: DEFAULT_DETAIL_WIDTH, hidden: [], widths: {} };
}

const SAVE_DELAY_MS = 250;

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, Math.round(n)));

/** What was stored, checked field by field: anything unknown or out of range falls back to the default. */
export function parseLayout(raw: unknown): Layout {
  const layout = defaultLayout();
  if (typeof raw !== 'object' || raw === null) return layout;
  const r = raw as Record<string, unknown>;
  if (typeof r.detailWidth === 'number' && Number.isFinite(r.detailWidth))
    layout.detailWidth = clamp(r.detailWidth, MIN_DETAIL_WIDTH, 4000);
  if (Array.isArray(r.hidden))
    layout.hidden = r.hidden.filter(
      (x): x is ColumnId => typeof x === 'string' && COLUMN_IDS.has(x) && !ALWAYS_SHOWN.has(x as ColumnId),
    );
  if (typeof r.widths === 'object' && r.widths !== null) {
    for (const [id, w] of Object.entries(r.widths as Record<string, unknown>)) {
      if (COLUMN_IDS.has(id) && typeof w === 'number' && Number.isFinite(w))
        layout.widths[id as ColumnId] = clamp(w, MIN_COLUMN_WIDTH, MAX_COLUMN_WIDTH);
    }
  }
  return layout;
}

export type LayoutStore = ReturnType<typeof createLayoutStore>;

export function createLayoutStore(storage: LayoutStorage) {
  const layout = signal<Layout>(defaultLayout());
  let touched = false;
  let saveTimer: ReturnType<typeof setTimeout> | undefined;

  /** Reads the stored layout; a change made before it arrives wins over it. */
  async function load(): Promise<void> {
    const stored = await storage.get().catch(() => undefined);
    if (touched) return;
    const next = parseLayout(stored);
    // Nothing stored (or the defaults): the table already has this layout, and re-rendering it would delay the
    // first rows' paint.
    if (JSON.stringify(next) !== JSON.stringify(layout.value)) layout.value = next;
  }

  function update(patch: Partial<Layout>): void {
    touched = true;
    layout.value = parseLayout({ ...layout.value, ...patch });
    // A drag updates the layout on every pointer move; the stored copy follows once it settles.
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => void storage.set(layout.value).catch(() => undefined), SAVE_DELAY_MS);
  }

  return {
    layout,
    load,
    setDetailWidth: (px: number) => update({ detailWidth: px }),
    setColumnWidth: (id: ColumnId, px: number) => update({ widths: { ...layout.value.widths, [id]: px } }),
    toggleColumn: (id: ColumnId) => {
      if (ALWAYS_SHOWN.has(id)) return;
      const hidden = layout.value.hidden;
      update({ hidden: hidden.includes(id) ? hidden.filter((x) => x !== id) : [...hidden, id] });
    },
    resetColumns: () => update({ hidden: [], widths: {} }),
  };
}

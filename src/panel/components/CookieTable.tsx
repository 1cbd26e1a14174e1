import { Component } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';

import type { CookieAnalysis } from '../../core/analysis-types.ts';
import { bareDomain, cookieKey, registrableDomain } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import type { Severity } from '../../core/rules/types.ts';
import { BADGE_CHROME_PX, BADGE_FONT_PX, CELL_CHROME_PX, CELL_FONT_PX, fitsInCell } from '../cell-fit.ts';
import { usePanelStore, usePrivacy } from '../context.ts';
import { consumeKey, focusIsLost, focusPanelHome } from '../focus.ts';
import { afterNextPaint, onNextFrame } from '../frame.ts';
import { LIVE_ROWS_PER_FRAME, LiveRowPlanner } from '../live-rows.ts';
import { followPointer } from '../pointer-drag.ts';
import { readTableSize, writeTableSize } from '../remembered-layout.ts';
import type { EditStore } from '../store/edits.ts';
import { ALWAYS_SHOWN, MIN_COLUMN_WIDTH } from '../store/layout.ts';
import type { ViewStore } from '../store/view.ts';
import { CLASS_LABEL, type Column, type ColumnId, nextSort, type Row } from '../table-model.ts';
import {
  columnsInView,
  columnWidths,
  MARKER_WIDTH,
  OVERSCAN,
  ROW_HEIGHT,
  scrollToReveal,
  visibleWindow,
} from '../virtual-rows.ts';
import { Menu, type MenuPosition, positionBelow } from './Menu.tsx';
import { rowMenuItems } from './row-menu.ts';

function gridTemplate(widths: readonly number[]): string {
  return `${MARKER_WIDTH}px ${widths.map((w) => `${w}px`).join(' ')}`;
}

/** Table cells show at most this much of a value; the detail pane shows it whole. */
const CELL_MAX_CHARS = 300;
/** A change of at least this many rows (a scope switch, a first read of a big jar) paints the rows on screen first. */
const BULK_CHANGE = 200;

export interface CookieTableProps {
  /** Every column the scope offers; the user's hidden ones are left out here. */
  columns: readonly Column[];
  /** Shown under the header when the scope has no cookie at all (the table stays, so the first cookie adds a row). */
  emptyText?: string;
}

/** Is this key press the one that opens a context menu from the keyboard (Shift+F10, or the Menu key)? */
export function isContextMenuKey(e: KeyboardEvent): boolean {
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey);
}

type InlineEdit = NonNullable<EditStore['inline']['value']>;

type OpenMenu = { kind: 'row'; row: Row; at: MenuPosition } | { kind: 'columns'; at: MenuPosition };

export function CookieTable({ columns: offered, emptyText }: CookieTableProps) {
  const { view, edits, mutes, layout, cookies: store, copyText, deleteCookies: onDelete } = usePanelStore();
  const pageUrl = store.pageUrl.value;
  // The size the table had when last measured: with it, the first render has its rows and needs no forced layout;
  // the resize observer's first observation (after the frame's layout, before its paint) corrects it if it changed.
  const [lastSize] = useState(() => readTableSize(globalThis.localStorage));
  const [tableWidth, setTableWidth] = useState(lastSize?.width ?? 1000);
  const { hidden, widths: dragged } = layout.layout.value;
  const columns = offered
    .filter((c) => !hidden.includes(c.id))
    .map((c) => (dragged[c.id] !== undefined ? { ...c, width: dragged[c.id] as number, grow: 0 } : c));
  const widths = columnWidths(columns, tableWidth);
  const [menu, setMenu] = useState<OpenMenu | null>(null);
  const [legend, setLegend] = useState(false);
  const GRID_TEMPLATE = gridTemplate(widths);
  const privacy = usePrivacy();
  const scroller = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  // Set when the pending row was not rendered yet in the commit that asked for it: it then waits.
  const pendingWaited = useRef(false);
  /** The column of a double-click's first click: the detail pane it opens can move the columns under the second. */
  const firstClickColumn = useRef<string | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [scrollLeft, setScrollLeft] = useState(0);
  const [viewportHeight, setViewportHeight] = useState(lastSize?.height ?? 600);
  /**
   * Rows render once the table's size is known (measured, or remembered from the last time: remembered-layout.ts):
   * rendering them at a guessed size meant laying them out twice.
   */
  const [measured, setMeasured] = useState(lastSize !== null);
  const rows = view.rows.value;
  const selectedKey = view.selectedKey.value;
  const sort = view.sort.value;
  const pageSite = pageUrl ? registrableDomain(pageUrl.hostname) : '';

  // The first frame, and the first after a bulk change, render only the rows on screen; the overscan rows follow in
  // the next frame, so the rows the user is waiting for are not held up by rows they cannot see yet. A bulk change is
  // a jump between two renders: the first rows, a scope or filter that changes the rows by BULK_CHANGE or more, or a
  // read that fills the table it finds empty (a first read slower than the first draw's wait). Rows that come a few
  // per frame (live changes) never are, however many they add up to, and a read landing in the middle of them does
  // not drop the rows below the screen: the table compares each render with the one before it, not with the last
  // settled one (a table that settled empty and then filled with a page's first cookies is not empty any more).
  const renderedCount = useRef<number | null>(null);
  /** Set by a render whose rows jumped; cleared once the frame showing them is painted. */
  const unsettled = useRef(true);
  const [, setSettled] = useState(0);
  const lastCount = renderedCount.current;
  if (
    lastCount === null ||
    (lastCount === 0 && rows.length > 0 && !store.changedLive.value) ||
    Math.abs(rows.length - lastCount) >= BULK_CHANGE
  )
    unsettled.current = true;
  renderedCount.current = rows.length;
  const bulk = unsettled.current;
  // Once the frame with the rows on screen is painted: in the batch of the frame after it (in the next frame's own
  // batch, the overscan rows would be laid out and painted in that first frame too). A callback of its own would
  // render, and commit, a second time in a frame.
  useEffect(() => {
    if (!bulk || !measured) return;
    let cancelled = false;
    afterNextPaint(() => {
      if (cancelled) return;
      unsettled.current = false;
      setSettled((n) => n + 1);
    });
    return () => {
      cancelled = true;
    };
  }, [bulk, rows.length, measured]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    let stored = lastSize;
    const measure = () => {
      const size = { width: el.clientWidth, height: el.clientHeight };
      setViewportHeight(size.height);
      setTableWidth(size.width);
      setMeasured(true);
      if (size.width === stored?.width && size.height === stored.height) return;
      writeTableSize(globalThis.localStorage, size);
      stored = size;
    };
    if (!lastSize) measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Someone asked for a row to get focus (after a delete, the detail pane closing): reveal it, then focus it below.
  const focusRequest = view.focusRequest.value;
  useLayoutEffect(() => {
    if (!focusRequest) return;
    const el = scroller.current;
    const index = focusRequest.key === null ? -1 : view.rows.value.findIndex((r) => r.key === focusRequest.key);
    if (!el || index < 0) {
      focusPanelHome();
      return;
    }
    pendingFocus.current = focusRequest.key;
    pendingWaited.current = false;
    const top = scrollToReveal(index, el.scrollTop, el.clientHeight, HEADER_HEIGHT);
    if (top !== el.scrollTop) el.scrollTop = top;
    setScrollTop(el.scrollTop);
  }, [focusRequest]);

  // After a keyboard move has scrolled the target row into the rendered window, focus it.
  useLayoutEffect(() => {
    const key = pendingFocus.current;
    if (key === null) return;
    const table = scroller.current;
    const el = table?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    if (!el) {
      pendingWaited.current = true;
      return;
    }
    pendingFocus.current = null;
    // A request that had to wait for its row takes focus only where focus is lost or still in the table, never back
    // from a control the user has moved to since (a dialog's opener, the filter).
    if (!pendingWaited.current || focusIsLost() || table?.contains(document.activeElement))
      el.focus({ preventScroll: true });
  });

  // Focus moved outside the table (a toolbar button, a dialog): a row still waiting for focus no longer gets it.
  useEffect(() => {
    const onFocusIn = (e: FocusEvent) => {
      if (!scroller.current?.contains(e.target as Node)) pendingFocus.current = null;
    };
    document.addEventListener('focusin', onFocusIn);
    return () => document.removeEventListener('focusin', onFocusIn);
  }, []);

  const inline = edits.inline.value;
  const selectedKeys = view.selectedKeys.value;

  const openRowMenu = (row: Row, at: MenuPosition) => {
    if (!selectedKeys.has(row.key)) view.select(row.key);
    setMenu({ kind: 'row', row, at });
  };

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    if (isContextMenuKey(e) && target.closest('[role="columnheader"]')) {
      consumeKey(e);
      setMenu({ kind: 'columns', at: positionBelow(target) });
      return;
    }
    if (target.closest('input, textarea, select, button')) return;
    if (isContextMenuKey(e)) {
      const key = target.closest('[data-key]')?.getAttribute('data-key');
      const row = view.rows.value.find((r) => r.key === key);
      if (row) {
        consumeKey(e);
        openRowMenu(row, positionBelow(target));
      }
      return;
    }
    if (e.key === 'Enter' && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const cookie = view.selected.value;
      if (cookie) {
        e.preventDefault();
        if (e.shiftKey) edits.openEdit(cookie);
        else edits.startInline(cookie);
      }
      return;
    }
    const move = KEY_MOVES[e.key];
    if (!move) return;
    e.preventDefault();
    const page = Math.max(1, Math.floor((viewportHeight - HEADER_HEIGHT) / ROW_HEIGHT) - 1);
    const key = view.moveSelection(move, page);
    const index = view.rows.value.findIndex((r) => r.key === key);
    const el = scroller.current;
    if (key === null || index < 0 || !el) return;
    pendingFocus.current = key;
    pendingWaited.current = false;
    const top = scrollToReveal(index, el.scrollTop, el.clientHeight, HEADER_HEIGHT);
    if (top !== el.scrollTop) el.scrollTop = top;
    setScrollTop(el.scrollTop);
  };

  const win = visibleWindow(rows.length, scrollTop, viewportHeight, ROW_HEIGHT, bulk ? 0 : OVERSCAN);
  // In a narrow panel most columns sit to the right, out of view: the first frame leaves their cells out too (the
  // grid keeps every track, so the row's width and scrolling do not change), and the next frame fills them in.
  const inViewColumns = bulk ? columns.slice(0, columnsInView(widths, scrollLeft, tableWidth)) : columns;
  const cellColumnIds = inViewColumns.map((c) => c.id).join(' ');
  // One array while the same columns show, so a row whose cells did not change is not rendered again (TableRow).
  const cellColumns = useMemo(() => inViewColumns, [cellColumnIds]);
  // The same for the columns' widths, which decide which cells clip (cell-fit.ts).
  const cellWidths = useMemo(() => widths, [GRID_TEMPLATE]);
  const focusedKey = rows.some((r) => r.key === selectedKey) ? selectedKey : (rows[0]?.key ?? null);
  const rowWidth = MARKER_WIDTH + widths.reduce((n, w) => n + w, 0);
  const message = rows.length === 0 ? emptyText : undefined;

  // A live change renders at most LIVE_ROWS_PER_FRAME rows per frame; the rest follow in the next frames (live-rows.ts).
  const planner = useRef(new LiveRowPlanner()).current;
  const previousRows = useRef<Row[]>(rows);
  const before = previousRows.current;
  previousRows.current = rows;
  let knownBefore: Set<string> | null = null;
  const isNewCookie = (key: string) => !(knownBefore ??= new Set(before.map((r) => r.key))).has(key);
  const windowRows = measured ? rows.slice(win.start, win.end) : [];
  const shown = windowRows.map((row) => {
    // What a row shows is read here, so each row below re-renders only when its own inputs change.
    const info = row.info;
    const cells: CellInputs = {
      cookie: row.cookie,
      analysis: info.analysis,
      worst: info.worst,
      findingCount: info.findingCount,
      inline: inline?.key === row.key ? inline : null,
      columnIds: cellColumnIds,
      cellWidths,
      pageSite,
      value: privacy.displayValue(row.cookie),
    };
    return { row, cells };
  });
  const frame = planner.plan(
    shown.map(({ row, cells }) => ({
      key: row.key,
      shows: CELL_INPUTS.map((k) => cells[k]),
      always: row.key === focusedKey || cells.inline !== null,
    })),
    isNewCookie,
    store.changedLive.value && !bulk ? LIVE_ROWS_PER_FRAME : null,
  );
  const [, setCatchUp] = useState(0);
  useEffect(() => {
    if (!frame.behind) return;
    let cancelled = false;
    onNextFrame(() => cancelled || setCatchUp((n) => n + 1));
    return () => {
      cancelled = true;
    };
  });

  /** The row an event in the table body happened on: one listener per event for every row, not one per row. */
  const rowOf = (e: Event): { row: Row; el: HTMLElement } | null => {
    const el = (e.target as HTMLElement).closest<HTMLElement>('[data-key]');
    const key = el?.getAttribute('data-key');
    const row = key === undefined ? undefined : view.rows.value.find((r) => r.key === key);
    return el && row ? { row, el } : null;
  };

  return (
    <>
      <div
        class="table"
        ref={scroller}
        style={{ '--grid-template': GRID_TEMPLATE, '--row-width': `${rowWidth}px` }}
        role="grid"
        aria-label="Cookies"
        aria-rowcount={rows.length + 1 + (message ? 1 : 0)}
        aria-colcount={columns.length + 1}
        aria-multiselectable="true"
        onKeyDown={onKeyDown}
        onScroll={(e) => {
          const el = e.currentTarget as HTMLElement;
          setScrollTop(el.scrollTop);
          setScrollLeft(el.scrollLeft);
        }}
      >
        <div
          class="row header"
          role="row"
          aria-rowindex={1}
          onContextMenu={(e) => {
            e.preventDefault();
            setMenu({ kind: 'columns', at: { x: e.clientX, y: e.clientY } });
          }}
        >
          <div role="columnheader" class="marker-cell marker-header">
            <button
              type="button"
              class="sort legend-button"
              aria-expanded={legend}
              aria-controls="marker-legend"
              onClick={() => setLegend(!legend)}
              title="What the markers mean"
            >
              Risk
            </button>
          </div>
          {columns.map((col, i) => (
            <div
              key={col.id}
              role="columnheader"
              aria-sort={sort.column === col.id ? sort.direction : 'none'}
              class={`cell align-${col.align ?? 'start'}`}
              data-col={col.id}
            >
              <button
                type="button"
                class="sort"
                onClick={() => (view.sort.value = nextSort(sort, col.id))}
                title={`Sort by ${col.label} (right-click or Shift+F10: show or hide columns)`}
              >
                {col.label}
                <span aria-hidden="true" class="sort-arrow">
                  {sort.column === col.id ? (sort.direction === 'ascending' ? '▲' : '▼') : null}
                </span>
              </button>
              <ColumnResizer id={col.id} width={widths[i] ?? col.width} />
            </div>
          ))}
        </div>

        <div
          class="body"
          role="rowgroup"
          style={{ paddingTop: `${win.padTop}px`, paddingBottom: `${win.padBottom}px` }}
          onContextMenu={(e) => {
            const found = rowOf(e);
            if (!found) return;
            e.preventDefault();
            found.el.focus({ preventScroll: true });
            openRowMenu(found.row, { x: e.clientX, y: e.clientY });
          }}
          onClick={(e) => {
            const found = rowOf(e);
            if (!found) return;
            if (e.detail <= 1)
              firstClickColumn.current =
                (e.target as HTMLElement).closest('[data-col]')?.getAttribute('data-col') ?? null;
            view.select(found.row.key, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'only');
          }}
          onDblClick={(e) => {
            const found = rowOf(e);
            if (!found) return;
            if (firstClickColumn.current === 'value') edits.startInline(found.row.cookie);
            else edits.openEdit(found.row.cookie);
          }}
        >
          {shown.map(({ row, cells }, i) =>
            frame.plans[i] === 'placeholder' ? (
              <PendingRow key={row.key} rowKey={row.key} index={win.start + i} />
            ) : (
              <TableRow
                key={row.key}
                row={row}
                {...cells}
                index={win.start + i}
                selected={selectedKeys.has(row.key)}
                focused={row.key === focusedKey}
                cellColumns={cellColumns}
                hold={frame.plans[i] === 'hold'}
              />
            ),
          )}
          {message && (
            // A row of the grid (a grid holds rows only), its one cell announcing the message.
            <div role="row" aria-rowindex={2} class="message-row">
              <div role="gridcell" class="empty">
                <span role="status">{message}</span>
              </div>
            </div>
          )}
        </div>
      </div>
      {legend && <MarkerLegend onClose={() => setLegend(false)} />}
      {menu?.kind === 'row' && (
        <Menu
          label={`Cookie ${menu.row.cookie.name}`}
          testId="row-menu"
          position={menu.at}
          onClose={() => setMenu(null)}
          items={rowMenuItems({
            row: menu.row,
            selected: view.selectedCookies.value,
            pageUrl,
            edits,
            mutes,
            copyText,
            onDelete,
          })}
        />
      )}
      {menu?.kind === 'columns' && (
        <Menu
          label="Columns"
          testId="column-menu"
          position={menu.at}
          onClose={() => setMenu(null)}
          items={[
            ...offered.map((c) => ({
              id: c.id,
              label: c.label,
              checked: !hidden.includes(c.id),
              disabled: ALWAYS_SHOWN.has(c.id),
              onSelect: () => layout.toggleColumn(c.id),
            })),
            { id: 'reset', label: 'Reset columns', separated: true, onSelect: () => layout.resetColumns() },
          ]}
        />
      )}
    </>
  );
}

interface TableRowProps {
  row: Row;
  cookie: Cookie;
  analysis: CookieAnalysis | undefined;
  worst: Severity | undefined;
  findingCount: number;
  /** The row's position among all rows (0-based). */
  index: number;
  selected: boolean;
  focused: boolean;
  /** The inline value edit, when it is this row's. */
  inline: InlineEdit | null;
  cellColumns: readonly Column[];
  /** The ids of `cellColumns`: what decides the cells (their widths come from the table's grid template). */
  columnIds: string;
  /** The width of each column in `cellColumns` (and past them), in px: a cell whose content does not fit clips it. */
  cellWidths: readonly number[];
  pageSite: string;
  /** The value as shown (masked or not). */
  value: string;
  /** A live change reached this row, but this frame's rows are rendered: the cells keep what they show for now. */
  hold: boolean;
}

/**
 * One table row: it renders only when one of its props changed, and its cells (RowCells) only when what they show
 * changed. A cookie inserted above moves every row below it by one: those rows update their aria-rowindex, not their
 * cells nor their class (the zebra stripes are drawn behind the rows, see styles.css), so their style and paint do
 * not change.
 */
class TableRow extends Component<TableRowProps> {
  /** A frame of live changes re-renders the table; the rows whose props did not change are not even diffed. */
  override shouldComponentUpdate(next: TableRowProps): boolean {
    for (const k in next) if (next[k as keyof TableRowProps] !== this.props[k as keyof TableRowProps]) return true;
    return false;
  }

  override render() {
    const { row, index, selected, focused, inline } = this.props;
    return (
      <div
        data-key={row.key}
        data-testid="cookie-row"
        data-name={row.cookie.name}
        role="row"
        aria-rowindex={index + 2}
        aria-selected={selected}
        tabIndex={focused ? 0 : -1}
        class={`row${selected ? ' selected' : ''}${inline ? ' editing' : ''}`}
      >
        <RowCells {...this.props} />
      </div>
    );
  }
}

/** What the cells show, all in RowCells' props (the cookie object is replaced when the cookie changes). */
const CELL_INPUTS = [
  'cookie',
  'analysis',
  'worst',
  'findingCount',
  'inline',
  'columnIds',
  'cellWidths',
  'pageSite',
  'value',
] as const satisfies readonly (keyof TableRowProps)[];

type CellInputs = Pick<TableRowProps, (typeof CELL_INPUTS)[number]>;

/** A row a live change brought whose turn has not come yet (live-rows.ts): its place, without cells, for a frame. */
function PendingRow({ rowKey, index }: { rowKey: string; index: number }) {
  return <div data-key={rowKey} role="row" aria-rowindex={index + 2} aria-busy="true" class="row pending" />;
}

class RowCells extends Component<TableRowProps> {
  /** The props the cells were last rendered with (a held row's props move on while its cells stay). */
  private rendered: TableRowProps | null = null;

  override shouldComponentUpdate(next: TableRowProps): boolean {
    const rendered = this.rendered;
    return !next.hold && (rendered === null || CELL_INPUTS.some((k) => next[k] !== rendered[k]));
  }

  override render() {
    this.rendered = this.props;
    const { row, cookie, analysis, worst, findingCount, inline, cellColumns, cellWidths, pageSite, value } = this.props;
    return (
      <>
        <div role="gridcell" class="marker-cell">
          <RowMarkers cookie={cookie} worst={worst} findingCount={findingCount} pageSite={pageSite} />
        </div>
        {cellColumns.map((col, i) => {
          if (col.id === 'value' && inline) {
            return <InlineValueEditor key={col.id} cookie={cookie} value={inline.value} error={inline.error} />;
          }
          const room = (cellWidths[i] ?? 0) - CELL_CHROME_PX;
          if (col.id === 'class') return <ClassCell key={col.id} analysis={analysis} room={room} />;
          const full = col.id === 'value' ? value : col.text(row);
          const text = full.length > CELL_MAX_CHARS ? `${full.slice(0, CELL_MAX_CHARS)}…` : full;
          const fits = fitsInCell(text, CELL_FONT_PX, room);
          // No text node for an empty cell (Preact rewrites an empty text node on every render: a DOM change for nothing).
          return (
            <div
              key={col.id}
              role="gridcell"
              class={`cell align-${col.align ?? 'start'}${fits ? ' fits' : ''}`}
              data-col={col.id}
            >
              {text || null}
            </div>
          );
        })}
      </>
    );
  }
}

/** Drag a header's right edge to resize its column (DevTools' DataGrid does the same); the width is stored. */
function ColumnResizer({ id, width }: { id: ColumnId; width: number }) {
  const { layout } = usePanelStore();
  return (
    <span
      class="col-resizer"
      aria-hidden="true"
      onClick={(e) => e.stopPropagation()}
      onPointerDown={(e) => {
        e.stopPropagation();
        const startX = e.clientX;
        followPointer(e, (ev) => layout.setColumnWidth(id, Math.max(MIN_COLUMN_WIDTH, width + ev.clientX - startX)));
      }}
    />
  );
}

/** The marker column's key: what each shape and letter means. */
function MarkerLegend({ onClose }: { onClose: () => void }) {
  return (
    <div
      id="marker-legend"
      class="legend"
      role="group"
      aria-label="What the markers mean"
      data-testid="marker-legend"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          consumeKey(e);
          onClose();
          document.querySelector<HTMLElement>('.legend-button')?.focus();
        }
      }}
    >
      <ul>
        {(['high', 'medium', 'low'] as const).map((s) => (
          <li key={s}>
            <SeverityMark severity={s} /> {SEVERITY_WORD[s]}: the cookie's worst finding (see the detail pane)
          </li>
        ))}
        <li>
          <span class="marker third-party">3P</span> Third-party: belongs to another site than the page's
        </li>
        <li>
          <span class="marker partitioned">◫</span> Partitioned (CHIPS): only sent under one top-level site
        </li>
      </ul>
      <button type="button" onClick={() => (onClose(), document.querySelector<HTMLElement>('.legend-button')?.focus())}>
        Close
      </button>
    </div>
  );
}

/** Severity by letter and shape as well as colour (WCAG 1.4.1): H in a triangle, M in a diamond, L in a circle. */
function SeverityMark({ severity, title, label }: { severity: Severity; title?: string; label?: string }) {
  return (
    <span
      class={`marker severity sev-${severity}`}
      data-testid="severity"
      data-severity={severity}
      title={title}
      aria-label={label}
      role={label ? 'img' : undefined}
    >
      <span aria-hidden={label ? 'true' : undefined}>{SEVERITY_LETTER[severity]}</span>
    </span>
  );
}

const SEVERITY_LETTER: Record<Severity, string> = { high: 'H', medium: 'M', low: 'L', info: 'i' };

const HEADER_HEIGHT = 22;
const KEY_MOVES: Record<string, Parameters<ViewStore['moveSelection']>[0]> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  Home: 'first',
  End: 'last',
  PageDown: 'page-down',
  PageUp: 'page-up',
};

/** The value cell while editing it in place: Enter saves (through the same safe write), Escape cancels. */
function InlineValueEditor({ cookie, value, error }: { cookie: Cookie; value: string; error?: string }) {
  const { edits } = usePanelStore();
  const privacy = usePrivacy();
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const key = cookieKey(cookie);
  const errorId = `inline-error-${key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  // Saved (the input goes away with focus in it): focus returns to the row.
  useEffect(
    () => () =>
      queueMicrotask(() => {
        if (document.activeElement === document.body)
          document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
      }),
    [key],
  );
  return (
    <div role="gridcell" class="cell inline-edit" data-col="value">
      <input
        ref={input}
        class={`${error ? 'invalid' : ''}${privacy.isHidden(cookie) ? ' masked-input' : ''}`}
        aria-label={`Value of ${cookie.name}`}
        aria-invalid={!!error}
        aria-describedby={error ? errorId : undefined}
        data-testid="inline-input"
        title={error ? undefined : 'Enter saves, Escape cancels'}
        defaultValue={value}
        spellcheck={false}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') {
            e.preventDefault();
            void edits.commitInline(cookie, e.currentTarget.value);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            edits.cancelInline();
            queueMicrotask(() => document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus());
          }
        }}
      />
      {error && (
        <span id={errorId} class="inline-error" role="alert" data-testid="inline-error">
          <span aria-hidden="true">⚠ </span>
          {error} <span class="muted">(Enter to retry, Escape to cancel)</span>
        </span>
      )}
    </div>
  );
}

/** `room`: the cell's width for its content, in px (the badge is not clipped when it fits there). */
function ClassCell({ analysis, room }: { analysis: CookieAnalysis | undefined; room: number }) {
  const c = analysis?.classification;
  const fits = !c || fitsInCell(CLASS_LABEL[c.class], BADGE_FONT_PX, room - BADGE_CHROME_PX);
  return (
    <div role="gridcell" class={`cell${fits ? ' fits' : ''}`} data-col="class">
      {c && (
        <span
          class={`class-badge cls-${c.class}`}
          title={`${CLASS_LABEL[c.class]} (${c.confidence} confidence): ${c.evidence[0] ?? ''}`}
        >
          {CLASS_LABEL[c.class]}
        </span>
      )}
    </div>
  );
}

const SEVERITY_WORD: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** The per-row marker slot: worst security finding, then third-party or partitioned. */
function RowMarkers({
  cookie,
  worst,
  findingCount,
  pageSite,
}: {
  cookie: Cookie;
  worst: Severity | undefined;
  findingCount: number;
  pageSite: string;
}) {
  const site = registrableDomain(bareDomain(cookie.domain));
  const thirdParty = pageSite !== '' && site !== pageSite;
  return (
    <>
      {worst && (
        <SeverityMark
          severity={worst}
          title={`${findingCount} finding${findingCount === 1 ? '' : 's'}, worst: ${SEVERITY_WORD[worst]}`}
          label={`${SEVERITY_WORD[worst]} severity finding`}
        />
      )}
      {cookie.partitionKey?.topLevelSite ? (
        <span
          class="marker partitioned"
          title={`Partitioned (CHIPS): only sent under ${cookie.partitionKey.topLevelSite}`}
          aria-label="Partitioned cookie"
        >
          ◫
        </span>
      ) : (
        thirdParty && (
          <span
            class="marker third-party"
            title={`Third-party: belongs to ${site}, not to ${pageSite}`}
            aria-label="Third-party cookie"
          >
            3P
          </span>
        )
      )}
    </>
  );
}

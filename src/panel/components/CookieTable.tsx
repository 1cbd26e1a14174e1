import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { bareDomain, cookieKey, registrableDomain } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import type { Severity } from '../../core/rules/types.ts';
import { CLASS_LABEL, nextSort, type Column, type ColumnId, type Row } from '../table-model.ts';
import type { EditStore } from '../store/edits.ts';
import { usePanelStore, usePrivacy } from '../context.ts';
import { consumeKey, focusIsLost, focusPanelHome } from '../focus.ts';
import { ALWAYS_SHOWN, MIN_COLUMN_WIDTH, type LayoutStore } from '../store/layout.ts';
import type { ViewStore } from '../store/view.ts';
import { columnsInView, columnWidths, MARKER_WIDTH, OVERSCAN, ROW_HEIGHT, scrollToReveal, visibleWindow } from '../virtual-rows.ts';
import { Menu, positionBelow, type MenuPosition } from './Menu.tsx';
import { rowMenuItems } from './row-menu.ts';
import { followPointer } from '../pointer-drag.ts';

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
}

/** Is this key press the one that opens a context menu from the keyboard (Shift+F10, or the Menu key)? */
export function isContextMenuKey(e: KeyboardEvent): boolean {
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey && !e.ctrlKey && !e.altKey && !e.metaKey);
}

type OpenMenu = { kind: 'row'; row: Row; at: MenuPosition } | { kind: 'columns'; at: MenuPosition };

export function CookieTable({ columns: offered }: CookieTableProps) {
  const { view, edits, mutes, layout, cookies: store, copyText, deleteCookies: onDelete } = usePanelStore();
  const pageUrl = store.pageUrl.value;
  const [tableWidth, setTableWidth] = useState(1000);
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
  const [viewportHeight, setViewportHeight] = useState(600);
  /** Rows render once the table's size is known: rendering them at a guessed size meant laying them out twice. */
  const [measured, setMeasured] = useState(false);
  const rows = view.rows.value;
  const selectedKey = view.selectedKey.value;
  const sort = view.sort.value;
  const pageSite = pageUrl ? registrableDomain(pageUrl.hostname) : '';

  // The first frame, and the first after a bulk change, render only the rows on screen; the overscan rows follow in
  // the next frame, so the rows the user is waiting for are not held up by rows they cannot see yet.
  const [settledCount, setSettledCount] = useState<number | null>(null);
  const bulk = settledCount === null || Math.abs(rows.length - settledCount) >= BULK_CHANGE;
  useEffect(() => {
    if (!bulk || !measured) return;
    const settle = () => setSettledCount(rows.length);
    const frame = requestAnimationFrame(settle);
    const timer = setTimeout(settle, 100); // a hidden panel gets no animation frames
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [bulk, rows.length, measured]);

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => {
      setViewportHeight(el.clientHeight);
      setTableWidth(el.clientWidth);
      setMeasured(true);
    };
    measure();
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
    if (!pendingWaited.current || focusIsLost() || table?.contains(document.activeElement)) el.focus({ preventScroll: true });
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
  const cellColumns = bulk ? columns.slice(0, columnsInView(widths, scrollLeft, tableWidth)) : columns;
  const focusedKey = rows.some((r) => r.key === selectedKey) ? selectedKey : (rows[0]?.key ?? null);

  return (
    <>
      <div
        class="table"
        ref={scroller}
        role="grid"
        aria-label="Cookies"
        aria-rowcount={rows.length + 1}
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
          style={{ gridTemplateColumns: GRID_TEMPLATE }}
          onContextMenu={(e) => {
            e.preventDefault();
            setMenu({ kind: 'columns', at: { x: e.clientX, y: e.clientY } });
          }}
        >
          <div role="columnheader" class="marker-cell marker-header">
            <button type="button" class="sort legend-button" aria-expanded={legend} aria-controls="marker-legend" onClick={() => setLegend(!legend)} title="What the markers mean">
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
                  {sort.column === col.id ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
              <ColumnResizer id={col.id} width={widths[i] ?? col.width} layout={layout} />
            </div>
          ))}
        </div>

        <div class="body" role="rowgroup" style={{ paddingTop: `${win.padTop}px`, paddingBottom: `${win.padBottom}px` }}>
          {(measured ? rows.slice(win.start, win.end) : []).map((row, i) => (
            <div
              key={row.key}
              data-key={row.key}
              data-testid="cookie-row"
              data-name={row.cookie.name}
              role="row"
              aria-rowindex={win.start + i + 2}
              aria-selected={selectedKeys.has(row.key)}
              tabIndex={row.key === focusedKey ? 0 : -1}
              class={`row${(win.start + i) % 2 ? ' alt' : ''}${selectedKeys.has(row.key) ? ' selected' : ''}${inline?.key === row.key ? ' editing' : ''}`}
              style={{ gridTemplateColumns: GRID_TEMPLATE }}
              onContextMenu={(e) => {
                e.preventDefault();
                (e.currentTarget as HTMLElement).focus({ preventScroll: true });
                openRowMenu(row, { x: e.clientX, y: e.clientY });
              }}
              onClick={(e) => {
                if (e.detail <= 1) firstClickColumn.current = (e.target as HTMLElement).closest('[data-col]')?.getAttribute('data-col') ?? null;
                view.select(row.key, e.shiftKey ? 'range' : e.ctrlKey || e.metaKey ? 'toggle' : 'only');
              }}
              onDblClick={() => {
                if (firstClickColumn.current === 'value') edits.startInline(row.cookie);
                else edits.openEdit(row.cookie);
              }}
            >
              <div role="gridcell" class="marker-cell">
                <RowMarkers row={row} pageSite={pageSite} />
              </div>
              {cellColumns.map((col) => {
                if (col.id === 'value' && inline?.key === row.key) {
                  return <InlineValueEditor key={col.id} cookie={row.cookie} edits={edits} value={inline.value} error={inline.error} />;
                }
                if (col.id === 'class') return <ClassCell key={col.id} row={row} />;
                const text = col.id === 'value' ? privacy.displayValue(row.cookie) : col.text(row);
                return (
                  <div key={col.id} role="gridcell" class={`cell align-${col.align ?? 'start'}`} data-col={col.id}>
                    {text.length > CELL_MAX_CHARS ? `${text.slice(0, CELL_MAX_CHARS)}…` : text}
                  </div>
                );
              })}
            </div>
          ))}
        </div>
      </div>
      {legend && <MarkerLegend onClose={() => setLegend(false)} />}
      {menu?.kind === 'row' && (
        <Menu
          label={`Cookie ${menu.row.cookie.name}`}
          testId="row-menu"
          position={menu.at}
          onClose={() => setMenu(null)}
          items={rowMenuItems({ row: menu.row, selected: view.selectedCookies.value, pageUrl, edits, mutes, copyText, onDelete })}
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

/** Drag a header's right edge to resize its column (DevTools' DataGrid does the same); the width is stored. */
function ColumnResizer({ id, width, layout }: { id: ColumnId; width: number; layout: LayoutStore }) {
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
    <span class={`marker severity sev-${severity}`} data-testid="severity" data-severity={severity} title={title} aria-label={label} role={label ? 'img' : undefined}>
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
function InlineValueEditor({ cookie, edits, value, error }: { cookie: Cookie; edits: EditStore; value: string; error?: string }) {
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
        if (document.activeElement === document.body) document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus();
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

function ClassCell({ row }: { row: Row }) {
  const c = row.info.analysis?.classification;
  return (
    <div role="gridcell" class="cell" data-col="class">
      {c && (
        <span class={`class-badge cls-${c.class}`} title={`${CLASS_LABEL[c.class]} (${c.confidence} confidence): ${c.evidence[0] ?? ''}`}>
          {CLASS_LABEL[c.class]}
        </span>
      )}
    </div>
  );
}

const SEVERITY_WORD: Record<Severity, string> = { high: 'High', medium: 'Medium', low: 'Low', info: 'Info' };

/** The per-row marker slot: worst security finding, then third-party or partitioned. */
function RowMarkers({ row, pageSite }: { row: Row; pageSite: string }) {
  const { cookie, info } = row;
  const site = registrableDomain(bareDomain(cookie.domain));
  const thirdParty = pageSite !== '' && site !== pageSite;
  return (
    <>
      {info.worst && (
        <SeverityMark
          severity={info.worst}
          title={`${info.findingCount} finding${info.findingCount === 1 ? '' : 's'}, worst: ${SEVERITY_WORD[info.worst]}`}
          label={`${SEVERITY_WORD[info.worst]} severity finding`}
        />
      )}
      {cookie.partitionKey?.topLevelSite ? (
        <span class="marker partitioned" title={`Partitioned (CHIPS): only sent under ${cookie.partitionKey.topLevelSite}`} aria-label="Partitioned cookie">
          ◫
        </span>
      ) : (
        thirdParty && (
          <span class="marker third-party" title={`Third-party: belongs to ${site}, not to ${pageSite}`} aria-label="Third-party cookie">
            3P
          </span>
        )
      )}
    </>
  );
}

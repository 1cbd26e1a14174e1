/** What the table shows of the cookies: filter, sort and selection, as signals derived from the cookie store. */
import { computed, type ReadonlySignal, signal } from '@preact/signals';

import type { CookieClass } from '../../core/analysis-types.ts';
import { cookieKey } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { matchesFilter, parseFilter, type Row, type RowInfo, sortRows, type SortState } from '../table-model.ts';

export type { Row } from '../table-model.ts';

export type ViewStore = ReturnType<typeof createViewStore>;

/** The panel's views: the cookie table, the change timeline, the site report. */
export type Section = 'cookies' | 'timeline' | 'report';

const NO_INFO: RowInfo = { findingCount: 0 };

export function createViewStore(
  cookies: ReadonlySignal<Cookie[]>,
  infoOf: (key: string, cookie: Cookie) => RowInfo = () => NO_INFO,
) {
  const section = signal<Section>('cookies');
  const filterText = signal('');
  /** Only rows of this class ('all' = any). */
  const classFilter = signal<CookieClass | 'all'>('all');
  /** Only rows with at least one finding that is not muted. */
  const onlyFindings = signal(false);
  const sort = signal<SortState>({ column: 'name', direction: 'ascending' });
  /** The focused row: what the detail pane shows and the keyboard moves from. */
  const selectedKey = signal<string | null>(null);
  /** Every selected row (Ctrl/Cmd+click toggles, Shift+click extends from the focused row). */
  const selectedKeys = signal<ReadonlySet<string>>(new Set());

  const filter = computed(() => parseFilter(filterText.value));
  /**
   * A row's info (class, findings) is read when needed: to render the visible rows, or to filter or sort by it. With
   * thousands of rows, nothing is looked up for the rows off screen. The getter lives on a class, so every row has
   * one shape (an object literal with a getter gave each row its own).
   */
  class LazyRow implements Row {
    constructor(
      readonly key: string,
      readonly cookie: Cookie,
    ) {}

    get info(): RowInfo {
      return infoOf(this.key, this.cookie);
    }
  }
  /** One row object per cookie object: a live change makes rows for the cookies it brought, not for every cookie. */
  const rowOf = new WeakMap<Cookie, LazyRow>();
  const allRows = computed<Row[]>(() =>
    cookies.value.map((cookie) => {
      let row = rowOf.get(cookie);
      if (!row) {
        row = new LazyRow(cookieKey(cookie), cookie);
        rowOf.set(cookie, row);
      }
      return row;
    }),
  );
  const rows = computed<Row[]>(() => {
    const f = filter.value;
    const cls = classFilter.value;
    const findingsOnly = onlyFindings.value;
    const unfiltered = (f.kind === 'none' || f.kind === 'invalid') && cls === 'all' && !findingsOnly;
    const shown = unfiltered
      ? allRows.value
      : allRows.value.filter(
          (r) =>
            matchesFilter(r.cookie, f) &&
            (cls === 'all' || r.info.analysis?.classification.class === cls) &&
            (!findingsOnly || r.info.findingCount > 0),
        );
    return sortRows(shown, sort.value);
  });
  const total = computed(() => cookies.value.length);
  /** True when any filter narrows the rows. */
  const narrowed = computed(
    () =>
      filter.value.kind === 'text' ||
      filter.value.kind === 'regex' ||
      classFilter.value !== 'all' ||
      onlyFindings.value,
  );
  /** The focused cookie as the store has it now; null once it is gone (deleted, expired, out of scope). */
  const selected = computed<Cookie | null>(() => {
    const key = selectedKey.value;
    return key === null ? null : (allRows.value.find((r) => r.key === key)?.cookie ?? null);
  });
  /** Selected cookies that are still shown, in table order. */
  const selectedCookies = computed<Cookie[]>(() => {
    const keys = selectedKeys.value;
    return rows.value.filter((r) => keys.has(r.key)).map((r) => r.cookie);
  });

  function select(key: string | null, mode: 'only' | 'toggle' | 'range' = 'only'): void {
    if (key === null) {
      selectedKey.value = null;
      selectedKeys.value = new Set();
      return;
    }
    if (mode === 'toggle') {
      const next = new Set(selectedKeys.value);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      selectedKeys.value = next;
    } else if (mode === 'range' && selectedKey.value !== null) {
      const list = rows.value.map((r) => r.key);
      const [a, b] = [list.indexOf(selectedKey.value), list.indexOf(key)].sort((x, y) => x - y);
      selectedKeys.value = new Set(a !== undefined && a >= 0 && b !== undefined ? list.slice(a, b + 1) : [key]);
      return; // the anchor stays where the range started
    } else {
      selectedKeys.value = new Set([key]);
    }
    selectedKey.value = key;
  }

  /** A request for the table to focus a row (after a delete, a menu, the editor closing); `n` makes each one new. */
  const focusRequest = signal<{ key: string | null; n: number } | null>(null);
  function focusRow(key: string | null): void {
    focusRequest.value = { key, n: (focusRequest.value?.n ?? 0) + 1 };
  }

  /**
   * The row that takes the place of `leaving` (rows about to be deleted): the first row after them that stays, else
   * the last one before them; null when none is left.
   */
  function neighbourOf(leaving: ReadonlySet<string>): string | null {
    const list = rows.value;
    let last = -1;
    list.forEach((r, i) => leaving.has(r.key) && (last = i));
    if (last < 0) return selectedKey.value;
    for (let i = last + 1; i < list.length; i++) if (!leaving.has((list[i] as Row).key)) return (list[i] as Row).key;
    for (let i = last - 1; i >= 0; i--) if (!leaving.has((list[i] as Row).key)) return (list[i] as Row).key;
    return null;
  }

  function moveSelection(
    to: 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up',
    pageSize = 10,
  ): string | null {
    const list = rows.value;
    if (list.length === 0) return null;
    const current = list.findIndex((r) => r.key === selectedKey.value);
    const last = list.length - 1;
    const target = {
      next: current < 0 ? 0 : Math.min(current + 1, last),
      previous: current < 0 ? 0 : Math.max(current - 1, 0),
      first: 0,
      last,
      'page-down': Math.min(Math.max(current, 0) + pageSize, last),
      'page-up': Math.max(current - pageSize, 0),
    }[to];
    const key = list[target]?.key ?? null;
    select(key);
    return key;
  }

  return {
    section,
    filterText,
    filter,
    classFilter,
    onlyFindings,
    narrowed,
    sort,
    selectedKey,
    selectedKeys,
    selected,
    selectedCookies,
    select,
    rows,
    total,
    moveSelection,
    focusRequest,
    focusRow,
    neighbourOf,
  };
}

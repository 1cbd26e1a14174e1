/** What the table shows of the cookies: filter, sort and selection, as signals derived from the cookie store. */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { cookieKey } from '../../core/cookie.ts';
import type { Cookie } from '../../core/types.ts';
import { matchesFilter, parseFilter, sortCookies, type SortState } from '../table-model.ts';

export interface Row {
  key: string;
  cookie: Cookie;
}

export type ViewStore = ReturnType<typeof createViewStore>;

export function createViewStore(cookies: ReadonlySignal<Cookie[]>) {
  const filterText = signal('');
  const sort = signal<SortState>({ column: 'name', direction: 'ascending' });
  const selectedKey = signal<string | null>(null);

  const filter = computed(() => parseFilter(filterText.value));
  const rows = computed<Row[]>(() => {
    const f = filter.value;
    const shown = cookies.value.filter((c) => matchesFilter(c, f));
    return sortCookies(shown, sort.value).map((cookie) => ({ key: cookieKey(cookie), cookie }));
  });
  const total = computed(() => cookies.value.length);
  /** The selected cookie as the store has it now; null once it is gone (deleted, expired, out of scope). */
  const selected = computed<Cookie | null>(() => {
    const key = selectedKey.value;
    return key === null ? null : (cookies.value.find((c) => cookieKey(c) === key) ?? null);
  });

  function moveSelection(to: 'next' | 'previous' | 'first' | 'last' | 'page-down' | 'page-up', pageSize = 10): string | null {
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
    selectedKey.value = key;
    return key;
  }

  return { filterText, filter, sort, selectedKey, selected, rows, total, moveSelection };
}

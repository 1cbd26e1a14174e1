/** The panel's layout memory, the status line's lifetime, export's default scope, delete's next focus, the count. */
import { signal } from '@preact/signals';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { createEditStore, type EditDeps } from '../../../src/panel/store/edits.ts';
import {
  createLayoutStore,
  DEFAULT_DETAIL_WIDTH,
  type Layout,
  MIN_DETAIL_WIDTH,
  parseLayout,
} from '../../../src/panel/store/layout.ts';
import { createViewStore } from '../../../src/panel/store/view.ts';
import { countText } from '../../../src/panel/table-model.ts';
import { defaultExportChoice } from '../../../src/panel/transfer/export-model.ts';
import { cookie } from '../../fixtures/cookies.ts';

describe('layout memory', () => {
  test('a stored layout is read field by field: unknown columns, the name column and absurd widths are dropped', () => {
    expect(
      parseLayout({
        detailWidth: 10,
        hidden: ['path', 'name', 'nope', 7],
        widths: { value: 5000, bogus: 90, size: 'x' },
      }),
    ).toEqual({
      detailWidth: MIN_DETAIL_WIDTH,
      hidden: ['path'],
      widths: { value: 2000 },
    });
    expect(parseLayout('garbage')).toEqual({ detailWidth: DEFAULT_DETAIL_WIDTH, hidden: [], widths: {} });
  });

  test('changes are stored once they settle, and survive a new panel', async () => {
    vi.useFakeTimers();
    try {
      let stored: unknown;
      const writes: Layout[] = [];
      const storage = { get: async () => stored, set: async (v: Layout) => void (writes.push(v), (stored = v)) };
      const first = createLayoutStore(storage);
      await first.load();
      first.setDetailWidth(500);
      first.setColumnWidth('value', 300);
      first.setColumnWidth('value', 320);
      first.toggleColumn('path');
      first.toggleColumn('name'); // cannot be hidden
      expect(writes).toHaveLength(0);
      await vi.advanceTimersByTimeAsync(1000);
      expect(writes).toHaveLength(1);
      const second = createLayoutStore(storage);
      await second.load();
      expect(second.layout.value).toEqual({ detailWidth: 500, hidden: ['path'], widths: { value: 320 } });
      second.resetColumns();
      expect(second.layout.value).toEqual({ detailWidth: 500, hidden: [], widths: {} });
    } finally {
      vi.useRealTimers();
    }
  });

  test('loading nothing stored (or the defaults) leaves the layout signal alone: the table is not rendered twice on first show', async () => {
    for (const stored of [undefined, { detailWidth: DEFAULT_DETAIL_WIDTH, hidden: [], widths: {} }]) {
      const store = createLayoutStore({ get: async () => stored, set: async () => undefined });
      const before = store.layout.value;
      let changes = 0;
      const stop = store.layout.subscribe(() => changes++);
      await store.load();
      stop();
      expect(store.layout.value).toBe(before);
      expect(changes).toBe(1); // subscribe's own first call only
    }
    const custom = createLayoutStore({ get: async () => ({ detailWidth: 500 }), set: async () => undefined });
    await custom.load();
    expect(custom.layout.value.detailWidth).toBe(500);
  });
});

describe('the status line', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  const setup = () => {
    const pageUrl = signal<URL | null>(new URL('http://shop.example.com/'));
    const request = (async () => ({ undo: null, redo: null })) as unknown as EditDeps['request'];
    const edits = createEditStore({
      tabId: 1,
      pageUrl,
      storeId: signal('0'),
      cookies: signal(new Map<string, Cookie>()),
      request,
      statusMs: { ok: 1000, error: 5000 },
    });
    return { edits, pageUrl };
  };

  test('expires: a success after its time, an error later', () => {
    const { edits } = setup();
    edits.status.value = { kind: 'ok', text: 'Deleted username.', undoable: true };
    vi.advanceTimersByTime(999);
    expect(edits.status.value?.text).toBe('Deleted username.');
    vi.advanceTimersByTime(2);
    expect(edits.status.value).toBeNull();
    edits.status.value = { kind: 'error', text: 'Chrome refused it.' };
    vi.advanceTimersByTime(4000);
    expect(edits.status.value).not.toBeNull();
    vi.advanceTimersByTime(1001);
    expect(edits.status.value).toBeNull();
  });

  test('a newer message gets its own full time', () => {
    const { edits } = setup();
    edits.status.value = { kind: 'ok', text: 'one' };
    vi.advanceTimersByTime(900);
    edits.status.value = { kind: 'ok', text: 'two' };
    vi.advanceTimersByTime(900);
    expect(edits.status.value?.text).toBe('two');
  });

  test('belongs to its site: another page of the site keeps it, another site clears it', () => {
    const { edits, pageUrl } = setup();
    edits.status.value = { kind: 'ok', text: 'Deleted username.' };
    pageUrl.value = new URL('http://www.example.com/login');
    expect(edits.status.value?.text).toBe('Deleted username.');
    pageUrl.value = new URL('http://app.lab.localhost/lab/');
    expect(edits.status.value).toBeNull();
  });
});

describe('export starts from what the user most likely means', () => {
  const a = cookie({ name: 'a' });
  const b = cookie({ name: 'b' });
  const c = cookie({ name: 'c' });
  test('one selected row is the row being inspected, not the export: the site', () => {
    expect(defaultExportChoice({ selected: [a], shown: [a, b, c], site: [a, b, c] }, false)).toBe('site');
  });
  test('several rows selected on purpose: those', () => {
    expect(defaultExportChoice({ selected: [a, b], shown: [a, b, c], site: [a, b, c] }, false)).toBe('selected');
  });
  test('a filter narrows the table: the rows it shows', () => {
    expect(defaultExportChoice({ selected: [a], shown: [a], site: [a, b, c] }, true)).toBe('shown');
    expect(defaultExportChoice({ selected: [], shown: [], site: [a, b, c] }, true)).toBe('site');
  });
});

describe('after a delete, focus goes to the row that takes its place', () => {
  const jar = ['a', 'b', 'c', 'd'].map((name) => cookie({ name }));
  const view = createViewStore(signal(jar));
  const key = (name: string) => view.rows.value.find((r) => r.cookie.name === name)?.key as string;
  test('the next row that stays, else the one before, else none', () => {
    expect(view.neighbourOf(new Set([key('b')]))).toBe(key('c'));
    expect(view.neighbourOf(new Set([key('b'), key('c')]))).toBe(key('d'));
    expect(view.neighbourOf(new Set([key('d')]))).toBe(key('c'));
    expect(view.neighbourOf(new Set([key('c'), key('d')]))).toBe(key('b'));
    expect(view.neighbourOf(new Set(['a', 'b', 'c', 'd'].map(key)))).toBeNull();
  });
});

describe('the toolbar count', () => {
  test('says how many rows are selected once that is more than the inspected one', () => {
    expect(countText(10, 10, 0)).toBe('10 cookies');
    expect(countText(1, 1, 1)).toBe('1 cookie');
    expect(countText(4, 10, 1)).toBe('4 of 10 cookies');
    expect(countText(10, 10, 3)).toBe('10 cookies, 3 selected');
  });
});

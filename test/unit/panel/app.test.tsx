// @vitest-environment happy-dom
/**
 * The whole panel rendered in a DOM over the fake extension (test/fakes/extension.ts): App and the store root built
 * exactly as main.tsx builds them (the shell's deps: browser reads, requests, the port, storage), the real background
 * answering requests and fanning out changes, and the behavioural cookie fake as the browser's cookie jar. What the
 * tests check is what the user sees and what the jar holds.
 */
import { options, render, type VNode } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { App } from '../../../src/panel/components/App.tsx';
import { VIEWS } from '../../../src/panel/components/views.ts';
import { PanelStoreContext } from '../../../src/panel/context.ts';
import { LIVE_ROWS_PER_FRAME } from '../../../src/panel/live-rows.ts';
import { browserReads } from '../../../src/panel/shell/browser-reads.ts';
import { browserDeps } from '../../../src/panel/shell/deps.ts';
import { resolveInspectedTab } from '../../../src/panel/shell/inspected-tab.ts';
import { createPanelStore, type PanelStore } from '../../../src/panel/store/root.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';
import { extension } from '../../fakes/extension.ts';
import { cookie } from '../../fixtures/cookies.ts';

vi.mock('../../../src/shared/browser.ts', async () => (await import('../../fakes/extension.ts')).browserModule());
// The background: registers its listeners on the fake browser, as the service worker does on Chrome's.
await import('../../../src/background/index.ts');
// The engine chunk the store root loads lazily, in the module cache before a test asks for it (an import still in
// flight at the environment's teardown is an unhandled error).
await import('../../../src/panel/engine.ts');

const TAB = 1;
const PAGE = 'https://shop.example/cart';

let root: HTMLElement;
let jar: FakeCookieStore;
let panel: PanelStore;

const shopCookie = (over: Partial<Cookie>) => cookie({ domain: 'shop.example', secure: true, ...over });

beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  root = document.getElementById('app') as HTMLElement;
  jar = new FakeCookieStore();
  jar.now = Date.now();
  jar.seed(
    shopCookie({ name: 'sessionid', value: 'abc123' }),
    shopCookie({ name: 'theme', value: 'dark' }),
    shopCookie({ name: 'cart', value: '3-items' }),
    cookie({ name: 'elsewhere', domain: 'other.example', value: 'not-this-page' }),
  );
  extension.use(jar);
  extension.frames.set(TAB, [{ frameId: 0, url: PAGE }]);
});

afterEach(() => {
  act(() => render(null, root));
  panel.stop();
});

/** The panel as main.tsx starts it: the tab from `?tabId=`, the shell's deps, the store root, App in its provider. */
async function openPanel(waitForRows = true): Promise<void> {
  const reads = browserReads();
  const tab = resolveInspectedTab(`?tabId=${TAB}`, reads.frameUrls);
  if ('error' in tab) throw new Error(tab.error);
  panel = createPanelStore(browserDeps(tab, reads));
  await act(async () => {
    render(
      <PanelStoreContext.Provider value={panel}>
        <App />
      </PanelStoreContext.Provider>,
      root,
    );
    await panel.start();
  });
  if (waitForRows) await settled();
}

/** Every row of the view is rendered (the first frame renders the rows on screen, the overscan rows follow). */
const settled = () =>
  until(() => rows().length > 0 && rows().length === panel.view.rows.value.length, 'every row to be rendered');

/** Waits (in real time: the fake delivers messages and port posts in later tasks) until `ok` holds. */
async function until(ok: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!ok()) {
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}; the panel shows: ${root.textContent?.slice(0, 400)}`);
    await act(async () => await new Promise((r) => setTimeout(r, 10)));
  }
}

const rows = () => [...root.querySelectorAll<HTMLElement>('[role="row"][data-name]')];
const rowNames = () => rows().map((r) => r.dataset.name);
const row = (name: string) => root.querySelector<HTMLElement>(`[role="row"][data-name="${name}"]`);
const cellOf = (name: string, col: string) => row(name)?.querySelector(`[data-col="${col}"]`)?.textContent ?? null;
const inJar = (name: string) => jar.all().find((c) => c.name === name);
const button = (label: string) =>
  [...root.querySelectorAll<HTMLButtonElement>('button')].find(
    (b) => b.textContent?.trim() === label || b.getAttribute('aria-label') === label,
  );

function click(el: HTMLElement | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => el.click());
}

function press(target: Element | null, key: string, init: KeyboardEventInit = {}): void {
  if (!target) throw new Error(`no element to press ${key} on`);
  act(() => void target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init })));
}

describe('App over the fake extension', () => {
  test("the table shows the page's cookies from the jar, and not another site's", async () => {
    await openPanel();
    expect(rowNames().sort()).toEqual(['cart', 'sessionid', 'theme']);
    expect(cellOf('theme', 'value')).toBe('dark');
    expect(root.querySelector('[data-testid="count"]')?.textContent).toMatch(/3/);
  });

  test('a change the site makes in the jar reaches the table through the background', async () => {
    await openPanel();
    await jar.api.set({ url: 'https://shop.example/', name: 'promo', value: 'spring', secure: true });
    await until(() => row('promo') !== null, 'the new cookie to appear');
    expect(cellOf('promo', 'value')).toBe('spring');
  });

  test("the page's new request URLs do not render the whole panel again", async () => {
    await openPanel();
    await act(async () => await new Promise((r) => setTimeout(r, 200))); // the first read's follow-ups settle
    const rendered: string[] = [];
    const before = options.diffed;
    options.diffed = (vnode: VNode) => {
      if (vnode.type === App) rendered.push('App');
      before?.(vnode);
    };
    try {
      // A page that loads: each request a URL the panel had not seen, on the page's own site.
      for (let i = 0; i < 5; i++) act(() => panel.cookies.addUrl(`https://shop.example/static/chunk-${i}.js`));
      await act(async () => await new Promise((r) => setTimeout(r, 50)));
    } finally {
      options.diffed = before;
    }
    expect(panel.cookies.urls.value.map((u) => u.pathname)).toContain('/static/chunk-4.js');
    expect(rendered).toEqual([]);
  });

  test('editing a cookie writes it into the jar and the row shows the new value', async () => {
    await openPanel();
    click(row('theme'));
    await until(() => root.querySelector('[data-testid="detail"]') !== null, 'the detail pane');
    click(button('Edit…'));
    // The editor's code loads on first use (components/lazy-parts.ts): it shows as soon as it has arrived.
    await until(() => root.querySelector('#f-value') !== null, 'the editor');
    const value = root.querySelector<HTMLTextAreaElement>('#f-value');
    expect(value?.value).toBe('dark');
    act(() => {
      if (!value) return;
      value.value = 'light';
      value.dispatchEvent(new Event('input', { bubbles: true }));
    });
    click(root.querySelector<HTMLButtonElement>('[data-testid="editor"] button[type="submit"]'));
    await until(() => inJar('theme')?.value === 'light', 'the write to reach the jar');
    await until(() => cellOf('theme', 'value') === 'light', 'the row to show the new value');
    // Every other attribute is as it was: the write changed the value only.
    expect({ ...inJar('theme'), value: 'dark' }).toEqual(shopCookie({ name: 'theme', value: 'dark' }));
    expect(root.querySelector('[data-testid="status"]')?.textContent).toMatch(/theme/);
  });

  test('Delete removes the selected cookie from the jar and the table; Undo brings it back as it was', async () => {
    await openPanel();
    const before = inJar('sessionid');
    click(row('sessionid'));
    press(row('sessionid'), 'Delete');
    await until(() => inJar('sessionid') === undefined, 'the delete to reach the jar');
    await until(() => row('sessionid') === null, 'the row to go');
    expect(rowNames().sort()).toEqual(['cart', 'theme']);

    await until(() => button('Undo') !== undefined, 'the status line to offer Undo');
    click(button('Undo'));
    await until(() => inJar('sessionid') !== undefined, 'the undo to reach the jar');
    expect(inJar('sessionid')).toEqual(before);
    await until(() => row('sessionid') !== null, 'the row to come back');
    expect(cellOf('sessionid', 'value')).toBe('abc123');
  });

  test('each tab of the views table shows its view, named after it', async () => {
    await openPanel();
    const main = root.querySelector('main');
    for (const view of VIEWS) {
      const tab = root.querySelector<HTMLElement>(`#tab-${view.id}`);
      expect(tab?.textContent).toBe(view.label);
      click(tab);
      expect(tab?.getAttribute('aria-selected')).toBe('true');
      expect(main?.getAttribute('aria-label')).toBe(view.label);
    }
    click(root.querySelector<HTMLElement>('#tab-timeline'));
    await until(() => root.querySelector('[data-testid="timeline"]') !== null, 'the timeline (its code on first use)');
    expect(root.querySelector('[role="grid"]')).toBeNull();
    click(root.querySelector<HTMLElement>('#tab-report'));
    await until(
      () => root.querySelector('[data-testid="grade"]') !== null,
      'the site report (after the engine has loaded)',
    );
    expect(root.querySelector('[data-testid="report"]')?.textContent).toMatch(/Cookie report for shop\.example/);
    click(root.querySelector<HTMLElement>('#tab-cookies'));
    await settled();
    expect(rowNames().sort()).toEqual(['cart', 'sessionid', 'theme']);
  });

  test("the layout the user leaves is kept in the extension's storage.local and is there when the panel opens again", async () => {
    await openPanel();
    expect(panel.layout.layout.value.detailWidth).not.toBe(520);
    act(() => panel.layout.setDetailWidth(520));
    await until(
      () => (extension.local.data.get('layout') as { detailWidth?: number } | undefined)?.detailWidth === 520,
      'the layout to be stored',
    );
    act(() => render(null, root));
    panel.stop();
    await openPanel();
    await until(() => panel.layout.layout.value.detailWidth === 520, 'the stored layout to be read back');
  });
  test('while the first read runs, the table is already there with its header, saying it is reading', async () => {
    const reads = browserReads();
    const tab = resolveInspectedTab(`?tabId=${TAB}`, reads.frameUrls);
    if ('error' in tab) throw new Error(tab.error);
    panel = createPanelStore(browserDeps(tab, reads));
    act(() =>
      render(
        <PanelStoreContext.Provider value={panel}>
          <App />
        </PanelStoreContext.Provider>,
        root,
      ),
    );
    const started = panel.start(); // the fake answers in later tasks: nothing has been read yet
    const grid = root.querySelector('[role="grid"]');
    expect(grid?.querySelectorAll('[role="columnheader"]').length).toBeGreaterThan(5);
    expect(grid?.textContent).toContain('Reading cookies…');
    await act(async () => await started);
    await settled();
    expect(root.querySelector('[role="grid"]')).toBe(grid); // the rows came into that table
    expect(rowNames().sort()).toEqual(['cart', 'sessionid', 'theme']);
    expect(root.textContent).not.toContain('Reading cookies…');
  });

  test('a page with no cookie shows the table header over the message; the first cookie the page sets adds its row', async () => {
    jar = new FakeCookieStore();
    jar.now = Date.now();
    extension.use(jar);
    extension.frames.set(TAB, [{ frameId: 0, url: PAGE }]);
    await openPanel(false);
    await until(() => !!root.textContent?.includes('No cookies are sent with this page yet'), 'the empty message');
    const grid = root.querySelector('[role="grid"]');
    expect(grid?.querySelectorAll('[role="columnheader"]').length).toBeGreaterThan(5);
    await jar.api.set({ url: 'https://shop.example/', name: 'first', value: '1', secure: true });
    await until(() => row('first') !== null, 'the first row');
    expect(root.querySelector('[role="grid"]')).toBe(grid); // the same table, not a new one
    expect(root.textContent).not.toContain('No cookies are sent with this page yet');
  });

  test('a burst of live changes renders a few rows per frame and ends with every row showing its last value', async () => {
    await openPanel();
    const body = root.querySelector('[role="rowgroup"]') as HTMLElement;
    /** Per DOM commit: the rows whose cells were rendered (cells added, or a value changed). */
    const commits: number[] = [];
    const observer = new MutationObserver((records) => {
      const touched = new Set<Element>();
      for (const r of records) {
        const target = r.target instanceof Element ? r.target : r.target.parentElement;
        const rowEl = target?.closest('[role="row"][data-name]');
        if (rowEl && (r.type === 'characterData' || (r.type === 'childList' && r.target !== body))) touched.add(rowEl);
        if (r.type === 'childList' && r.target === body)
          for (const n of r.addedNodes)
            if (n instanceof Element && n.querySelector('[role="gridcell"]')) touched.add(n);
      }
      commits.push(touched.size);
    });
    observer.observe(body, { childList: true, subtree: true, characterData: true });
    const names = Array.from({ length: 30 }, (_, i) => `burst${String(i).padStart(2, '0')}`);
    for (let round = 0; round < 3; round++)
      for (const name of names)
        await jar.api.set({ url: 'https://shop.example/', name, value: `v${round}`, secure: true });
    // The table is virtualised (happy-dom lays out nothing: a short window of rows); every row in it must catch up.
    const shownBurst = () => rows().filter((r) => r.dataset.name?.startsWith('burst'));
    await until(
      () =>
        panel.view.rows.value.length === names.length + 3 &&
        root.querySelector('[aria-busy="true"]') === null &&
        shownBurst().length > 0 &&
        shownBurst().every((r) => r.querySelector('[data-col="value"]')?.textContent === 'v2'),
      'every burst row in the window to show its last value',
    );
    observer.disconnect();
    // The focused row renders on top of the limit.
    expect(Math.max(...commits)).toBeLessThanOrEqual(LIVE_ROWS_PER_FRAME + 1);
    expect(commits.length).toBeGreaterThan(1);
    expect(shownBurst().length).toBeGreaterThan(LIVE_ROWS_PER_FRAME);
  });
  test('pointing at the Scope control reads every site once; "All sites" then shows them at once, a change since included', async () => {
    await openPanel();
    const scope = root.querySelector<HTMLSelectElement>('select[aria-label="Scope"]');
    if (!scope) throw new Error('no Scope control');
    const read = jar.api.getAll.bind(jar.api);
    let wholeReads = 0;
    let gate: Promise<void> | null = null;
    jar.api.getAll = async (details) => {
      if (!details?.domain && !details?.url) {
        wholeReads++;
        if (gate) await gate;
      }
      return read(details);
    };
    act(() => void scope.dispatchEvent(new PointerEvent('pointerenter')));
    await until(() => wholeReads === 1, 'the read of every site');
    act(() => scope.focus()); // keyboard users get the same: the jar is held, not read again
    // A change on another site reaches the panel (through the background) while "This page" is shown.
    await jar.api.set({ url: 'https://other.example/', name: 'meanwhile', value: '1' });
    await act(async () => await new Promise((r) => setTimeout(r, 50)));
    expect(rowNames()).not.toContain('meanwhile');
    let release: () => void = () => undefined;
    gate = new Promise((r) => (release = r)); // the read that follows the choice does not answer yet
    act(() => {
      scope.value = 'all';
      scope.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await until(() => rowNames().includes('meanwhile'), 'every site, from what the panel holds');
    expect(rowNames().sort()).toEqual(['cart', 'elsewhere', 'meanwhile', 'sessionid', 'theme']);
    expect(wholeReads).toBe(2); // the confirming read, still on its way
    release();
  });
});

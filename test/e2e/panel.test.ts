import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { PAGE_HINT_KEY, type PageHint } from '../../src/shared/page-hint.ts';
import { startDemoSite } from '../fixtures/demo-site/server.mjs';
import {
  devtoolsPageFrame,
  type Harness,
  launch,
  must,
  openCookiesPanel,
  openPanelAsTab,
  rowNames,
  showCookiesPanel,
  stopServiceWorker,
  storeCookies,
  tabIdOf,
  waitFor,
  waitForRows,
} from './harness.ts';

/** Every cookie the demo's home page uses: its own, the script's, and the cross-site widget's two. */
const DEMO_ROWS = [
  'sessionid',
  'csrftoken',
  'username',
  'shop_session',
  'access_token',
  '_ga',
  'legacy_auth',
  'theme',
  'widget_uid',
  '__Host-widget_prefs',
];

let h: Harness;
let site: Awaited<ReturnType<typeof startDemoSite>>;
let page: Page;
let panel: Frame;

/** Installed in a DevTools page: records in the panel's `__firstShown` the first rows (or message) its table shows. */
const FIRST_SHOWN = `(() => {
  if (location.protocol !== 'chrome-extension:' || !location.pathname.startsWith('/src/panel/')) return;
  const mo = new MutationObserver(() => {
    const rows = [...document.querySelectorAll('[data-testid="cookie-row"]')];
    const message = document.querySelector('.message-row')?.textContent ?? '';
    if (rows.length === 0 && (message === '' || message.startsWith('Reading'))) return;
    mo.disconnect();
    globalThis.__firstShown = rows.length > 0 ? { rows: rows.map((r) => r.getAttribute('data-name')) } : { message };
  });
  mo.observe(document, { childList: true, subtree: true });
})()`;

/**
 * Installed in a panel page before its scripts: counts the answers to reads of the whole store (`getAll` without a
 * domain, URL or name) and, while `__holdWhole` is set, holds them back until `__releaseWhole()`.
 */
const HOLD_WHOLE_READS = `(() => {
  const c = globalThis.chrome?.cookies;
  if (!c) return;
  const getAll = c.getAll.bind(c);
  const held = [];
  globalThis.__wholeAnswers = 0;
  globalThis.__holdWhole = false;
  globalThis.__releaseWhole = () => held.splice(0).forEach((go) => go());
  c.getAll = (details, callback) => {
    let answer = getAll(details);
    if (details && details.domain === undefined && details.url === undefined && details.name === undefined)
      answer = answer
        .then((list) => (globalThis.__holdWhole ? new Promise((go) => held.push(() => go(list))) : list))
        .then((list) => (globalThis.__wholeAnswers++, list));
    if (typeof callback !== 'function') return answer;
    answer.then(callback);
  };
})()`;

/** A cell's text; waits for it, as the first frame after a big change leaves out the columns scrolled out of view. */
async function cellText(p: Frame | Page, name: string, col: string): Promise<string> {
  const cell = await must(p, `[data-testid="cookie-row"][data-name="${name}"] [data-col="${col}"]`);
  return cell.evaluate((el) => el.textContent ?? '');
}

async function rowsGone(p: Frame | Page, name: string): Promise<boolean> {
  return !(await rowNames(p)).includes(name);
}

beforeAll(async () => {
  site = await startDemoSite();
  h = await launch();
  page = await h.browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  await waitFor('the widget cookies in the browser store', async () => {
    const names = (await storeCookies(h)).map((c) => c.name);
    return names.includes('__Host-widget_prefs') && names.includes('widget_uid');
  });
  panel = await openCookiesPanel(h, page);
});

afterAll(async () => {
  await h?.close();
  await site?.close();
});

describe('Cookies panel in real DevTools', () => {
  test('lists every cookie the page uses: HttpOnly, third-party (iframe) and partitioned included, each once', async () => {
    const names = await waitForRows(panel, DEMO_ROWS);
    expect(names.filter((n) => n === 'sessionid')).toHaveLength(1);
    expect(names).not.toContain('cart_id'); // Path=/shop: not sent with the home page
    expect(await cellText(panel, 'sessionid', 'httpOnly')).toBe('✓');
    expect(await cellText(panel, 'widget_uid', 'domain')).toBe('127.0.0.1');
    expect(await cellText(panel, 'widget_uid', 'sameSite')).toBe('None');
    expect(await cellText(panel, '__Host-widget_prefs', 'partitionKey')).toContain('http://localhost');
    expect(await cellText(panel, 'csrftoken', 'expires')).not.toBe('Session');
    // The panel agrees with the browser's own store, read over CDP.
    const truth = await storeCookies(h);
    const session = truth.find((c) => c.name === 'sessionid');
    expect(await cellText(panel, 'sessionid', 'value')).toBe(session?.value);
  });

  test('a cookie the page sets after the panel is open appears, and disappears when removed, without refresh', async () => {
    await page.evaluate(() => {
      document.cookie = 'live_added=hello; path=/';
    });
    await waitForRows(panel, ['live_added']);
    expect(await cellText(panel, 'live_added', 'value')).toBe('hello');
    await page.evaluate(() => {
      document.cookie = 'live_added=; path=/; max-age=0';
    });
    await waitFor('live_added to disappear', () => rowsGone(panel, 'live_added'));
  });

  test("a Set-Cookie response appears live; navigation re-reads the page's cookies", async () => {
    await page.evaluate(async () => {
      await fetch('/login');
    });
    const fresh = await waitFor(
      'the rotated sessionid in the store',
      async () => (await storeCookies(h)).find((c) => c.name === 'sessionid')?.value,
    );
    await waitFor(
      'the panel to show the rotated sessionid',
      async () => (await cellText(panel, 'sessionid', 'value')) === fresh,
    );
    await page.goto(new URL('/shop/', site.url).href, { waitUntil: 'load' });
    await waitForRows(panel, ['cart_id', 'sessionid']);
    await waitFor('the widget cookies to leave the page scope (no iframe on /shop/)', () =>
      rowsGone(panel, 'widget_uid'),
    );
    await page.goto(site.url, { waitUntil: 'load' });
    await waitForRows(panel, DEMO_ROWS);
    await waitFor('cart_id to leave the page scope', () => rowsGone(panel, 'cart_id'));
  });

  test('the DevTools page leaves the panel a hint of the page, renewed on navigation', async () => {
    const hint = async () =>
      JSON.parse(
        ((await panel.evaluate(`sessionStorage.getItem(${JSON.stringify(PAGE_HINT_KEY)})`)) as string | null) ?? 'null',
      ) as PageHint | null;
    const tabId = await tabIdOf(h, page);
    await waitFor('the hint of the demo page', async () => (await hint())?.pageUrl === site.url);
    expect(await hint()).toMatchObject({ tabId, pageUrl: site.url, storeId: '0' });
    const shop = new URL('/shop/', site.url).href;
    try {
      await page.goto(shop, { waitUntil: 'load' });
      // A navigation's hint is the new URL alone (the new page has no frames yet when DevTools reports it).
      await waitFor('the hint of the shop page', async () => (await hint())?.pageUrl === shop);
      expect(await hint()).toEqual({ tabId, pageUrl: shop, urls: [shop], storeId: '0' });
    } finally {
      await page.goto(site.url, { waitUntil: 'load' });
    }
    await waitFor('the hint of the demo page again', async () => (await hint())?.pageUrl === site.url);
    await waitForRows(panel, DEMO_ROWS);
  });

  test('a stale hint (a site the tab has left) does not change what the first show lists', async () => {
    const other = await h.browser.newPage();
    try {
      // A URL of its own, so the tab is told apart from the first one (tabIdOf finds a tab by its URL).
      const home = new URL('/?second-tab', site.url).href;
      await other.goto(home, { waitUntil: 'load' });
      const tabId = await tabIdOf(h, other);
      const stale: PageHint = { tabId, pageUrl: 'http://left.example/', urls: ['http://left.example/'], storeId: '0' };
      const { devtools, panel: fresh } = await showCookiesPanel(h, other, {
        async beforeShow(dt) {
          // What the panel's table first shows once read (rows, or a message other than "Reading cookies…"): a
          // later re-read would mend a wrong first read, so the first show itself is what is checked.
          await dt.evaluateOnNewDocument(FIRST_SHOWN);
          const dtPage = await devtoolsPageFrame(h, dt);
          // Once the DevTools page has written its own hint, replace it, as if the tab had navigated since.
          const own = await waitFor('the DevTools page to write its hint', async () =>
            JSON.parse(
              ((await dtPage.evaluate(`sessionStorage.getItem(${JSON.stringify(PAGE_HINT_KEY)})`)) as string | null) ??
                'null',
            ),
          );
          // DevTools opened on a loaded page: its hint has the cross-site widget's frame, so both sites are read.
          expect(own).toMatchObject({ tabId, pageUrl: home, storeId: '0' });
          expect((own as PageHint).urls.some((u) => new URL(u).hostname === '127.0.0.1')).toBe(true);
          await dtPage.evaluate(
            `sessionStorage.setItem(${JSON.stringify(PAGE_HINT_KEY)}, ${JSON.stringify(JSON.stringify(stale))})`,
          );
        },
      });
      const names = await waitForRows(fresh, DEMO_ROWS);
      expect(names.filter((n) => n === 'sessionid')).toHaveLength(1);
      const first = (await fresh.evaluate('globalThis.__firstShown')) as { rows?: string[]; message?: string };
      expect(first.message).toBeUndefined();
      expect([...(first.rows ?? [])].sort()).toEqual(expect.arrayContaining([...DEMO_ROWS].sort()));
      await devtools.close();
    } finally {
      await other.close();
    }
  });

  test('after the service worker is stopped, later changes still reach the panel', async () => {
    await stopServiceWorker(h);
    await page.evaluate(() => {
      document.cookie = 'after_restart=1; path=/';
    });
    await waitForRows(panel, ['after_restart']);
  });
});

describe('panel opened as a tab with ?tabId=', () => {
  let tabPanel: Page;
  beforeAll(async () => {
    tabPanel = await openPanelAsTab(h, await tabIdOf(h, page));
  });

  test("lists the inspected tab's cookies, frames included", async () => {
    await waitForRows(
      tabPanel,
      DEMO_ROWS.filter((n) => n !== 'after_restart'),
    );
  });

  test('sorts, filters (text and /regex/) and counts', async () => {
    const count = () => tabPanel.$eval('[data-testid="count"]', (el) => el.textContent ?? '');
    const total = (await rowNames(tabPanel)).length;
    await tabPanel.type('input[aria-label="Filter cookies"]', '/^_/');
    await waitFor('the regex filter', async () => (await rowNames(tabPanel)).every((n) => n.startsWith('_')));
    expect(await count()).toMatch(new RegExp(`^\\d+ of ${total} cookies$`));
    await tabPanel.$eval('input[aria-label="Filter cookies"]', (el) => ((el as HTMLInputElement).value = ''));
    await tabPanel.type('input[aria-label="Filter cookies"]', 'DJ4E_USER'); // matches values, case-insensitively
    await waitFor('the text filter', async () => (await rowNames(tabPanel)).join() === 'username');
    await tabPanel.click('input[aria-label="Filter cookies"]', { count: 3 });
    await tabPanel.keyboard.press('Backspace');
    await waitFor('all rows again', async () => (await rowNames(tabPanel)).length === total);
    const ascending = await rowNames(tabPanel);
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b)));
    await tabPanel.click('[role="columnheader"] button[title^="Sort by Name"]');
    await waitFor('descending order', async () => (await rowNames(tabPanel))[0] === ascending.at(-1));
    expect(await tabPanel.$eval('[role="columnheader"][aria-sort="descending"]', (el) => el.textContent)).toContain(
      'Name',
    );
  });

  test('keyboard: arrows, Home and End move the selection; the detail pane shows the whole value', async () => {
    const names = await rowNames(tabPanel);
    await tabPanel.click(`[data-testid="cookie-row"][data-name="${names[0]}"]`);
    await tabPanel.keyboard.press('ArrowDown');
    const selected = () => tabPanel.$eval('[role="row"][aria-selected="true"]', (el) => el.getAttribute('data-name'));
    await waitFor('ArrowDown to select the second row', async () => (await selected()) === names[1]);
    await tabPanel.keyboard.press('End');
    await waitFor('End to select the last row', async () => (await selected()) === names.at(-1));
    await tabPanel.keyboard.press('Home');
    await waitFor('Home to select the first row', async () => (await selected()) === names[0]);
    expect(await tabPanel.evaluate(() => document.activeElement?.getAttribute('data-name'))).toBe(names[0]);
    await tabPanel.click('[data-testid="cookie-row"][data-name="shop_session"]');
    const truth = (await storeCookies(h)).find((c) => c.name === 'shop_session');
    await waitFor(
      'the detail pane',
      async () => (await tabPanel.$eval('[data-testid="detail-value"]', (el) => el.textContent)) === truth?.value,
    );
    await tabPanel.keyboard.press('Escape');
    await waitFor('the detail pane to close', async () => (await tabPanel.$('[data-testid="detail"]')) === null);
  });

  test('follows the colour scheme outside DevTools (inside, the DevTools theme)', async () => {
    const theme = () => tabPanel.evaluate(() => document.documentElement.dataset.theme);
    await tabPanel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await waitFor('the dark theme', async () => (await theme()) === 'dark');
    await tabPanel.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await waitFor('the light theme', async () => (await theme()) === 'light');
  });

  test('a hostile value is shown as text, never as HTML', async () => {
    await page.evaluate(() => {
      document.cookie = 'xss=<img src=x onerror=alert(1)>; path=/';
    });
    await waitForRows(tabPanel, ['xss']);
    expect(await cellText(tabPanel, 'xss', 'value')).toBe('<img src=x onerror=alert(1)>');
    expect(await tabPanel.$('[data-testid="cookie-row"] img')).toBeNull();
  });

  test('"All sites" after pointing at the Scope control shows the held jar at once, kept current by Chrome\'s changes', async () => {
    const far = (name: string, value: string, expires = Math.floor(Date.now() / 1000) + 3600) => ({
      name,
      value,
      domain: 'far-away.example',
      path: '/',
      expires,
    });
    await h.cdp.send('Storage.setCookies', { cookies: [far('far_kept', '1'), far('far_gone', '1')] });
    const held = await openPanelAsTab(h, await tabIdOf(h, page), (p) => p.evaluateOnNewDocument(HOLD_WHOLE_READS));
    try {
      await waitForRows(held, ['sessionid']);
      expect(await rowNames(held)).not.toContain('far_kept'); // "Sent with this page"
      await held.hover('select[aria-label="Scope"]');
      await waitFor('the read of every site', () => held.evaluate('globalThis.__wholeAnswers === 1'));
      // Chrome's own changes on another site: a new cookie, an overwrite, and a deletion by a past expiry.
      await h.cdp.send('Storage.setCookies', {
        cookies: [far('far_new', '1'), far('far_kept', '2'), far('far_gone', '', 1)],
      });
      // Changes reach the panel in order: once a later change on the page's own site shows, those have arrived.
      await page.evaluate(() => {
        document.cookie = 'jar_marker=1; path=/';
      });
      await waitForRows(held, ['jar_marker']);
      // Every read of the whole store is held back from now on: what shows can only be what the panel holds.
      await held.evaluate('globalThis.__holdWhole = true');
      await held.select('select[aria-label="Scope"]', 'all');
      await waitForRows(held, ['far_new', 'far_kept', 'sessionid', 'jar_marker']);
      expect(await held.evaluate('globalThis.__wholeAnswers')).toBe(1);
      expect(await rowNames(held)).not.toContain('far_gone');
      expect(await cellText(held, 'far_kept', 'value')).toBe('2');
      // What shows is the browser's whole store, exactly.
      const bare = (d: string) => d.replace(/^\./, '');
      const truth = (await storeCookies(h)).map((c) => `${c.name}@${bare(c.domain)}`).sort();
      const shown = await held.$$eval('[data-testid="cookie-row"]', (rows) =>
        rows.map((r) => `${r.getAttribute('data-name')}@${r.querySelector('[data-col="domain"]')?.textContent ?? ''}`),
      );
      expect(shown.length).toBe(truth.length); // the table is virtualised, but the store is small
      expect(shown.map((x) => x.replace('@.', '@')).sort()).toEqual(truth);
      await held.evaluate('globalThis.__holdWhole = false; globalThis.__releaseWhole()');
      await waitFor('the read that confirms it', () => held.evaluate('globalThis.__wholeAnswers === 2'));
    } finally {
      await held.close();
      await h.cdp.send('Storage.setCookies', {
        cookies: [far('far_new', '', 1), far('far_kept', '', 1)],
      });
    }
  });

  test("a navigation read while Chrome still reports the old page's frames shows the new page", async () => {
    const other = await h.browser.newPage();
    try {
      const home = new URL('/?navigation-race', site.url).href;
      await other.goto(home, { waitUntil: 'load' });
      // While __staleFrames is set, getAllFrames answers with the frames it reported last: the old document, as Chrome
      // does for a moment after a navigation is reported.
      const racing = await openPanelAsTab(h, await tabIdOf(h, other), (p) =>
        p.evaluateOnNewDocument(`(() => {
          for (const api of new Set([globalThis.chrome?.webNavigation, globalThis.browser?.webNavigation])) {
            if (!api) continue;
            const getAllFrames = api.getAllFrames.bind(api);
            let last = null;
            api.getAllFrames = (details, callback) => {
              const answer = globalThis.__staleFrames && last
                ? Promise.resolve(last).then((f) => (globalThis.__staleAnswers = (globalThis.__staleAnswers ?? 0) + 1, f))
                : getAllFrames(details).then((f) => (last = f));
              if (typeof callback !== 'function') return answer;
              answer.then(callback);
            };
          }
        })()`),
      );
      try {
        await waitForRows(racing, ['sessionid', 'widget_uid']);
        await racing.evaluate('globalThis.__staleFrames = true');
        await other.goto(`${site.widgetOrigin}/widget`, { waitUntil: 'load' });
        await waitFor('the new page (127.0.0.1) and none of the old one', async () => {
          const names = await rowNames(racing);
          return names.includes('widget_uid') && !names.includes('sessionid');
        });
        expect(await racing.evaluate('globalThis.__staleAnswers')).toBeGreaterThan(0); // the race did happen
        expect(await cellText(racing, 'widget_uid', 'domain')).toBe('127.0.0.1');
      } finally {
        await racing.close();
      }
    } finally {
      await other.close();
    }
  });

  test('a remembered table size that no longer fits is corrected before the first paint, not after it', async () => {
    // What the table measured last time: far smaller than this tab. The first render starts from it (no forced layout),
    // and the resize observer's first observation must correct it within the same frame.
    const stale = await openPanelAsTab(h, await tabIdOf(h, page), async (p) => {
      await p.setViewport({ width: 1300, height: 700 });
      await p.evaluateOnNewDocument(`(() => {
        localStorage.setItem('cookie-lens:table-size', JSON.stringify({ width: 300, height: 90 }));
        // After the frame that first shows rows is painted: what that frame showed.
        const mo = new MutationObserver(() => {
          if (!document.querySelector('[data-testid="cookie-row"]')) return;
          mo.disconnect();
          requestAnimationFrame(() => {
            const ch = new MessageChannel();
            ch.port1.onmessage = () => {
              const grid = document.querySelector('[role="grid"]');
              globalThis.__firstPainted = {
                rows: document.querySelectorAll('[data-testid="cookie-row"]').length,
                total: Number(grid.getAttribute('aria-rowcount')) - 1,
                rowWidth: parseFloat(grid.style.getPropertyValue('--row-width')),
                gridWidth: grid.clientWidth,
                columns: Number(grid.getAttribute('aria-colcount')),
              };
            };
            ch.port2.postMessage(0);
          });
        });
        mo.observe(document, { childList: true, subtree: true });
      })()`);
    });
    try {
      const first = (await waitFor('the first painted rows', () => stale.evaluate('globalThis.__firstPainted'))) as {
        rows: number;
        total: number;
        rowWidth: number;
        gridWidth: number;
        columns: number;
      };
      expect(first.total).toBeGreaterThan(8); // more rows than 90 px hold
      expect(first.rows).toBe(first.total); // and 700 px hold them all: every one was in that first frame
      expect(first.gridWidth).toBeGreaterThan(1000);
      // The columns were laid out for the real width: they grow to fill it, each rounded down to a whole pixel (300 px
      // would have left them at their minimum widths).
      expect(first.gridWidth - first.rowWidth).toBeGreaterThanOrEqual(0);
      expect(first.gridWidth - first.rowWidth).toBeLessThanOrEqual(first.columns);
      // The real size is what the next first render starts from.
      const kept = JSON.parse((await stale.evaluate(`localStorage.getItem('cookie-lens:table-size')`)) as string);
      expect(kept).toEqual({ width: first.gridWidth, height: expect.any(Number) });
    } finally {
      await stale.close();
    }
  });

  test('a toolbar folded last time at this width is folded from the first render: the first frame with rows repaints no tool', async () => {
    const tabId = await tabIdOf(h, page);
    /** A panel tab 560 px wide; `__toolbarChanges`: how many times the toolbar's DOM changed before rows were painted. */
    const narrow = (keepFold: boolean) =>
      openPanelAsTab(h, tabId, async (p) => {
        await p.setViewport({ width: 560, height: 700 });
        await p.evaluateOnNewDocument(`(() => {
          if (!${keepFold}) localStorage.removeItem('cookie-lens:toolbar-fold');
          globalThis.__toolbarChanges = 0;
          let watching = null;
          const mo = new MutationObserver(() => {
            const bar = document.querySelector('.toolbar');
            if (bar && !watching) {
              watching = new MutationObserver(() => globalThis.__toolbarChanges++);
              watching.observe(bar, { childList: true, subtree: true, attributes: true });
            }
            if (!document.querySelector('[data-testid="cookie-row"]')) return;
            mo.disconnect();
            requestAnimationFrame(() => {
              const ch = new MessageChannel();
              ch.port1.onmessage = () => {
                watching.takeRecords().forEach(() => globalThis.__toolbarChanges++);
                watching.disconnect();
                globalThis.__firstPainted = {
                  changes: globalThis.__toolbarChanges,
                  more: !!document.querySelector('[data-testid="more-tools"]'),
                };
              };
              ch.port2.postMessage(0);
            });
          });
          mo.observe(document, { childList: true, subtree: true });
        })()`);
      });
    type First = { changes: number; more: boolean };
    // No fold remembered: the first render shows every tool, and the first resize observation folds them.
    const fresh = await narrow(false);
    try {
      const first = (await waitFor('the first painted rows', () =>
        fresh.evaluate('globalThis.__firstPainted'),
      )) as First;
      expect(first.more).toBe(true); // 560 px is too narrow for every tool
      expect(first.changes).toBeGreaterThan(0); // folded after the first render (within that frame)
      const fold = JSON.parse((await fresh.evaluate(`localStorage.getItem('cookie-lens:toolbar-fold')`)) as string);
      expect(fold).toMatchObject({ width: 560, count: expect.any(Number) });
      expect(fold.count).toBeGreaterThan(0);
    } finally {
      await fresh.close();
    }
    // Remembered: folded from the first render, nothing on the toolbar changes before the rows are painted.
    const again = await narrow(true);
    try {
      const first = (await waitFor('the first painted rows', () =>
        again.evaluate('globalThis.__firstPainted'),
      )) as First;
      expect(first).toEqual({ changes: 0, more: true });
    } finally {
      await again.close();
    }
  });

  test('the scope switch widens: the site shows path-scoped cookies and keeps every cookie sent with the page', async () => {
    const sentWithPage = await rowNames(tabPanel);
    await tabPanel.select('select[aria-label="Scope"]', 'site');
    await waitForRows(tabPanel, ['cart_id', 'sessionid', '__Host-widget_prefs']);
    // page ⊆ site: the third-party frame's widget_uid is sent with this page, so the site's scope keeps it too.
    expect(await rowNames(tabPanel)).toEqual(expect.arrayContaining(sentWithPage));
    expect(await rowNames(tabPanel)).toContain('widget_uid');
    await tabPanel.select('select[aria-label="Scope"]', 'page');
    await waitFor('cart_id to leave the page scope', () => rowsGone(tabPanel, 'cart_id'));
  });
});

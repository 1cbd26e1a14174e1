/**
 * The Firefox subset, in real Firefox ESR over WebDriver BiDi (dist-firefox/): the panel as a tab (list, live
 * add/remove, edit, delete, undo after the event page was stopped, a container tab, Total Cookie Protection's
 * partition key restored exactly, import/export, revoked host access) and a smoke of the panel inside Firefox's real
 * toolbox, where the panel has no cookies/tabs/webNavigation API and reads through the background. Every write is
 * checked against Firefox's own cookie service (`Services.cookies`), never the panel's view of itself.
 */
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { type DemoSite, startDemoSite } from '../fixtures/demo-site/server.mjs';
import { cellsWithinColumns } from './cell-bounds.ts';
import {
  extensionErrors,
  type FirefoxCookie,
  firefoxCookies,
  type FirefoxHarness,
  firefoxTabIdOf,
  gotoExtensionPage,
  launchFirefox,
  openFirefoxPanelTab,
  openPrivatePage,
  openToolboxPanel,
  stopBackground,
} from './firefox-harness.ts';
import { rowNames, rowSelector as row, waitFor, waitForRows } from './harness.ts';

let fx: FirefoxHarness;
let site: DemoSite;
let page: Page;
let panel: Page;
let tabId: number;

/** A cookie of the default store (no container, not private, unpartitioned unless asked). */
const stored = async (name: string, where: Partial<FirefoxCookie> = { userContextId: 0, partitionKey: '' }) =>
  (await firefoxCookies(fx)).find(
    (c) => c.name === name && Object.entries(where).every(([k, v]) => c[k as keyof FirefoxCookie] === v),
  );
const comparable = ({
  name,
  value,
  host,
  path,
  isHttpOnly,
  isSecure,
  isSession,
  sameSite,
  expiry,
  userContextId,
  partitionKey,
}: FirefoxCookie) => ({
  name,
  value,
  host,
  path,
  isHttpOnly,
  isSecure,
  isSession,
  sameSite,
  expiry,
  userContextId,
  partitionKey,
});

async function must<T extends Element>(scope: Page, selector: string): Promise<ElementHandle<T>> {
  return waitFor(`element ${selector}`, () => scope.$(selector)) as Promise<ElementHandle<T>>;
}

async function button(scope: Page, within: string, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  return waitFor(`button "${text}" in ${within}`, async () => {
    for (const b of await scope.$$(`${within} button`)) {
      if ((await b.evaluate((el) => el.textContent?.trim())) === text) return b as ElementHandle<HTMLButtonElement>;
    }
    return null;
  });
}

/** Double-click the value cell, replace the text, press Enter (as a user edits inline). */
async function editValueInline(scope: Page, name: string, value: string): Promise<void> {
  await (await must(scope, `${row(name)} [data-col="value"]`)).click({ count: 2 });
  const input = await must<HTMLInputElement>(scope, `${row(name)} input[aria-label="Value of ${name}"]`);
  await input.click({ count: 3 });
  await input.type(value);
  await input.press('Enter');
}

const statusText = (p: Page) => p.$eval('[data-testid="status"]', (el) => el.textContent ?? '').catch(() => '');

beforeAll(async () => {
  site = await startDemoSite();
  // extensions.webextOptionalPermissionPrompts=false answers a permission request with "allow" (no doorhanger to click).
  fx = await launchFirefox({ prefs: { 'extensions.webextOptionalPermissionPrompts': false } });
  page = await fx.browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  tabId = await firefoxTabIdOf(fx, page);
  panel = await openFirefoxPanelTab(fx, tabId);
  await waitForRows(panel, ['sessionid', 'username', 'theme', 'csrftoken', 'legacy_auth'], 30_000);
});

afterAll(async () => {
  await fx?.close();
  await site?.close();
});

describe('Firefox: the panel as a tab', () => {
  test("lists the page's cookies, with the third-party cookie Total Cookie Protection partitioned", async () => {
    const widget = await waitFor('the partitioned widget cookie', async () =>
      (await firefoxCookies(fx)).find((c) => c.name === '__Host-widget_prefs'),
    );
    // Firefox partitions every third-party cookie (Chrome only those marked Partitioned).
    expect(widget.partitionKey).toMatch(/localhost/);
    await waitForRows(panel, ['__Host-widget_prefs']);
    const cell = await panel
      .$eval(`${row('__Host-widget_prefs')} [data-col="partitionKey"]`, (el) => el.textContent ?? '')
      .catch(() => '');
    expect(cell).toBe('http://localhost (cross-site ancestor)');
  });

  test("a cell clips only text that does not fit: in Firefox's fonts too, no unclipped cell overruns its column", async () => {
    for (const width of [1400, 700]) {
      await panel.setViewport({ width, height: 900 });
      const cells = await cellsWithinColumns(panel, `the cells at ${width} px`);
      expect(cells.filter((c) => !c.clipped).length, `unclipped cells at ${width} px`).toBeGreaterThan(
        cells.length / 2,
      );
    }
    await panel.setViewport({ width: 1400, height: 900 });
  });

  test('live: a cookie the page adds appears, and disappears when the page removes it', async () => {
    await page.evaluate(() => (document.cookie = 'fx_live=1; path=/'));
    await waitForRows(panel, ['fx_live']);
    await page.evaluate(() => (document.cookie = 'fx_live=; path=/; max-age=0'));
    await waitFor('fx_live to leave the table', async () => !(await rowNames(panel)).includes('fx_live'));
  });

  test("edit a value inline: Firefox's store holds the new value", async () => {
    await editValueInline(panel, 'username', 'fx_user');
    await waitFor('the store to hold the new value', async () => (await stored('username'))?.value === 'fx_user');
  });

  test('Delete removes the selected cookie; Ctrl+Z restores it exactly after the event page was stopped', async () => {
    const before = comparable((await stored('theme')) as FirefoxCookie);
    await (await must(panel, row('theme'))).click();
    await panel.keyboard.press('Delete');
    await waitFor('theme to be deleted', async () => (await stored('theme')) === undefined);
    await waitFor('the delete to be reported', async () => (await statusText(panel)).includes('Delete theme'));
    await stopBackground(fx);
    await (await must(panel, row('username'))).click();
    await panel.keyboard.down('Control');
    await panel.keyboard.press('z');
    await panel.keyboard.up('Control');
    await waitFor(
      'theme to be back',
      async () => {
        const status = await statusText(panel);
        if (/could not|failed|Nothing to undo/i.test(status)) throw new Error(`undo failed: ${status}`);
        return (await stored('theme')) !== undefined;
      },
      30_000,
    );
    expect(comparable((await stored('theme')) as FirefoxCookie)).toEqual(before);
  });

  test('a partitioned cookie deleted and undone comes back in the same partition; an edit keeps it there', async () => {
    const where = { name: '__Host-widget_prefs' };
    const before = comparable((await stored('__Host-widget_prefs', where)) as FirefoxCookie);
    expect(before.partitionKey).not.toBe('');
    await (await must(panel, row('__Host-widget_prefs'))).click();
    await panel.keyboard.press('Delete');
    await waitFor(
      'the widget cookie to be deleted',
      async () => (await stored('__Host-widget_prefs', where)) === undefined,
    );
    await (await must(panel, 'button[aria-label^="Undo: Delete"]')).click();
    await waitFor(
      'the widget cookie to be back',
      async () => (await stored('__Host-widget_prefs', where)) !== undefined,
    );
    expect(comparable((await stored('__Host-widget_prefs', where)) as FirefoxCookie)).toEqual(before);
    // An edit keeps the cookie in its partition: one cookie, same key, new value.
    await editValueInline(panel, '__Host-widget_prefs', 'roomy');
    await waitFor(
      'the new value in the partition',
      async () => (await stored('__Host-widget_prefs', where))?.value === 'roomy',
    );
    const all = (await firefoxCookies(fx)).filter((c) => c.name === '__Host-widget_prefs');
    expect(all.map(comparable)).toEqual([{ ...before, value: 'roomy' }]);
  });

  test("export shows the site's cookies; import writes them as one step and Undo takes it back", async () => {
    await (await button(panel, '.toolbar', 'Export…')).click();
    await must(panel, 'dialog[data-testid="export-dialog"][open]');
    await (await must(panel, 'dialog[open] input[name="export-choice"][value="site"]')).click();
    await panel.select('dialog[open] select', 'netscape');
    const preview = await waitFor('the Netscape preview', async () => {
      const t = await panel
        .$eval('[data-testid="export-preview"]', (el) => (el as HTMLTextAreaElement).value)
        .catch(() => '');
      return t.startsWith('# Netscape HTTP Cookie File') ? t : null;
    });
    expect(preview).toMatch(/^#HttpOnly_localhost\tFALSE\t\/\tFALSE\t\d+\tsessionid\tREDACTED-session-id$/m);
    expect(preview).toMatch(/\tusername\tfx_user$/m);
    await (await button(panel, 'dialog[open]', 'Close')).click();
    await waitFor(
      'the export dialog to close',
      async () => !(await panel.$('dialog[data-testid="export-dialog"][open]')),
    );

    await (await button(panel, '.toolbar', 'Import…')).click();
    await must(panel, 'dialog[data-testid="import-dialog"][open]');
    await (
      await must(panel, '[data-testid="import-text"]')
    ).evaluate((el, t) => {
      const area = el as HTMLTextAreaElement;
      area.value = t;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, '# Netscape HTTP Cookie File\nlocalhost\tFALSE\t/\tFALSE\t0\tfx_imported\tyes\n');
    const counts = await waitFor('the preview counts', () =>
      panel.$eval('[data-testid="import-counts"]', (el) => el.textContent).catch(() => null),
    );
    expect(counts).toBe('1 to create, 0 to overwrite, 0 unchanged, 0 refused');
    await (await must(panel, '[data-testid="import-apply"]')).click();
    await waitFor("the import in Firefox's store", async () => (await stored('fx_imported'))?.value === 'yes');
    expect((await stored('fx_imported'))?.isSession).toBe(true);
    await waitForRows(panel, ['fx_imported']);
    await (await button(panel, '[data-testid="status"]', 'Undo')).click();
    await waitFor('the import undone', async () => (await stored('fx_imported')) === undefined);
  });

  test("a container tab: the panel reads and writes that container's store only", async () => {
    const context = await fx.browser.createBrowserContext();
    const inContainer = await context.newPage();
    // Its own URL: tabs are found by URL, and the default store's tab shows the same page.
    await inContainer.goto(`${site.url}?in=container`, { waitUntil: 'load' });
    await inContainer.evaluate(() => (document.cookie = 'only_in_container=1; path=/'));
    const containerTab = await firefoxTabIdOf(fx, inContainer);
    const containerPanel = await openFirefoxPanelTab(fx, containerTab);
    await waitForRows(containerPanel, ['only_in_container', 'sessionid'], 30_000);
    const containerCookie = await waitFor('the container cookie', async () =>
      (await firefoxCookies(fx)).find((c) => c.name === 'only_in_container'),
    );
    expect(containerCookie.userContextId).toBeGreaterThan(0);
    await (await must(containerPanel, row('sessionid'))).click();
    expect(await containerPanel.$eval('[data-testid="detail"]', (el) => el.textContent ?? '')).toContain(
      `firefox-container-${containerCookie.userContextId}`,
    );
    // The default store's panel does not show it.
    expect(await rowNames(panel)).not.toContain('only_in_container');

    const defaultUser = (await stored('username'))?.value;
    await editValueInline(containerPanel, 'username', 'container_user');
    const where = { userContextId: containerCookie.userContextId, partitionKey: '' };
    await waitFor(
      'the container store to hold the new value',
      async () => (await stored('username', where))?.value === 'container_user',
    );
    expect((await stored('username'))?.value).toBe(defaultUser);
    await containerPanel.close();
    await context.close();
  });

  test('revoked host access is explained with a way to grant it again, not "no cookies yet"', async () => {
    await panel.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins: ['<all_urls>'] }),
    );
    await gotoExtensionPage(panel, `${fx.panelUrl}?tabId=${tabId}`);
    const alert = await waitFor(
      'the access message',
      () => panel.$eval('[role="alert"]', (el) => el.textContent ?? '').catch(() => null),
      30_000,
    );
    expect(alert).toMatch(/Firefox does not let Cookie Lens read the cookies of localhost/);
    expect(alert).toContain('about:addons');
    expect(alert).not.toMatch(/No cookies/);
    await (await button(panel, '[role="alert"]', 'Allow access to websites')).click();
    await waitForRows(panel, ['sessionid', 'username'], 30_000);
  });
});

describe('Firefox: the panel inside the real toolbox', () => {
  test('reads and writes through the background: rows, the subresource note, a live change, a delete and its undo', async () => {
    const toolbox = await openToolboxPanel(fx, page);
    const text = await waitFor(
      'rows in the toolbox panel',
      async () => {
        const t = await toolbox.text();
        return t.includes('sessionid') && t.includes('csrftoken') ? t : null;
      },
      45_000,
    );
    expect(text).toContain(`${fx.panelUrl}`);
    expect(text).toMatch(/Firefox does not tell extensions which files the page loaded/);
    expect(text).not.toMatch(/Could not read cookies/);
    await page.evaluate(() => (document.cookie = 'from_toolbox_test=1; path=/'));
    await waitFor(
      'the live cookie in the toolbox panel',
      async () => (await toolbox.text()).includes('from_toolbox_test'),
      30_000,
    );
    // A write from the toolbox: delete through the detail pane, then Undo, each checked in Firefox's own store.
    const before = comparable((await stored('from_toolbox_test')) as FirefoxCookie);
    await waitFor(
      'the row selected',
      () =>
        toolbox
          .click(`${row('from_toolbox_test')} [data-col="name"]`)
          .then((ok) => ok && toolbox.click('[data-testid="detail"] button[title^="Delete"]')),
      30_000,
    );
    await waitFor(
      'the cookie deleted from the toolbox',
      async () => (await stored('from_toolbox_test')) === undefined,
      30_000,
    );
    await waitFor(
      'Undo in the toolbox status line',
      () => toolbox.click('[data-testid="status"] button:not(.quiet)'),
      30_000,
    );
    await waitFor('the cookie back', async () => (await stored('from_toolbox_test')) !== undefined, 30_000);
    expect(comparable((await stored('from_toolbox_test')) as FirefoxCookie)).toEqual(before);
    await toolbox.close();
  });

  test('revoked host access in the toolbox: its button opens the panel in a tab, and allowing there brings the rows back', async () => {
    const toolbox = await openToolboxPanel(fx, page);
    await waitFor('rows in the toolbox panel', async () => (await toolbox.text()).includes('sessionid'), 45_000);
    await panel.evaluate(() =>
      (globalThis as unknown as { browser: typeof chrome }).browser.permissions.remove({ origins: ['<all_urls>'] }),
    );
    // The background tells every open panel that access changed; the toolbox panel re-reads and explains.
    const explained = await waitFor(
      'the access message in the toolbox',
      async () => {
        const t = await toolbox.text();
        return t.includes('does not let Cookie Lens read the cookies of localhost') ? t : null;
      },
      30_000,
    );
    expect(explained).toContain('Open a tab to allow access');
    expect(explained).not.toMatch(/No cookies/);
    const before = new Set(await fx.browser.pages());
    expect(await toolbox.click('.status-action')).toBe(true);
    // puppeteer does not see extension pages' URLs change (no load event): ask each new page where it is.
    const grantTab = await waitFor(
      'the panel opened in a tab',
      async () => {
        for (const p of (await fx.browser.pages()).filter((x) => !before.has(x))) {
          if ((await p.evaluate(() => location.href).catch(() => '')) === `${fx.panelUrl}?tabId=${tabId}`) return p;
        }
        return null;
      },
      30_000,
    );
    await grantTab.waitForFunction('document.readyState === "complete"', { timeout: 30_000 });
    await (await button(grantTab, '[role="alert"]', 'Allow access to websites')).click();
    await waitFor(
      'rows back in the toolbox panel',
      async () => {
        const t = await toolbox.text();
        return t.includes('sessionid') && !t.includes('does not let Cookie Lens');
      },
      30_000,
    );
    await grantTab.close();
    await toolbox.close();
  });

  test('no uncaught error or unhandled rejection in any Cookie Lens page during all of the above', async () => {
    expect(await extensionErrors(fx)).toEqual([]);
  });
});

/** These tests start a Firefox of their own (a profile with a pref, a private window): a start on a busy 2-core machine
 * takes tens of seconds, so they get more than the suite's 90 s. */
const OWN_FIREFOX_MS = 240_000;

describe('Firefox: first-party isolation on (privacy.firstparty.isolate)', () => {
  test(
    'cookies are listed, edited and deleted in their isolated site, and undo restores them there',
    async () => {
      const isolated = await launchFirefox({ prefs: { 'privacy.firstparty.isolate': true } });
      try {
        const p = await isolated.browser.newPage();
        await p.goto(site.url, { waitUntil: 'load' });
        const isolatedPanel = await openFirefoxPanelTab(isolated, await firefoxTabIdOf(isolated, p));
        await waitForRows(isolatedPanel, ['sessionid', 'username'], 30_000);
        const mine = async (name: string) =>
          (await firefoxCookies(isolated)).find((c) => c.name === name && c.host === 'localhost');
        const before = (await mine('username')) as FirefoxCookie;
        // Firefox keys each cookie by the top-level site it was set under.
        expect(before.firstPartyDomain).toBe('localhost');

        await editValueInline(isolatedPanel, 'username', 'isolated_user');
        await waitFor(
          'the isolated cookie to hold the new value',
          async () => (await mine('username'))?.value === 'isolated_user',
        );
        expect((await firefoxCookies(isolated)).filter((c) => c.name === 'username')).toHaveLength(1);
        expect((await mine('username'))?.firstPartyDomain).toBe('localhost');

        await (await must(isolatedPanel, row('username'))).click();
        await isolatedPanel.keyboard.press('Delete');
        await waitFor('username to be deleted', async () => (await mine('username')) === undefined);
        await (await must(isolatedPanel, 'button[aria-label^="Undo: Delete"]')).click();
        await waitFor(
          'username back in its isolated site',
          async () => (await mine('username'))?.value === 'isolated_user',
        );
        expect((await mine('username'))?.firstPartyDomain).toBe('localhost');
      } finally {
        await isolated.close();
      }
    },
    OWN_FIREFOX_MS,
  );
});

describe('Firefox: a private window', () => {
  test(
    'the panel reads and writes the private store (firefox-private), and the default store is untouched',
    async () => {
      const fxp = await launchFirefox({ allowPrivate: true });
      try {
        const privatePage = await openPrivatePage(fxp, `${site.url}?in=private`);
        await privatePage.evaluate(() => (document.cookie = 'only_private=1; path=/'));
        const privatePanel = await openFirefoxPanelTab(fxp, await firefoxTabIdOf(fxp, privatePage));
        await waitForRows(privatePanel, ['only_private', 'sessionid'], 30_000);
        await (await must(privatePanel, row('only_private'))).click();
        expect(await privatePanel.$eval('[data-testid="detail"]', (el) => el.textContent ?? '')).toContain(
          'firefox-private',
        );
        const inStore = async () => (await firefoxCookies(fxp)).find((c) => c.name === 'only_private');
        expect((await inStore())?.privateBrowsingId).toBe(1);

        await privatePanel.keyboard.press('Delete');
        await waitFor('the private cookie to be deleted', async () => (await inStore()) === undefined);
        await (await must(privatePanel, 'button[aria-label^="Undo: Delete"]')).click();
        await waitFor(
          'the private cookie back in the private store',
          async () => (await inStore())?.privateBrowsingId === 1,
        );
        expect(
          (await firefoxCookies(fxp)).filter((c) => c.name === 'only_private' && c.privateBrowsingId === 0),
        ).toEqual([]);
      } finally {
        await fxp.close();
      }
    },
    OWN_FIREFOX_MS,
  );
});

/**
 * axe-core (the same engine as Lighthouse's accessibility audit) on the panel inside real DevTools, in DevTools'
 * light and dark themes, in every main state: table, detail, row menu, marker legend, editor with errors, inline
 * edit error, site report, timeline, and each dialog. A modal makes the rest of the page inert and axe skips inert
 * content, so each dialog is also checked on its own.
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { type DemoSite, startDemoSite } from '../fixtures/demo-site/server.mjs';
import {
  axeViolations,
  type Harness,
  launch,
  must,
  rowSelector,
  showCookiesPanel,
  waitFor,
  waitForRows,
} from './harness.ts';

describe.each(['light', 'dark'] as const)('axe-core in the %s theme', (theme) => {
  let h: Harness;
  let site: DemoSite;
  let page: Page;
  let devtools: Page;
  let panel: Frame;

  const clean = async (state: string, context?: string) =>
    expect({ state, theme, violations: await axeViolations(panel, context) }).toEqual({ state, theme, violations: [] });
  const button = (scope: string, text: string) =>
    waitFor(`button "${text}"`, async () => {
      for (const b of await panel.$$(`${scope} button`))
        if ((await b.evaluate((el) => el.textContent?.trim())) === text) return b;
      return null;
    });

  /** A dialog once `ready` shows: the whole document, the dialog on its own (the rest is inert), then Escape. */
  const checkDialog = async (state: string, ready: string) => {
    await must(panel, ready);
    await clean(state);
    await clean(`${state}, scoped`, "document.querySelector('dialog[open]')");
    await devtools.keyboard.press('Escape');
    await waitFor(`the ${state} to close`, async () => (await panel.$('dialog[open]')) === null);
  };

  beforeAll(async () => {
    site = await startDemoSite();
    h = await launch({ theme });
    page = await h.browser.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    ({ devtools, panel } = await showCookiesPanel(h, page));
    await waitForRows(panel, ['sessionid', 'username', 'access_token', 'widget_uid', '__Host-widget_prefs']);
    // The panel follows DevTools' theme.
    await waitFor(
      `the panel in the ${theme} theme`,
      async () => (await panel.evaluate(() => document.documentElement.dataset.theme)) === theme,
    );
    // Findings are computed once the engine is in: wait for the severity markers.
    await must(panel, '[data-testid="severity"]');
  });

  afterAll(async () => {
    await h?.close();
    await site?.close();
  });

  test('table, with a selected row, the row menu and the marker legend', async () => {
    await clean('table');
    await (await must(panel, rowSelector('access_token'))).click();
    await clean('table with a selected row and its detail');
    await (await must(panel, rowSelector('access_token'))).click({ button: 'right' });
    await must(panel, '[data-testid="row-menu"]');
    await clean('row context menu');
    await devtools.keyboard.press('Escape');
    await (await must(panel, '.legend-button')).click();
    await must(panel, '[data-testid="marker-legend"]');
    await clean('marker legend');
    await devtools.keyboard.press('Escape');
  });

  test('detail panes: session ID, JWT, tracker, partitioned', async () => {
    for (const name of ['sessionid', 'access_token', '_ga', '__Host-widget_prefs', 'shop_session']) {
      await (await must(panel, rowSelector(name))).click();
      await waitFor(
        `the detail of ${name}`,
        async () => (await panel.$eval('[data-testid="detail"] h2', (el) => el.textContent)) === name,
      );
      await clean(`detail of ${name}`);
    }
  });

  test('editor, with field errors', async () => {
    await (await must(panel, rowSelector('sessionid'))).click();
    await (await must(panel, '[data-testid="detail"] button[title^="Edit every attribute"]')).click();
    await must(panel, '[data-testid="editor"]');
    await clean('editor');
    await panel.select('#f-sameSite', 'no_restriction');
    await (
      await must(panel, '#f-name')
    ).evaluate((el) => {
      (el as HTMLInputElement).value = '__Host-x';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await must(panel, '[data-testid="editor"] [aria-invalid="true"]');
    await clean('editor with errors');
    await devtools.keyboard.press('Escape');
    await waitFor('the editor to close', async () => (await panel.$('[data-testid="editor"]')) === null);
  });

  test('inline edit with an error', async () => {
    await (await must(panel, `${rowSelector('username')} [data-col="value"]`)).click({ count: 2 });
    const input = await must(panel, '[data-testid="inline-input"]');
    await input.evaluate((el) => ((el as HTMLInputElement).value = 'bad;value'));
    await input.press('Enter');
    await must(panel, '[data-testid="inline-error"]');
    await clean('inline edit error');
    await input.press('Escape');
  });

  test('site report and timeline', async () => {
    await (await must(panel, '#tab-report')).click();
    await must(panel, '.report');
    await clean('site report');
    await (await must(panel, '#tab-timeline')).click();
    await must(panel, '[data-testid="timeline"]');
    await clean('timeline (empty)');
    await page.goto(`${site.url}login`, { waitUntil: 'load' });
    await must(panel, '[data-testid="timeline-row"]');
    await clean('timeline with changes and a navigation');
    await page.goto(site.url, { waitUntil: 'load' });
    await (await must(panel, '#tab-cookies')).click();
    await waitForRows(panel, ['sessionid', 'username']);
  });

  test('dialogs: confirmation, export, import (each on its own too)', async () => {
    await (await button('.toolbar', 'Delete ▾')).click();
    await (await must(panel, '[role="menu"]')).evaluate(() => undefined);
    await clean('delete menu');
    const item = await waitFor('the site item', async () => {
      for (const b of await panel.$$('[role="menuitem"]'))
        if ((await b.evaluate((el) => el.textContent ?? '')).startsWith('All cookies of this site')) return b;
      return null;
    });
    await item.click();
    await checkDialog('confirm dialog', 'dialog[data-testid="confirm"][open]');
    await (await button('.toolbar', 'Export…')).click();
    await checkDialog(
      'export dialog',
      'dialog[data-testid="export-dialog"][open] [data-testid="export-preview"], dialog[data-testid="export-dialog"][open] .masked-note',
    );

    await (await button('.toolbar', 'Import…')).click();
    await must(panel, 'dialog[data-testid="import-dialog"][open]');
    await (
      await must(panel, '[data-testid="import-text"]')
    ).evaluate((el) => {
      (el as HTMLTextAreaElement).value = 'theme=light; extra=1';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await clean('import dialog with a preview', "document.querySelector('dialog[open]')");
    await devtools.keyboard.press('Escape');
    await waitFor('the import dialog to close', async () => (await panel.$('dialog[open]')) === null);
  });
});

/**
 * An incognito window has its own cookie store (chrome.cookies store "1"): the panel inspecting an incognito tab
 * lists and edits that store, and never the normal one, once the user allows the extension in incognito.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { startDemoSite } from '../fixtures/demo-site/server.mjs';
import {
  allowInIncognito,
  type Harness,
  launch,
  must,
  openIncognitoTab,
  openPanelAsTab,
  rowNames,
  rowSelector,
  tabIdOf,
  waitFor,
  waitForRows,
} from './harness.ts';

let h: Harness;
let site: Awaited<ReturnType<typeof startDemoSite>>;
let normal: Page;
let incognito: Page;
let panel: Page;

/** What the demo server receives from a page: the Cookie header its store sends. */
const serverSees = (p: Page) =>
  p.evaluate(async () => (await (await fetch('/api/cookies')).json()) as Record<string, string>);

beforeAll(async () => {
  site = await startDemoSite();
  h = await launch();
  await allowInIncognito(h);
  normal = await h.browser.newPage();
  await normal.goto(site.url, { waitUntil: 'load' });
  await normal.evaluate(() => (document.cookie = 'normal_only=1; path=/'));
  const tab = await openIncognitoTab(h, site.url);
  incognito = tab.page;
  await incognito.evaluate(() => (document.cookie = 'incognito_only=1; path=/'));
  panel = await openPanelAsTab(h, tab.tabId);
});

afterAll(async () => {
  await h?.close();
  await site?.close();
});

describe('an incognito tab', () => {
  test('the panel lists the incognito store, not the normal one', async () => {
    expect(await tabIdOf(h, normal)).not.toBe(-1);
    await waitForRows(panel, ['incognito_only', 'sessionid', 'csrftoken']);
    expect(await rowNames(panel)).not.toContain('normal_only');
    // The demo set a session in each store; the panel shows the incognito one.
    const shown = await panel.$eval(`${rowSelector('sessionid')} [data-col="value"]`, (el) => el.textContent ?? '');
    expect(shown).toBe((await serverSees(incognito)).sessionid);
    expect(shown).not.toBe((await serverSees(normal)).sessionid);
  });

  test('an edit is written to the incognito store and leaves the normal store alone', async () => {
    const cell = await must(panel, `${rowSelector('incognito_only')} [data-col="value"]`);
    await cell.click({ count: 2 });
    const input = await must<HTMLInputElement>(
      panel,
      `${rowSelector('incognito_only')} input[aria-label="Value of incognito_only"]`,
    );
    await input.click({ count: 3 });
    await input.type('edited');
    await input.press('Enter');
    await waitFor(
      'the incognito page to send the new value',
      async () => (await serverSees(incognito)).incognito_only === 'edited',
    );
    const normalJar = await serverSees(normal);
    expect(normalJar.incognito_only).toBeUndefined();
    expect(normalJar.normal_only).toBe('1');
  });
});

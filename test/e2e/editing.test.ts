/**
 * Editing in real DevTools, each step checked against the browser's own store (CDP Storage.getCookies) and the
 * demo server's view of the Cookie header, never against the panel's view of itself.
 */
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import {
  comparableCookie,
  type DemoSession,
  type Harness,
  must as mustIn,
  openDemoInDevTools,
  rowSelector,
  stopServiceWorker,
  storeCookies,
  type StoredCookie,
  waitFor,
  waitForRows,
} from './harness.ts';

let h: Harness;
let page: Page;
let panel: Frame;

const row = rowSelector;
const stored = async (name: string) => (await storeCookies(h)).find((c) => c.name === name && c.domain === 'localhost');
/** What the server received in the Cookie header on a fresh request from the page. */
const serverSees = () =>
  page.evaluate(async () => (await (await fetch('/api/cookies')).json()) as Record<string, string>);

const must = <T extends Element>(selector: string): Promise<ElementHandle<T>> => mustIn<T>(panel, selector);

async function openEditor(name: string): Promise<void> {
  await (await must(row(name))).click();
  await (await must('[data-testid="detail"] button[title^="Edit every attribute"]')).click();
  await must('[data-testid="editor"]');
}

async function setField(selector: string, value: string): Promise<void> {
  const input = await must<HTMLInputElement>(selector);
  await input.click({ count: 3 });
  await input.press('Backspace');
  await input.type(value);
}

const comparable = comparableCookie;

let demo: DemoSession | undefined;

beforeAll(async () => {
  demo = await openDemoInDevTools();
  ({ h, page, panel } = demo);
  await waitForRows(panel, ['sessionid', 'username', 'theme', 'csrftoken', 'legacy_auth']);
});

afterAll(async () => {
  await demo?.close();
});

describe('editing in the Cookies panel', () => {
  test('edit a value inline: double-click, type, Enter', async () => {
    const cell = await must(`${row('username')} [data-col="value"]`);
    await cell.click({ count: 2 });
    const input = await must<HTMLInputElement>(`${row('username')} input[aria-label="Value of username"]`);
    await input.click({ count: 3 });
    await input.type('dj4e_admin');
    await input.press('Enter');
    await waitFor('the store to hold the new value', async () => (await stored('username'))?.value === 'dj4e_admin');
    expect((await serverSees()).username).toBe('dj4e_admin');
  });

  test('rename keeps every other attribute, and the old cookie is gone only after the new one exists', async () => {
    const before = await stored('theme');
    await openEditor('theme');
    await setField('#f-name', 'ui_theme');
    await (await must('[data-testid="editor"] button[type="submit"]')).click();
    // The new cookie is written and read back first; the old one is removed right after.
    const renamed = await waitFor('ui_theme in the store and theme gone', async () =>
      (await stored('theme')) === undefined ? stored('ui_theme') : undefined,
    );
    expect({ ...comparable(renamed as StoredCookie), name: 'theme' }).toEqual(comparable(before as StoredCookie));
    await waitForRows(panel, ['ui_theme']);
  });

  test('toggle HttpOnly: the page can no longer read the cookie', async () => {
    await openEditor('csrftoken');
    await (await must('#f-httpOnly')).click();
    await (await must('[data-testid="editor"] button[type="submit"]')).click();
    await waitFor('csrftoken to be HttpOnly in the store', async () => (await stored('csrftoken'))?.httpOnly === true);
    expect(await page.evaluate(() => document.cookie)).not.toContain('csrftoken=');
  });

  test('if the site changes the cookie while the editor is open, the editor says so and asks before overwriting', async () => {
    await openEditor('legacy_auth');
    await setField('#f-value', 'from-the-editor');
    await page.evaluate(() => {
      document.cookie = 'legacy_auth=changed-by-the-site; path=/';
    });
    const banner = await waitFor('the live-change banner', () =>
      panel.$eval('[data-testid="live-change"]', (el) => el.textContent).catch(() => null),
    );
    expect(banner).toContain('changed-by-the-site');
    await (await must('[data-testid="editor"] button[type="submit"]')).click();
    // The service worker refuses the first save: the stored cookie is no longer the one the editor opened.
    const submit = await waitFor('the Overwrite button', async () => {
      const b = await panel.$('[data-testid="editor"] button[type="submit"]');
      return b && (await b.evaluate((el) => el.textContent)) === 'Overwrite' ? b : null;
    });
    expect((await stored('legacy_auth'))?.value).toBe('changed-by-the-site');
    await submit.click();
    await waitFor('the editor value to win', async () => (await stored('legacy_auth'))?.value === 'from-the-editor');
  });

  test('an invalid edit shows its error at the field and changes nothing', async () => {
    const before = comparable((await stored('legacy_auth')) as StoredCookie);
    await openEditor('legacy_auth');
    await (await must<HTMLSelectElement>('#f-sameSite')).select('no_restriction');
    const message = await waitFor('the SameSite error', () =>
      panel.$eval('[data-testid="issues-sameSite"]', (el) => el.textContent).catch(() => null),
    );
    expect(message).toMatch(/SameSite=None requires Secure/);
    expect(
      await panel.$eval('[data-testid="editor"] button[type="submit"]', (b) => (b as HTMLButtonElement).disabled),
    ).toBe(true);
    await setField('#f-name', '__Host-legacy');
    await waitFor('the prefix error', () =>
      panel.$eval('[data-testid="issues-secure"]', (el) => el.textContent?.includes('__Host-')).catch(() => false),
    );
    await (await must('[data-testid="editor"] button[type="button"]')).click(); // Cancel
    expect(comparable((await stored('legacy_auth')) as StoredCookie)).toEqual(before);
    expect(await stored('__Host-legacy')).toBeUndefined();
  });

  test('delete all of the site, then undo restores every cookie exactly', async () => {
    const snapshot = (await storeCookies(h)).filter((c) => c.domain === 'localhost').map(comparable);
    expect(snapshot.length).toBeGreaterThan(5);
    await (await must('button[aria-haspopup="menu"]')).click();
    const all = await must('[role="menu"] button:nth-of-type(3)');
    expect(await all.evaluate((b) => b.textContent)).toContain('All cookies of this site');
    await all.click();
    await (await must('dialog[open] button[type="submit"]')).click();
    await waitFor(
      'the site to have no cookies',
      async () => !(await storeCookies(h)).some((c) => c.domain === 'localhost'),
    );
    expect(await serverSees()).toEqual({});
    await (await must('button[aria-label^="Undo: Delete"]')).click();
    await waitFor(
      'every cookie back',
      async () => (await storeCookies(h)).filter((c) => c.domain === 'localhost').length === snapshot.length,
    );
    const restored = (await storeCookies(h)).filter((c) => c.domain === 'localhost').map(comparable);
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    expect(restored.sort(byName)).toEqual(snapshot.sort(byName));
  });

  test('keyboard: Delete removes the selected cookie; Ctrl+Z undoes it even after the service worker was stopped', async () => {
    const before = comparable((await stored('username')) as StoredCookie);
    await (await must(row('username'))).click();
    await (await must(row('username'))).press('Delete');
    await waitFor('username to be deleted', async () => (await stored('username')) === undefined);
    // The worker has answered (and journalled the delete) once the status says so.
    await waitFor('the delete to be reported', () =>
      panel.$eval('[data-testid="status"]', (el) => el.textContent?.includes('Delete username')).catch(() => false),
    );
    await stopServiceWorker(h);
    // The journal lives in storage.session, so the restarted worker still knows what to undo.
    await panel.evaluate(() => document.querySelector<HTMLElement>('[role="grid"]')?.focus());
    const keyboard = (await panel.page()).keyboard;
    await keyboard.down('Control');
    await keyboard.press('z');
    await keyboard.up('Control');
    await waitFor('username to be back', async () => {
      const status = await panel.$eval('[data-testid="status"]', (el) => el.textContent ?? '').catch(() => '');
      if (/could not|failed|Nothing to undo/i.test(status)) throw new Error(`undo failed: ${status}`);
      return (await stored('username')) !== undefined;
    });
    expect(comparable((await stored('username')) as StoredCookie)).toEqual(before);
  });

  test("the timeline tells the login/logout story and marks the panel's own changes", async () => {
    await page.evaluate(async () => {
      await fetch('/login');
      await fetch('/logout');
    });
    await (await must('[role="tab"]:nth-of-type(2)')).click();
    await waitFor('the session story', () =>
      panel
        .$eval('[data-testid="story"]', (el) => el.textContent ?? '')
        .then(
          (t) =>
            /sessionid rotated|session cookie sessionid created/.test(t) && t.includes('sessionid removed (logout)'),
        )
        .catch(() => false),
    );
    const byPanel = await panel.$$eval('[data-testid="timeline-row"] .panel-badge', (els) => els.length);
    expect(byPanel).toBeGreaterThan(0);
    await (await must('[role="tab"]:nth-of-type(1)')).click();
  });
});

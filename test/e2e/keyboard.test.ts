/**
 * Keyboard-only use of the panel inside real DevTools. Each path is checked against the browser's own store (CDP
 * Storage.getCookies) and against DevTools itself: a key the panel handles must not also reach DevTools (Escape
 * would open the Console drawer, Ctrl+F DevTools' find bar).
 */
import type { Frame, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { type DemoSite, startDemoSite } from '../fixtures/demo-site/server.mjs';
import {
  type Harness,
  launch,
  must,
  resizeDevTools,
  rowSelector,
  showCookiesPanel,
  storeCookies,
  waitFor,
  waitForRows,
} from './harness.ts';

let h: Harness;
let site: DemoSite;
let page: Page;
let devtools: Page;
let panel: Frame;

const stored = async (name: string) => (await storeCookies(h)).find((c) => c.name === name && c.domain === 'localhost');

/** What has focus inside the panel. */
const focused = () =>
  panel.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    return {
      name: a?.getAttribute('data-name') ?? null,
      testid: a?.getAttribute('data-testid') ?? null,
      text: a?.textContent?.trim() ?? '',
      tag: a?.tagName ?? '',
    };
  });

/** DevTools' own state, read from its UI (the drawer holds the Console when Escape reaches DevTools). */
const inspector = (expr: string) =>
  devtools.evaluate(`(async () => {
    const UI = await import(new URL('ui/legacy/legacy.js', document.baseURI).href);
    const view = UI.InspectorView.InspectorView.instance();
    return ${expr};
  })()`);
const drawerVisible = () => inspector('view.drawerVisible()') as Promise<boolean>;

const press = (key: Parameters<Page['keyboard']['press']>[0]) => devtools.keyboard.press(key);
async function chord(modifier: 'Control' | 'Shift', key: Parameters<Page['keyboard']['press']>[0]): Promise<void> {
  await devtools.keyboard.down(modifier);
  await devtools.keyboard.press(key);
  await devtools.keyboard.up(modifier);
}

async function focusRow(name: string): Promise<void> {
  await (await must(panel, rowSelector(name))).click();
  await waitFor(`focus on the ${name} row`, async () => (await focused()).name === name);
}

beforeAll(async () => {
  site = await startDemoSite();
  h = await launch();
  page = await h.browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  ({ devtools, panel } = await showCookiesPanel(h, page));
  await waitForRows(panel, ['sessionid', 'username', 'theme', 'csrftoken', 'legacy_auth', '_ga']);
});

afterAll(async () => {
  await h?.close();
  await site?.close();
});

describe('keys the panel handles stay in the panel', () => {
  test("Escape closes the detail pane and does not open DevTools' Console drawer", async () => {
    // Control: with nothing for the panel to close, Escape is DevTools' (it toggles the drawer), so this check can fail.
    await (await must(panel, 'button[title="Add a cookie for this site"]')).focus();
    await press('Escape');
    await waitFor('DevTools to open its drawer on an Escape the panel does not handle', drawerVisible);
    await inspector('view.closeDrawer()');
    await waitFor('the drawer to close', async () => !(await drawerVisible()));

    await focusRow('username');
    await must(panel, '[data-testid="detail"]');
    await press('Escape');
    await waitFor('the detail pane to close', async () => (await panel.$('[data-testid="detail"]')) === null);
    await new Promise((r) => setTimeout(r, 300)); // DevTools forwards keys after a 0 ms timer: give it time to act
    expect(await drawerVisible()).toBe(false);
    expect((await focused()).name).toBe('username');
  });

  test("Ctrl+F goes to the panel's filter, not DevTools' find bar", async () => {
    await focusRow('theme');
    await chord('Control', 'f');
    await waitFor('focus in the filter', async () => (await focused()).testid === 'filter');
    await devtools.keyboard.type('csrf');
    await waitFor('the filter to apply', async () => (await panel.$$('[data-testid="cookie-row"]')).length === 1);
    const searchBarShown = (await devtools.evaluate(`(() => {
      const deep = (root) => [...root.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
      return deep(document).some((el) => el.classList?.contains('search-bar') && el.getClientRects().length > 0);
    })()`)) as boolean;
    expect(searchBarShown).toBe(false);
    await press('Escape'); // a search box clears itself on Escape
    await waitFor('every row back', async () => (await panel.$$('[data-testid="cookie-row"]')).length > 5);
  });
});

describe('focus after actions: Delete, then Ctrl+Z, with no click', () => {
  test('Delete removes the cookie from the store, the next row has focus, Ctrl+Z brings it back', async () => {
    const before = await stored('legacy_auth');
    expect(before).toBeDefined();
    await focusRow('legacy_auth');
    const next = await panel.$eval(rowSelector('legacy_auth'), (el) =>
      (el.nextElementSibling as HTMLElement | null)?.getAttribute('data-name'),
    );
    await press('Delete');
    await waitFor('legacy_auth gone from the store', async () => (await stored('legacy_auth')) === undefined);
    await waitFor('focus on the next row', async () => (await focused()).name === next);
    // Focus is visible where it landed: the row has the focus ring.
    expect(
      await panel.evaluate(() => {
        const a = document.activeElement as HTMLElement;
        const style = getComputedStyle(a);
        return a.matches(':focus-visible') && style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      }),
    ).toBe(true);
    await chord('Control', 'z');
    await waitFor('legacy_auth back in the store', async () => (await stored('legacy_auth'))?.value === before?.value);
    expect(await drawerVisible()).toBe(false);
  });

  test('a bulk Delete asks first; Escape answers no, keeps every cookie, and focus returns', async () => {
    await focusRow('theme');
    await devtools.keyboard.down('Control'); // Ctrl+click adds a row to the selection
    await (await must(panel, rowSelector('username'))).click();
    await devtools.keyboard.up('Control');
    await waitFor(
      'two rows selected',
      async () => (await panel.$$('[data-testid="cookie-row"][aria-selected="true"]')).length >= 2,
    );
    // The selection is shown: the toolbar counts it, the detail pane says what acts on all of them.
    expect(await panel.$eval('[data-testid="count"]', (el) => el.textContent)).toMatch(/, 2 selected$/);
    await must(panel, '[data-testid="multi-selection"]');
    await panel.$eval(rowSelector('theme'), (el) => (el as HTMLElement).focus());
    await press('Delete');
    await must(panel, 'dialog[data-testid="confirm"][open]');
    expect((await focused()).text).toBe('Cancel');
    await press('Escape');
    await waitFor(
      'the confirmation to close',
      async () => (await panel.$('dialog[data-testid="confirm"][open]')) === null,
    );
    expect(await stored('theme')).toBeDefined();
    expect(await stored('username')).toBeDefined();
    expect((await focused()).name).toBe('theme');
    await new Promise((r) => setTimeout(r, 300));
    expect(await drawerVisible()).toBe(false);
  });

  test('the editor: Shift+Enter opens it in Name, Escape closes it and the row has focus again', async () => {
    await focusRow('_ga');
    await chord('Shift', 'Enter');
    await must(panel, '[data-testid="editor"]');
    await waitFor('focus in Name', async () => (await panel.evaluate(() => document.activeElement?.id)) === 'f-name');
    await press('Escape');
    await waitFor('the editor to close', async () => (await panel.$('[data-testid="editor"]')) === null);
    await waitFor('focus back on the row', async () => (await focused()).name === '_ga');
    expect(await drawerVisible()).toBe(false);
  });

  test('the editor: Ctrl+Enter saves to the store, and focus is back on the row', async () => {
    await focusRow('csrftoken');
    await chord('Shift', 'Enter');
    await must(panel, '[data-testid="editor"]');
    const value = await must(panel, '#f-value');
    await value.focus();
    await value.evaluate((el) => ((el as HTMLTextAreaElement).value = ''));
    await value.type('saved-from-the-keyboard');
    await chord('Control', 'Enter');
    await waitFor(
      'the new value in the store',
      async () => (await stored('csrftoken'))?.value === 'saved-from-the-keyboard',
    );
    await waitFor('the editor to close', async () => (await panel.$('[data-testid="editor"]')) === null);
    await waitFor('focus back on the row', async () => (await focused()).name === 'csrftoken');
  });

  test('Export… and Import… open from the keyboard, close on Escape and give focus back to their button', async () => {
    await focusRow('csrftoken'); // one row selected: the row being inspected
    for (const [label, id] of [
      ['Export…', 'export-dialog'],
      ['Import…', 'import-dialog'],
    ] as const) {
      const button = await waitFor(`the ${label} button`, async () => {
        for (const b of await panel.$$('.toolbar button'))
          if ((await b.evaluate((el) => el.textContent?.trim())) === label) return b;
        return null;
      });
      await button.focus();
      await press('Enter');
      await must(panel, `dialog[data-testid="${id}"][open]`);
      if (id === 'export-dialog') {
        // One selected row is not what "export" means: the dialog starts from the site, and focus is on that choice.
        await waitFor('the export form', () => panel.$('dialog[open] input[name="export-choice"]'));
        expect(
          await panel.$eval('dialog[open] input[name="export-choice"]:checked', (el) => (el as HTMLInputElement).value),
        ).toBe('site');
        await waitFor(
          'focus on the checked choice',
          async () =>
            (await panel.evaluate(() => (document.activeElement as HTMLInputElement | null)?.checked)) === true,
        );
      } else {
        await waitFor('focus in the import text', async () => (await focused()).testid === 'import-text');
      }
      // Record who moves focus from here on, so a failure says which code took it (the stack of each focus call).
      await panel.evaluate(() => {
        const w = window as unknown as { focusTrace?: string[] };
        const first = w.focusTrace === undefined;
        w.focusTrace = [];
        if (first)
          document.addEventListener('focusin', (e) => {
            const el = e.target as HTMLElement;
            w.focusTrace?.push(
              `${el.tagName} ${el.getAttribute('data-name') ?? el.textContent?.trim().slice(0, 20)} ← ${new Error().stack?.split('\n').slice(2, 7).join(' | ')}`,
            );
          });
      });
      await press('Escape');
      await waitFor(
        `the ${label} dialog to close`,
        async () => (await panel.$(`dialog[data-testid="${id}"][open]`)) === null,
      );
      const now = await focused();
      const trace = await panel.evaluate(() => (window as unknown as { focusTrace?: string[] }).focusTrace?.join('\n'));
      expect(now.text, `focus moved: ${trace}`).toBe(label);
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(await drawerVisible()).toBe(false);
  });
});

describe('inline edit errors', () => {
  test('an invalid value shows a visible error at the row, announced, and nothing is written', async () => {
    const before = await stored('username');
    await focusRow('username');
    await press('Enter');
    const input = await must(panel, `${rowSelector('username')} [data-testid="inline-input"]`);
    await input.evaluate((el) => ((el as HTMLInputElement).value = ''));
    await input.type('bad;value');
    await press('Enter');
    const error = await must(panel, '[data-testid="inline-error"]');
    expect(await error.evaluate((el) => el.getAttribute('role'))).toBe('alert');
    expect(
      await input.evaluate((el) => [el.getAttribute('aria-invalid'), el.getAttribute('aria-describedby')]),
    ).toEqual(['true', await error.evaluate((el) => el.id)]);
    // Visible: what is painted at the error's centre is the error itself, not the next row over it.
    const onTop = await error.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return r.height > 10 && !!hit && el.contains(hit);
    });
    expect(onTop).toBe(true);
    expect((await stored('username'))?.value).toBe(before?.value);
    await press('Escape');
    await waitFor('focus back on the row', async () => (await focused()).name === 'username');
  });
});

describe('row context menu from the keyboard', () => {
  test('Shift+F10 opens it; Delete through it; Ctrl+Z puts the cookie back', async () => {
    const before = await stored('theme');
    await focusRow('theme');
    await chord('Shift', 'F10');
    await must(panel, '[data-testid="row-menu"]');
    expect((await focused()).text).toBe('Copy name');
    await press('Escape');
    await waitFor('the menu to close', async () => (await panel.$('[data-testid="row-menu"]')) === null);
    expect((await focused()).name).toBe('theme');
    await press('ContextMenu');
    await must(panel, '[data-testid="row-menu"]');
    await press('d'); // type-ahead: Delete
    expect((await focused()).text).toMatch(/^Delete/);
    await press('Enter');
    await waitFor('theme gone from the store', async () => (await stored('theme')) === undefined);
    await chord('Control', 'z');
    await waitFor('theme back in the store', async () => (await stored('theme'))?.value === before?.value);
  });
});

describe('layout', () => {
  test('the detail pane resizes from its splitter (←/→) and the width is kept in storage.local', async () => {
    await focusRow('sessionid');
    const splitter = await must(panel, '[data-testid="splitter"]');
    const width = () => panel.$eval('[data-testid="detail"]', (el) => Math.round(el.getBoundingClientRect().width));
    const start = await width();
    await splitter.focus();
    await press('ArrowLeft');
    await press('ArrowLeft');
    await waitFor('a wider pane', async () => (await width()) >= start + 30);
    const kept = await waitFor('the width in storage.local', async () => {
      const layout = (await panel.evaluate(() => chrome.storage.local.get('layout'))) as {
        layout?: { detailWidth: number };
      };
      return layout.layout && layout.layout.detailWidth > start ? layout.layout.detailWidth : null;
    });
    expect(kept).toBeGreaterThan(start);
  });

  test('the toolbar is one row at 1280 and 900 px; narrower, tools move into "More tools" and it stays one row', async () => {
    const oneRow = () =>
      panel.evaluate(() => {
        const bar = document.querySelector('.toolbar') as HTMLElement;
        // One row: every item's vertical centre on the same line (items differ in height, so tops differ).
        const centres = [...bar.children]
          .filter((c) => c.getClientRects().length > 0)
          .map((c) => (c as HTMLElement).offsetTop + (c as HTMLElement).offsetHeight / 2);
        return {
          rows: Math.max(...centres) - Math.min(...centres) < 4 ? 1 : 2,
          fits: bar.scrollWidth <= bar.clientWidth + 1,
          width: bar.clientWidth,
        };
      });
    for (const width of [1280, 900]) {
      await resizeDevTools(devtools, width, 800);
      await waitFor(`the panel at ${width} px`, async () => Math.abs((await oneRow()).width - width) < 40);
      await waitFor(`one row that fits at ${width} px`, async () => {
        const r = await oneRow();
        return r.rows === 1 && r.fits;
      });
      // At 1280 px every tool has room: nothing is tucked away in "More tools".
      if (width === 1280) expect(await panel.$('[data-testid="more-tools"]')).toBeNull();
    }
    await resizeDevTools(devtools, 700, 800);
    const more = await must(panel, '[data-testid="more-tools"]');
    // Narrower still, the toolbar stays one row (it scrolls sideways rather than wrap and push the table down).
    await waitFor('one row at 700 px', async () => (await oneRow()).rows === 1);
    await more.focus();
    await press('Enter');
    await must(panel, '[role="menu"][aria-label="More tools"]');
    await press('Escape');
    expect((await focused()).testid).toBe('more-tools');
    await resizeDevTools(devtools, 1280, 800);
  });
});

describe('timeline', () => {
  test("marks navigations, tells a same-value re-set from a change, and labels Cookie Lens's undo", async () => {
    await (await must(panel, '#tab-timeline')).click();
    await page.goto(`${site.url}login`, { waitUntil: 'load' });
    await page.goto(site.url, { waitUntil: 'load' }); // the page's script sets theme=dark again: same value
    await must(panel, '[data-testid="timeline-navigation"]');
    const rows = async () =>
      panel.$$eval('[data-testid="timeline-row"], [data-testid="timeline-navigation"]', (els) =>
        els.map(
          (e) =>
            `${e.getAttribute('data-testid')}|${e.getAttribute('data-name') ?? ''}|${e.getAttribute('data-kind') ?? ''}|${e.textContent}`,
        ),
      );
    await waitFor('the same-value re-set of theme', async () =>
      (await rows()).some((r) => r.startsWith('timeline-row|theme|same-value|') && r.includes('same value')),
    );
    const navigations = (await rows()).filter((r) => r.startsWith('timeline-navigation'));
    expect(navigations.some((r) => r.includes('/login'))).toBe(true);

    // Delete and undo from the keyboard: the undo's write says it was Cookie Lens's undo, not the page's.
    await (await must(panel, '#tab-cookies')).click();
    await focusRow('username');
    await press('Delete');
    await waitFor('username gone from the store', async () => (await stored('username')) === undefined);
    await chord('Control', 'z');
    await waitFor('username back in the store', async () => (await stored('username')) !== undefined);
    await (await must(panel, '#tab-timeline')).click();
    const undoRow = await waitFor('the undo in the timeline', async () =>
      (await rows()).find((r) => r.startsWith('timeline-row|username|created|') && r.includes('Undo')),
    );
    expect(undoRow).not.toMatch(/by the page or server/);
    await (await must(panel, '#tab-cookies')).click();
  });
});

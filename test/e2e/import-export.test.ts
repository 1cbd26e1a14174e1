/**
 * Import and export in real DevTools on the demo site, every write checked against the browser's own store (CDP
 * Storage.getCookies): Netscape export with HttpOnly and redaction, an import previewed then applied as one undoable
 * step, a malformed file that writes nothing, and Mask values.
 */
import type { ElementHandle, Frame } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import {
  comparableCookie,
  type DemoSession,
  type Harness,
  must as mustIn,
  openDemoInDevTools,
  rowSelector,
  storeCookies,
  type StoredCookie,
  waitFor,
  waitForRows,
} from './harness.ts';

let h: Harness;
let panel: Frame;

const row = rowSelector;
const stored = async (name: string) => (await storeCookies(h)).find((c) => c.name === name && c.domain === 'localhost');

const must = <T extends Element>(selector: string): Promise<ElementHandle<T>> => mustIn<T>(panel, selector);

/** A button by its visible text inside `scope`. */
async function button(scope: string, text: string): Promise<ElementHandle<HTMLButtonElement>> {
  return waitFor(`button "${text}" in ${scope}`, async () => {
    for (const b of await panel.$$(`${scope} button`)) {
      if ((await b.evaluate((el) => el.textContent?.trim())) === text) return b as ElementHandle<HTMLButtonElement>;
    }
    return null;
  });
}

const textOf = (selector: string) => panel.$eval(selector, (el) => el.textContent ?? '');
const valueOf = (selector: string) => panel.$eval(selector, (el) => (el as HTMLTextAreaElement).value);

/** Paste: set the textarea's text and fire the input event, as a paste does (typing would turn tabs into focus moves). */
async function paste(selector: string, text: string): Promise<void> {
  await (
    await must(selector)
  ).evaluate((el, t) => {
    const area = el as HTMLTextAreaElement;
    area.value = t;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }, text);
}

type Full = StoredCookie & { expires?: number; sameSite?: string; session?: boolean };
const comparable = comparableCookie;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const siteSnapshot = async () =>
  (await storeCookies(h))
    .filter((c) => c.domain === 'localhost')
    .map(comparable)
    .sort(byName);

let demo: DemoSession | undefined;

beforeAll(async () => {
  demo = await openDemoInDevTools();
  ({ h, panel } = demo);
  await waitForRows(panel, ['sessionid', 'username', 'theme', 'csrftoken', 'legacy_auth']);
});

afterAll(async () => {
  await demo?.close();
});

describe('export', () => {
  test('Netscape export keeps HttpOnly as #HttpOnly_, names the credentials and redacts them by default', async () => {
    const session = await stored('sessionid');
    expect(session?.httpOnly).toBe(true);
    await (await button('.toolbar', 'Export…')).click();
    await must('dialog[data-testid="export-dialog"][open]');
    await (await must('dialog[open] input[name="export-choice"][value="site"]')).click();
    await panel.select('dialog[open] select', 'netscape');
    await waitFor('the Netscape preview', async () =>
      (await valueOf('[data-testid="export-preview"]')).startsWith('# Netscape HTTP Cookie File'),
    );

    const secrets = await textOf('[data-testid="export-secrets"]');
    expect(secrets).toMatch(/can act as you/);
    expect(secrets).toContain('"sessionid" is a session ID');
    const redactBox = await must<HTMLInputElement>('[data-testid="export-secrets"] input[type="checkbox"]');
    expect(await redactBox.evaluate((b) => b.checked)).toBe(true);

    const redacted = await valueOf('[data-testid="export-preview"]');
    expect(redacted).toMatch(/^#HttpOnly_localhost\tFALSE\t\/\tFALSE\t\d+\tsessionid\tREDACTED-session-id$/m);
    expect(redacted).not.toContain(session?.value);
    expect(redacted).toMatch(/\tusername\tdj4e_user$/m);
    expect(await textOf('[data-testid="export-notes"]')).toMatch(/credential cookie\(s\) redacted/);

    await redactBox.click();
    const raw = await waitFor('the unredacted preview', async () => {
      const t = await valueOf('[data-testid="export-preview"]');
      return t.includes(`\tsessionid\t${session?.value}`) ? t : null;
    });
    expect(raw).toContain(
      `#HttpOnly_localhost\tFALSE\t/\tFALSE\t${Math.floor((session as Full).expires as number)}\tsessionid\t${session?.value}`,
    );

    await (await button('dialog[open]', 'Download')).click();
    await waitFor('download feedback', async () =>
      /Download started: cookies-localhost\.txt/.test(await textOf('[data-testid="export-feedback"]')),
    );
    await (await button('dialog[open]', 'Copy to clipboard')).click();
    await waitFor('copy feedback in words', async () =>
      /^(Copied \d+ cookies to the clipboard\.|The browser refused the clipboard)/.test(
        await textOf('[data-testid="export-feedback"]'),
      ),
    );
    await (await button('dialog[open]', 'Close')).click();
    await waitFor('the dialog to close', async () => !(await panel.$('dialog[data-testid="export-dialog"][open]')));
  });
});

describe('import', () => {
  test('preview, apply as one step, then Undo puts the store back exactly', async () => {
    const before = await siteSnapshot();
    const username = await stored('username');
    const expiry = Math.floor((username as Full).expires as number);
    const file = [
      '# Netscape HTTP Cookie File',
      'localhost\tFALSE\t/\tFALSE\t0\timported_pref\tcompact',
      `localhost\tFALSE\t/\tFALSE\t${expiry}\tusername\tdj4e_imported`,
      'localhost\tFALSE\t/\tFALSE\t0\t__Host-bad\tx',
    ].join('\n');
    await (await button('.toolbar', 'Import…')).click();
    await must('dialog[data-testid="import-dialog"][open]');
    await paste('[data-testid="import-text"]', file);
    const counts = await waitFor('the preview counts', () => textOf('[data-testid="import-counts"]').catch(() => null));
    expect(counts).toBe('1 to create, 1 to overwrite, 0 unchanged, 1 refused');
    expect(await textOf('[data-testid="import-format"]')).toMatch(/Netscape cookies\.txt/);
    expect(await textOf('[data-testid="import-overwrite"]')).toContain('"dj4e_user" → "dj4e_imported"');
    expect(await textOf('[data-testid="import-refused"]')).toMatch(/__Host-bad.*must be Secure/);
    // Nothing is written by the preview.
    expect(await siteSnapshot()).toEqual(before);

    const apply = await must('[data-testid="import-apply"]');
    expect(await apply.evaluate((b) => b.textContent)).toBe('Import 2 cookies');
    await apply.click();
    await waitFor(
      'the import in the store',
      async () =>
        (await stored('imported_pref'))?.value === 'compact' && (await stored('username'))?.value === 'dj4e_imported',
    );
    expect(await stored('__Host-bad')).toBeUndefined();
    await waitFor('the status', async () =>
      /Import 2 cookies \(1 created, 1 overwritten\)/.test(await textOf('[data-testid="status"]').catch(() => '')),
    );
    await waitForRows(panel, ['imported_pref']);

    await (await button('[data-testid="status"]', 'Undo')).click();
    await waitFor(
      'the import undone',
      async () => !(await stored('imported_pref')) && (await stored('username'))?.value === 'dj4e_user',
    );
    expect(await siteSnapshot()).toEqual(before);
  });

  test('a malformed file shows its line and field, offers no import, and writes nothing', async () => {
    const before = await siteSnapshot();
    await (await button('.toolbar', 'Import…')).click();
    await must('dialog[data-testid="import-dialog"][open]');
    await paste(
      '[data-testid="import-text"]',
      '# Netscape HTTP Cookie File\nlocalhost\tMAYBE\t/\tFALSE\t0\tbroken\tx\n',
    );
    const error = await waitFor('the format error', () => textOf('[data-testid="import-error"]').catch(() => null));
    expect(error).toMatch(/line 2, field includeSubdomains: expected TRUE or FALSE/);
    expect(await panel.$('[data-testid="import-apply"]')).toBeNull();
    await (await button('dialog[open]', 'Cancel')).click();
    await waitFor('the dialog to close', async () => !(await panel.$('dialog[data-testid="import-dialog"][open]')));
    expect(await siteSnapshot()).toEqual(before);
  });
});

describe('mask values', () => {
  test('hides every value in the table and detail pane until one cookie is revealed', async () => {
    const session = (await stored('sessionid')) as StoredCookie;
    const cell = (name: string) => textOf(`${row(name)} [data-col="value"]`);
    expect(await cell('username')).toBe('dj4e_user');
    const toggle = await must('.toolbar button[aria-pressed]');
    await toggle.click();
    await waitFor(
      'the toggle pressed',
      async () => (await toggle.evaluate((b) => b.getAttribute('aria-pressed'))) === 'true',
    );
    await waitFor('masked values', async () => (await cell('username')) === '•••••••••');
    expect(await cell('sessionid')).not.toContain(session.value);
    expect(await cell('sessionid')).toMatch(/^.{2}•{6}.{2}$/u);

    await (await must(row('sessionid'))).click();
    await waitFor('the masked detail', async () => (await textOf('[data-testid="detail-value"]')).includes('••••••'));
    await (await button('[data-testid="detail"]', 'Reveal')).click();
    await waitFor('the revealed value', async () => (await textOf('[data-testid="detail-value"]')) === session.value);
    expect(await cell('sessionid')).toBe(session.value);
    expect(await cell('username')).toBe('•••••••••');

    await toggle.click();
    await waitFor('values shown again', async () => (await cell('username')) === 'dj4e_user');
  });
});

/**
 * The browser side of the benchmark: a loopback site server, Debian's Chromium with the built Cookie Lens and the
 * bench's bare panel loaded (test/e2e/harness.ts), `*.test` mapped to loopback for many sites, and DevTools helpers.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { CDPSession, Frame, Page } from 'puppeteer-core';

import { type Harness, launch, waitFor } from '../../test/e2e/harness.ts';
import { BARE_PANEL_TITLE, buildBarePanel } from './bare-panel.ts';
import { FIRST_ROWS_PROBE } from './probes.ts';

export interface BenchSession {
  h: Harness;
  port: number;
  ours: PanelRef;
  bare: PanelRef;
  chromiumVersion: string;
  close(): Promise<void>;
}

export interface PanelRef {
  /** DevTools' id for the panel: chrome-extension://<id> + title without spaces. */
  panelId: string;
  /** Prefix of the panel frame's URL. */
  urlPrefix: string;
}

export async function startSession(): Promise<BenchSession> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end('<!doctype html><meta charset="utf-8"><title>Cookie Lens bench</title><p>bench page</p>');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const bareExt = buildBarePanel();
  const h = await launch({ extraExtensions: [bareExt.dir], extraArgs: ['--host-resolver-rules=MAP *.test 127.0.0.1'] });
  const chromiumVersion = await h.browser.version();
  return {
    h,
    port,
    chromiumVersion,
    ours: {
      panelId: `chrome-extension://${h.extensionId}Cookies`,
      urlPrefix: `chrome-extension://${h.extensionId}/src/panel/index.html`,
    },
    bare: {
      panelId: `chrome-extension://${bareExt.id}${BARE_PANEL_TITLE}`,
      urlPrefix: `chrome-extension://${bareExt.id}/panel.html`,
    },
    async close() {
      await h.close();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Seeds cookies with CDP Storage.setCookies (browser-level): `perSite` cookies on each of `sites` hosts. */
export async function seedCookies(cdp: CDPSession, sites: string[], perSite: number, prefix = 'c'): Promise<void> {
  const cookies = sites.flatMap((domain) =>
    Array.from({ length: perSite }, (_, i) => ({
      name: `${prefix}${String(i).padStart(3, '0')}`,
      value: `${domain}-${i}-${'x'.repeat(i % 40)}`,
      domain,
      path: '/',
      expires: Math.floor(Date.now() / 1000) + 86_400,
      sameSite: 'Lax' as const,
    })),
  );
  await cdp.send('Storage.setCookies', { cookies });
}

const UI = `await import(new URL('ui/legacy/legacy.js', document.baseURI).href)`;

/** Opens DevTools for `page` and waits until DevTools has registered `panels` (its extension pages have run). */
export async function openDevTools(page: Page, panels: PanelRef[]): Promise<Page> {
  const dt = await page.openDevTools();
  const ready = `(async () => {
    const view = (${UI}).InspectorView.InspectorView.instance();
    return ${JSON.stringify(panels.map((p) => p.panelId))}.every((id) => view.hasPanel(id));
  })()`;
  await waitFor('DevTools to register the extension panels', () => dt.evaluate(ready).catch(() => false), 30_000);
  return dt;
}

/** Calls showPanel in DevTools; resolves with the time (timeOrigin-based) taken just before the call. */
export async function showPanel(dt: Page, panel: PanelRef): Promise<number> {
  return (await dt.evaluate(`(async () => {
    const view = (${UI}).InspectorView.InspectorView.instance();
    const t0 = performance.timeOrigin + performance.now();
    await view.showPanel(${JSON.stringify(panel.panelId)});
    return t0;
  })()`)) as number;
}

export async function panelFrame(dt: Page, panel: PanelRef): Promise<Frame> {
  return waitFor(`the ${panel.panelId} frame`, () => dt.frames().find((f) => f.url().startsWith(panel.urlPrefix)));
}

/**
 * One "first show" of a panel in fresh DevTools: opens DevTools, installs the first-rows probe for new frames,
 * calls showPanel and returns the ms from that call to the panel's first rows painted (plus the DevTools page and
 * the panel frame, left open when `keepOpen`).
 */
export async function timeFirstShow(
  page: Page,
  panel: PanelRef,
  all: PanelRef[],
  keepOpen = false,
): Promise<{ ms: number; dt: Page; frame: Frame }> {
  const dt = await openDevTools(page, all);
  await dt.evaluateOnNewDocument(FIRST_ROWS_PROBE);
  const t0 = await showPanel(dt, panel);
  const frame = await panelFrame(dt, panel);
  const painted = await waitFor(
    `rows painted in ${panel.panelId}`,
    () => frame.evaluate('globalThis.__benchPainted').catch(() => undefined) as Promise<number | undefined>,
    30_000,
  );
  if (!keepOpen) await dt.close();
  return { ms: painted - t0, dt, frame };
}

/**
 * Drives the BUILT extension (dist/) in Debian's Chromium and real DevTools with puppeteer-core, following
 * Puppeteer's extension guide (https://pptr.dev/guides/chrome-extensions). Page objects, no sleeps: every wait polls with a deadline.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import puppeteer, {
  type Browser,
  type CDPSession,
  type ElementHandle,
  type Frame,
  type Page,
  type Target,
} from 'puppeteer-core';

import { type DemoSite, startDemoSite } from '../fixtures/demo-site/server.mjs';

export const DIST = process.env.COOKIE_LENS_DIST
  ? resolve(process.env.COOKIE_LENS_DIST)
  : resolve(import.meta.dirname, '../../dist');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Harness {
  browser: Browser;
  extensionId: string;
  /** Browser-level CDP session: reads the cookie store's truth independently of the extension. */
  cdp: CDPSession;
  close(): Promise<void>;
}

export interface LaunchOptions {
  headless?: boolean;
  /** DevTools' theme (Settings > Preferences > Appearance > Theme), set in the profile before launch. */
  theme?: 'light' | 'dark';
  /** More Chromium switches, e.g. `--host-resolver-rules=MAP *.test 127.0.0.1` for many sites (the benchmark). */
  extraArgs?: string[];
  /** More unpacked extensions to load beside dist/ (absolute paths), e.g. the benchmark's bare panel. */
  extraExtensions?: string[];
  /** The unpacked extension to load instead of dist/ (absolute path), e.g. the store archive unpacked. */
  dist?: string;
}

export async function launch({
  headless = true,
  extraArgs = [],
  extraExtensions = [],
  theme,
  dist = DIST,
}: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(dist, 'manifest.json')))
    throw new Error(`${dist} has no manifest.json: run \`npm run build\` first`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'cookie-lens-e2e-'));
  allowThirdPartyCookies(userDataDir, theme);
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: false,
    userDataDir,
    ignoreDefaultArgs: ['--disable-extensions'],
    defaultViewport: null,
    args: [
      `--load-extension=${[dist, ...extraExtensions].join(',')}`,
      `--disable-extensions-except=${[dist, ...extraExtensions].join(',')}`,
      ...(headless ? ['--headless=new'] : []),
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--window-size=1400,900',
      ...extraArgs,
    ],
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    {
      timeout: 20_000,
    },
  );
  const extensionId = new URL(worker.url()).host;
  const cdp = await browser.target().createCDPSession();
  return {
    browser,
    extensionId,
    cdp,
    async close() {
      await browser.close().catch(() => undefined);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh Chromium profile may block third-party cookies; Chrome's default setting allows them, and the demo's
 * third-party widget cookie needs that. Same preference as chrome://settings/cookies "Allow third-party cookies".
 */
export function allowThirdPartyCookies(userDataDir: string, theme?: 'light' | 'dark'): void {
  mkdirSync(join(userDataDir, 'Default'), { recursive: true });
  // DevTools keeps its settings as JSON strings under devtools.preferences; "ui-theme" is what Settings > Appearance
  // > Theme writes (front_end/ui/legacy/theme_support).
  const devtools = theme ? { devtools: { preferences: { 'ui-theme': JSON.stringify(theme) } } } : {};
  writeFileSync(
    join(userDataDir, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false }, ...devtools }),
  );
}

/**
 * Console errors and warnings, uncaught exceptions and browser log entries (e.g. "Blocked autofocusing…") from the
 * panel's own target, read over CDP. Every e2e test fails on any of them (test/e2e/setup.ts).
 */
const consoleProblems: string[] = [];
const watchedTargets = new WeakSet<object>();

/** What the panel logged since the last call; clears the list. */
export function takeConsoleProblems(): string[] {
  return consoleProblems.splice(0);
}

type ConsoleArg = { value?: unknown; description?: string };

export async function collectPanelConsole(target: Target, label: string): Promise<void> {
  if (watchedTargets.has(target)) return;
  watchedTargets.add(target);
  const session = await target.createCDPSession();
  session.on('Runtime.consoleAPICalled', (e: { type: string; args: ConsoleArg[] }) => {
    if (e.type === 'error' || e.type === 'warning' || e.type === 'assert') {
      consoleProblems.push(
        `${label}: console.${e.type}: ${e.args.map((a) => String(a.value ?? a.description ?? '')).join(' ')}`,
      );
    }
  });
  session.on(
    'Runtime.exceptionThrown',
    (e: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      consoleProblems.push(
        `${label}: uncaught ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`,
      );
    },
  );
  session.on('Log.entryAdded', (e: { entry: { level: string; text: string; url?: string } }) => {
    if (e.entry.level === 'error' || e.entry.level === 'warning')
      consoleProblems.push(`${label}: ${e.entry.level}: ${e.entry.text}${e.entry.url ? ` (${e.entry.url})` : ''}`);
  });
  // Both replay what was logged before they were enabled.
  await session.send('Runtime.enable');
  await session.send('Log.enable');
}

/** The panel's frame target inside DevTools (an out-of-process iframe) or its tab. */
async function panelTarget(h: Harness, kind: 'frame' | 'page', url?: string): Promise<Target> {
  const prefix = `chrome-extension://${h.extensionId}/src/panel/index.html`;
  return waitFor('the panel target', () =>
    h.browser
      .targets()
      .find(
        (t) =>
          t.url().startsWith(prefix) &&
          (url === undefined || t.url() === url) &&
          (kind === 'page' ? t.type() === 'page' : t.type() !== 'page'),
      ),
  );
}

/** Resizes the (undocked) DevTools window, so the panel gets about `width` px. */
export async function resizeDevTools(devtools: Page, width: number, height: number): Promise<void> {
  const session = await devtools.createCDPSession();
  const { windowId } = (await session.send('Browser.getWindowForTarget')) as { windowId: number };
  await session.send('Browser.setWindowBounds', { windowId, bounds: { windowState: 'normal' } });
  await session.send('Browser.setWindowBounds', { windowId, bounds: { width, height } });
  await session.detach();
}

/** Runs axe-core in `scope` (the panel's frame): the violations, as "rule (impact): target … " lines. */
export async function axeViolations(scope: Frame | Page, context: string = 'document'): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  if (!(await scope.evaluate('typeof window.axe === "object"'))) await scope.evaluate(source);
  const result = (await scope.evaluate(`(async () => {
    const r = await axe.run(${context}, { resultTypes: ['violations'] });
    return r.violations.map((v) => v.id + ' (' + v.impact + '): ' + v.nodes.map((n) => n.target.join(' ') + ' ' + n.html.slice(0, 120) + ' — ' + (n.failureSummary || '').replace(/\\s+/g, ' ').slice(0, 200)).join(' | '));
  })()`)) as string[];
  return result;
}

/** Poll `check` until it returns a truthy value or the deadline passes; the error names what was awaited. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T | null | undefined | false> | T | null | undefined | false,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
    } catch (e) {
      lastError = e;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out after ${timeoutMs} ms waiting for ${what}${lastError ? ` (last error: ${String(lastError)})` : ''}`,
      );
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

export interface StoredCookie {
  name: string;
  value: string;
  domain: string;
  path: string;
  httpOnly: boolean;
  secure: boolean;
  partitionKey?: { topLevelSite: string; hasCrossSiteAncestor: boolean };
}

/** The browser's own store, read over CDP (Storage.getCookies), not through the extension. */
export async function storeCookies(h: Harness): Promise<StoredCookie[]> {
  const { cookies } = (await h.cdp.send('Storage.getCookies')) as { cookies: StoredCookie[] };
  return cookies;
}

export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  // The extension's own pages can ask Chrome which tab has this URL; CDP target ids are not tab ids.
  const probe = await h.browser.newPage();
  await probe.goto(`chrome-extension://${h.extensionId}/src/panel/index.html?tabId=0`);
  const url = page.url();
  const id = await probe.evaluate(async (u: string) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  await probe.close();
  if (id < 0) throw new Error(`no tab found for ${url}`);
  return id;
}

/**
 * What a user does on chrome://extensions to inspect incognito windows: developer mode on (Chrome disables a
 * command-line extension when it reloads otherwise), then "Allow in Incognito". Chrome reloads the extension; this
 * resolves once its new service worker runs.
 */
export async function allowInIncognito(h: Harness): Promise<void> {
  const before = h.browser
    .targets()
    .find((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`));
  const settings = await h.browser.newPage();
  await settings.goto('chrome://extensions/');
  const call = (fn: string, arg: object) =>
    settings.evaluate(
      `new Promise((resolve, reject) => chrome.developerPrivate.${fn}(${JSON.stringify(arg)}, () => chrome.runtime.lastError ? reject(new Error(chrome.runtime.lastError.message)) : resolve()))`,
    );
  await call('updateProfileConfiguration', { inDeveloperMode: true });
  await call('updateExtensionConfiguration', { extensionId: h.extensionId, incognitoAccess: true });
  await h.browser.waitForTarget(
    (t) => t !== before && t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${h.extensionId}/`),
    { timeout: 20_000 },
  );
  await settings.close();
}

/** Opens `url` in a new incognito window (Chrome's own, as Ctrl+Shift+N makes); its tab id and its page. */
export async function openIncognitoTab(h: Harness, url: string): Promise<{ tabId: number; page: Page }> {
  const probe = await h.browser.newPage();
  await probe.goto(`chrome-extension://${h.extensionId}/src/panel/index.html?tabId=0`);
  const known = new Set(h.browser.targets());
  const tabId = (await probe.evaluate(
    `chrome.windows.create({ incognito: true, url: ${JSON.stringify(url)} }).then((w) => w.tabs[0].id)`,
  )) as number;
  await probe.close();
  const target = await h.browser.waitForTarget((t) => !known.has(t) && t.type() === 'page' && t.url().startsWith(url), {
    timeout: 15_000,
  });
  const page = await target.page();
  if (!page) throw new Error(`no incognito page for ${url}`);
  await page.waitForFunction('document.readyState === "complete"');
  return { tabId, page };
}

/** Opens real DevTools for `page`, shows the Cookies panel and returns the panel's frame. */
export async function openCookiesPanel(h: Harness, page: Page): Promise<Frame> {
  return (await showCookiesPanel(h, page)).panel;
}

export interface PanelSize {
  /** DevTools' window size: it is undocked, so the panel gets about this much (a common DevTools width by default). */
  width?: number;
  height?: number;
  /** Runs once DevTools has registered the panel, before it is first shown (its page has not loaded yet). */
  beforeShow?: (devtools: Page) => Promise<void>;
}

/**
 * Opens real DevTools for `page` and shows the Cookies panel: the DevTools page and the panel's frame. DevTools is
 * undocked into a window of the given size, so every run sees the same panel size.
 */
export async function showCookiesPanel(
  h: Harness,
  page: Page,
  { width = 1280, height = 800, beforeShow }: PanelSize = {},
): Promise<{ devtools: Page; panel: Frame }> {
  const dt = await page.openDevTools();
  const panelId = `chrome-extension://${h.extensionId}Cookies`;
  // String expressions: vitest would rewrite import() inside a function (see the e2e recipe).
  const view = `(await import(new URL('ui/legacy/legacy.js', document.baseURI).href)).InspectorView.InspectorView.instance()`;
  const registered = `(async () => ${view}.hasPanel(${JSON.stringify(panelId)}))()`;
  await waitFor('the Cookies panel in DevTools', () => dt.evaluate(registered).catch(() => false), 30_000);
  await beforeShow?.(dt);
  await dt.evaluate(`(async () => { await ${view}.showPanel(${JSON.stringify(panelId)}); })()`);
  const panel = await waitFor('the Cookies panel frame', () =>
    dt.frames().find((f) => f.url().startsWith(`chrome-extension://${h.extensionId}/src/panel/index.html`)),
  );
  await collectPanelConsole(await panelTarget(h, 'frame', panel.url()), 'panel in DevTools');
  await undockDevTools(dt);
  await resizeDevTools(dt, width, height);
  await waitFor(
    `the panel at ${width} px`,
    async () => Math.abs(((await panel.evaluate('innerWidth')) as number) - width) < 40,
  );
  return { devtools: dt, panel };
}

/** The DevTools page of Cookie Lens in an open DevTools (it creates the panel and leaves the page hint). */
export function devtoolsPageFrame(h: Harness, devtools: Page): Promise<Frame> {
  return waitFor('the Cookie Lens DevTools page', () =>
    devtools.frames().find((f) => f.url().startsWith(`chrome-extension://${h.extensionId}/src/devtools/`)),
  );
}

/** Undocks DevTools so its window shows only DevTools (for screenshots). */
export async function undockDevTools(devtools: Page): Promise<void> {
  await devtools.evaluate(`(async () => {
    const UI = await import(new URL('ui/legacy/legacy.js', document.baseURI).href);
    UI.DockController.DockController.instance().setDockSide('undocked');
  })()`);
}

/** Opens the panel page as a normal tab for `tabId` (the test path of the panel). */
export async function openPanelAsTab(
  h: Harness,
  tabId: number,
  beforeLoad?: (page: Page) => Promise<unknown>,
): Promise<Page> {
  const page = await h.browser.newPage();
  await beforeLoad?.(page);
  const url = `chrome-extension://${h.extensionId}/src/panel/index.html?tabId=${tabId}`;
  await page.goto(url);
  await collectPanelConsole(await panelTarget(h, 'page', url), 'panel as a tab');
  return page;
}

/** Names of the rows the panel shows. */
export async function rowNames(panel: Frame | Page): Promise<string[]> {
  return panel.$$eval('[data-testid="cookie-row"]', (rows) => rows.map((r) => r.getAttribute('data-name') ?? ''));
}

export async function waitForRows(panel: Frame | Page, names: string[], timeoutMs = 15_000): Promise<string[]> {
  return waitFor(
    `rows ${names.join(', ')}`,
    async () => {
      const have = await rowNames(panel);
      return names.every((n) => have.includes(n)) ? have : null;
    },
    timeoutMs,
  );
}

/** The selector of a cookie's row in the table. */
export function rowSelector(name: string): string {
  return `[data-testid="cookie-row"][data-name="${name}"]`;
}

/** The element, once it exists (polled with a deadline). */
export function must<T extends Element>(scope: Frame | Page, selector: string): Promise<ElementHandle<T>> {
  return waitFor(`element ${selector}`, () => scope.$(selector)) as Promise<ElementHandle<T>>;
}

/** A CDP cookie reduced to what a restore must keep exactly (expiry to the second). */
export function comparableCookie(c: StoredCookie & { expires?: number; sameSite?: string; session?: boolean }) {
  return {
    name: c.name,
    value: c.value,
    domain: c.domain,
    path: c.path,
    httpOnly: c.httpOnly,
    secure: c.secure,
    sameSite: c.sameSite,
    session: c.session,
    expires: Math.round(c.expires ?? -1),
    partitionKey: c.partitionKey,
  };
}

/** Stops the extension's service worker, as Chrome does when it is idle, and waits until it is gone. */
export async function stopServiceWorker(h: Harness): Promise<void> {
  type Targets = { targetInfos: { targetId: string; type: string; url: string }[] };
  const { targetInfos } = (await h.cdp.send('Target.getTargets')) as Targets;
  const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(h.extensionId));
  if (!worker) throw new Error('the extension has no running service worker');
  await h.cdp.send('Target.closeTarget', { targetId: worker.targetId });
  await waitFor(
    'the worker to stop',
    async () =>
      !((await h.cdp.send('Target.getTargets')) as Targets).targetInfos.some((t) => t.targetId === worker.targetId),
  );
}

export interface DemoSession {
  h: Harness;
  site: DemoSite;
  page: Page;
  panel: Frame;
  close(): Promise<void>;
}

/** The demo site in a fresh browser, its home page loaded, DevTools open on the Cookies panel. */
export async function openDemoInDevTools(): Promise<DemoSession> {
  const site = await startDemoSite();
  const h = await launch();
  const page = await h.browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  const panel = await openCookiesPanel(h, page);
  return {
    h,
    site,
    page,
    panel,
    async close() {
      await h.close();
      await site.close();
    },
  };
}

export interface SeededPanel {
  h: Harness;
  site: DemoSite;
  /** The panel, opened as a tab for the demo site's tab. */
  panel: Page;
  close(): Promise<void>;
}

/**
 * The demo site in a fresh browser with `cookies` set on its host (path /) in the browser's store, through CDP, before
 * the panel opens as a tab for it: a jar the demo site's own pages do not write.
 */
export async function openPanelOnSeededDemo(cookies: { name: string; value: string }[]): Promise<SeededPanel> {
  const site = await startDemoSite();
  const h = await launch();
  const page = await h.browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  const domain = new URL(site.url).hostname;
  await h.cdp.send('Storage.setCookies', { cookies: cookies.map((c) => ({ ...c, domain, path: '/' })) });
  const panel = await openPanelAsTab(h, await tabIdOf(h, page));
  return {
    h,
    site,
    panel,
    async close() {
      await h.close();
      await site.close();
    },
  };
}

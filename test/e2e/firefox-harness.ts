/**
 * Drives the BUILT Firefox add-on (dist-firefox/, or an unpacked archive) in Debian's Firefox ESR with
 * puppeteer-core over WebDriver BiDi (https://pptr.dev/webdriver-bidi, Firefox's Remote Agent). The store's truth is read with
 * chrome-privileged JS (`Services.cookies`), never through the extension.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import puppeteer, { type Browser, type Page } from 'puppeteer-core';

import { GECKO_ID } from '../../scripts/manifests.ts';
import { waitFor } from './harness.ts';

export const DIST_FIREFOX = process.env.COOKIE_LENS_DIST_FIREFOX
  ? resolve(process.env.COOKIE_LENS_DIST_FIREFOX)
  : resolve(import.meta.dirname, '../../dist-firefox');
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned with the `extensions.webextensions.uuids` pref, so moz-extension:// URLs are known before install. */
export const FIREFOX_UUID = '5b8e2c1a-3f4d-4e6a-9b7c-1d2e3f4a5b6c';

interface BiDiConnection {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

export interface FirefoxHarness {
  browser: Browser;
  /** The panel page's URL (append `?tabId=`). */
  panelUrl: string;
  /** Evaluates an expression (a promise is awaited) with chrome privileges in the browser window; returns JSON. */
  chrome<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

export interface FirefoxCookie {
  name: string;
  value: string;
  host: string;
  path: string;
  isHttpOnly: boolean;
  isSecure: boolean;
  isSession: boolean;
  sameSite: number;
  expiry: number;
  userContextId: number;
  privateBrowsingId: number;
  partitionKey: string;
  firstPartyDomain: string;
}

export interface FirefoxLaunchOptions {
  /** An unpacked add-on folder or a .zip archive (default dist-firefox/). */
  source?: string;
  prefs?: Record<string, unknown>;
  /** Install with "Run in Private Windows" allowed (about:addons), so private windows can be inspected. */
  allowPrivate?: boolean;
}

export async function launchFirefox({
  source = DIST_FIREFOX,
  prefs = {},
  allowPrivate = false,
}: FirefoxLaunchOptions = {}): Promise<FirefoxHarness> {
  if (!existsSync(source)) throw new Error(`${source} is missing: run \`npm run build:firefox\` first`);
  if (source === DIST_FIREFOX && !existsSync(join(source, 'manifest.json')))
    throw new Error('dist-firefox/ has no manifest: run `npm run build:firefox`');
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: apt-get install -y firefox-esr`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Navigating a tab to moz-extension:// and chrome-privileged evaluation need system access (recipe).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
      // Firefox's default for third-party cookies under Total Cookie Protection is to partition them, not block.
      'network.cookie.cookieBehavior': 5,
      ...prefs,
    },
    protocolTimeout: 120_000,
  });
  const connection = (browser as unknown as { connection: BiDiConnection }).connection;
  try {
    // A folder installs as a temporary add-on (about:debugging → Load Temporary Add-on); so does an archive, the
    // store's file, through BiDi's `archivePath`.
    const extensionData = { type: source.endsWith('.zip') ? 'archivePath' : 'path', path: source };
    const { result } = await connection.send('webExtension.install', {
      extensionData,
      ...(allowPrivate ? { 'moz:allowPrivateBrowsing': true } : {}),
    });
    const installed = result.extension as string;
    if (installed !== GECKO_ID) throw new Error(`installed ${installed}, expected ${GECKO_ID}`);
  } catch (e) {
    await browser.close().catch(() => undefined);
    throw e;
  }
  const chrome = async <T>(expression: string): Promise<T> => {
    const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
    const context = (tree.result.contexts as { context: string; url: string }[]).find((c) =>
      c.url.startsWith('chrome://browser/'),
    )?.context;
    if (!context) throw new Error('no Firefox browser window');
    const { result } = await connection.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    const r = result as { type: string; result?: { value?: string }; exceptionDetails?: { text?: string } };
    if (r.type !== 'success') throw new Error(`chrome evaluation failed: ${r.exceptionDetails?.text ?? 'unknown'}`);
    const value = r.result?.value;
    return (value === undefined ? undefined : JSON.parse(value)) as T;
  };
  return {
    browser,
    panelUrl: `moz-extension://${FIREFOX_UUID}/src/panel/index.html`,
    chrome,
    async close() {
      await browser.close().catch(() => undefined);
    },
  };
}

/**
 * Firefox sends no load event for extension documents, so `page.goto` would time out: navigate at "interactive"
 * and wait for the document to finish (recipe).
 */
export async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  // puppeteer's BiDi frame exposes its browsing context (not part of the public Frame type).
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: string): Promise<unknown> };
  };
  await frame.browsingContext.navigate(url, 'interactive');
  await page.waitForFunction(
    (u: string) => location.href === u && document.readyState === 'complete',
    { timeout: 30_000 },
    url,
  );
}

/** The WebExtension tab id of `page` (BiDi contexts are not tab ids): asked from an extension page. */
export async function firefoxTabIdOf(fx: FirefoxHarness, page: Page): Promise<number> {
  const probe = await fx.browser.newPage();
  try {
    await gotoExtensionPage(probe, `${fx.panelUrl}?tabId=0`);
    const url = page.url();
    // Match-pattern queries ignore ports: list every tab and compare URLs.
    const id = await probe.evaluate(async (u: string) => {
      const tabs = await (globalThis as unknown as { browser: typeof chrome }).browser.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`no tab found for ${url}`);
    return id;
  } finally {
    await probe.close();
  }
}

/** Opens the panel page as a tab for `tabId`. */
export async function openFirefoxPanelTab(fx: FirefoxHarness, tabId: number): Promise<Page> {
  const page = await fx.browser.newPage();
  // As wide as the Chromium runs' window: a narrower toolbar moves Export/Import into its "More tools" menu.
  await page.setViewport({ width: 1400, height: 900 });
  await gotoExtensionPage(page, `${fx.panelUrl}?tabId=${tabId}`);
  return page;
}

/** Every cookie in Firefox's cookie service (all containers, partitions, private windows), read with chrome privileges. */
export function firefoxCookies(fx: FirefoxHarness): Promise<FirefoxCookie[]> {
  // \`cookies\` lists the normal stores (every container and partition); private windows' cookies are kept apart.
  return fx.chrome<FirefoxCookie[]>(`[
    ...Services.cookies.cookies.filter((c) => c.originAttributes.privateBrowsingId === 0),
    ...Services.cookies.getCookiesWithOriginAttributes(JSON.stringify({ privateBrowsingId: 1 })),
  ].map((c) => ({
    name: c.name, value: c.value, host: c.host, path: c.path, isHttpOnly: c.isHttpOnly, isSecure: c.isSecure,
    isSession: c.isSession, sameSite: c.sameSite, expiry: c.isSession ? -1 : Math.round(c.expiry / (c.expiry > 1e11 ? 1000 : 1)),
    userContextId: c.originAttributes.userContextId, privateBrowsingId: c.originAttributes.privateBrowsingId,
    partitionKey: c.originAttributes.partitionKey, firstPartyDomain: c.originAttributes.firstPartyDomain,
  }))`);
}

/**
 * Stops the add-on's event page, as Firefox does when it idles, and waits until it is gone. A termination asked for
 * while the event page is still busy (a write's journal being stored) can be let pass by Firefox, so it is asked for
 * again until the page is stopped (once, the single request left the page running past a 30 s wait on a busy machine).
 */
export async function stopBackground(fx: FirefoxHarness): Promise<void> {
  const id = JSON.stringify(GECKO_ID);
  const stopped = () =>
    fx.chrome<boolean>(`WebExtensionPolicy.getByID(${id}).extension.backgroundState === 'stopped'`).catch(() => false);
  let lastAsked = 0;
  await waitFor(
    'the background to stop',
    async () => {
      if (await stopped()) return true;
      if (Date.now() - lastAsked < 2_000) return false;
      lastAsked = Date.now();
      await fx
        .chrome(
          `(async () => {
          await WebExtensionPolicy.getByID(${id}).extension.terminateBackground({ ignoreDevToolsAttached: true });
          return true;
        })()`,
        )
        .catch(() => undefined);
      return stopped();
    },
    30_000,
  );
}

const DEVTOOLS = `ChromeUtils.importESModule('resource://devtools/shared/loader/Loader.sys.mjs').require('devtools/client/framework/devtools').gDevTools`;

/** The Cookies panel inside Firefox's toolbox, reached through a frame script in the panel's own process. */
export interface ToolboxPanel {
  /** The panel document's URL and visible text. */
  text(): Promise<string>;
  /** Clicks the first element matching `selector` (as a user would, a real click event); false when there is none. */
  click(selector: string): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens Firefox's real toolbox on `page`'s tab and selects the Cookies panel (chrome-privileged JS, as the recipe
 * says).
 */
export async function openToolboxPanel(fx: FirefoxHarness, page: Page): Promise<ToolboxPanel> {
  const url = page.url();
  await fx.chrome(`(async () => {
    const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(url)});
    if (!tab) throw new Error('no tab for the page');
    gBrowser.selectedTab = tab;
    // Kept: another tab may be selected later (the panel can open one), the toolbox stays with this one.
    window.cookieLensTestTab = tab;
    await ${DEVTOOLS}.showToolboxForTab(tab);
    return true;
  })()`);
  const toolId = await waitFor(
    'the Cookies panel in the toolbox',
    () =>
      fx.chrome<string | null>(`(async () => {
        const toolbox = ${DEVTOOLS}.getToolboxForTab(window.cookieLensTestTab);
        const tool = toolbox?.getAdditionalTools().find((t) => t.label === 'Cookies');
        if (!tool) return null;
        await toolbox.selectTool(tool.id);
        return tool.id;
      })()`),
    30_000,
  );
  /** Runs `body` (a function of the panel's window, as source) in the panel's process and returns its string result. */
  const inPanel = (body: string) => {
    const script = `(() => { let r; try { r = String((${body})(content)); } catch (e) { r = 'ERROR ' + e; } sendAsyncMessage('cookie-lens-test:result', r); })()`;
    return fx.chrome<string>(`(async () => {
      const toolbox = ${DEVTOOLS}.getToolboxForTab(window.cookieLensTestTab);
      const frame = toolbox.doc.getElementById('toolbox-panel-iframe-' + ${JSON.stringify(toolId)});
      const panel = frame?.contentDocument?.querySelector('browser');
      if (!panel) return '';
      return new Promise((resolve) => {
        const mm = panel.messageManager;
        const done = (m) => { mm.removeMessageListener('cookie-lens-test:result', done); resolve(m.data); };
        mm.addMessageListener('cookie-lens-test:result', done);
        mm.loadFrameScript(${JSON.stringify('data:,')} + encodeURIComponent(${JSON.stringify(script)}), false);
        setTimeout(() => resolve(''), 5000);
      });
    })()`);
  };
  return {
    text: () => inPanel('(w) => w.location.href + "\\n" + (w.document.body ? w.document.body.innerText : "")'),
    click: async (selector) =>
      (await inPanel(
        `(w) => { const el = w.document.querySelector(${JSON.stringify(selector)}); if (el) el.click(); return !!el; }`,
      )) === 'true',
    close: () => fx.chrome(`${DEVTOOLS}.closeToolboxForTab(window.cookieLensTestTab)`).then(() => undefined),
  };
}

/** Opens `url` in a new private window (as Ctrl+Shift+P does) and returns its page. */
export async function openPrivatePage(fx: FirefoxHarness, url: string): Promise<Page> {
  const known = new Set(await fx.browser.pages());
  await fx.chrome(`(async () => {
    const win = OpenBrowserWindow({ private: true });
    await new Promise((resolve) => win.addEventListener('load', resolve, { once: true }));
    return true;
  })()`);
  // The window opens on about:privatebrowsing; navigate once that has loaded, so it does not replace the page.
  const page = await waitFor(
    "the private window's tab",
    async () => (await fx.browser.pages()).find((p) => !known.has(p)),
    30_000,
  );
  await page.waitForFunction('document.readyState === "complete"', { timeout: 30_000 });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/**
 * Uncaught errors and unhandled promise rejections of Cookie Lens's own pages (panel, toolbox panel, background), as
 * Firefox's console service recorded them (flags 0 = error, not warning). Left out: "Promise rejected after context
 * unloaded", which Firefox itself logs when a page closes while one of its API calls is still pending (the tests
 * close panels and tabs mid-flight; no code is left to handle anything then).
 */
export async function extensionErrors(fx: FirefoxHarness): Promise<string[]> {
  const all = await fx.chrome<string[]>(`Services.console.getMessageArray()
    .filter((m) => m instanceof Ci.nsIScriptError && m.flags === 0 && (m.sourceName || '').startsWith('moz-extension://${FIREFOX_UUID}/'))
    .map((m) => m.errorMessage + ' (' + m.sourceName + ':' + m.lineNumber + ')')`);
  return all.filter((m) => !m.startsWith('Promise rejected after context unloaded'));
}

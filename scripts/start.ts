/**
 * `npm start`: build the extension, serve the demo site, and open Chromium with Cookie Lens loaded and the Cookies
 * panel shown in DevTools. Without a display it takes a headless screenshot of the panel instead and says how to load
 * the extension by hand.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

import {
  DIST,
  launch,
  openCookiesPanel,
  showCookiesPanel,
  undockDevTools,
  waitFor,
  waitForRows,
} from '../test/e2e/harness.ts';
import { startDemoSite } from '../test/fixtures/demo-site/server.mjs';
import { ensureChromium } from './ensure-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const hasDisplay =
  !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) ||
  process.platform === 'darwin' ||
  process.platform === 'win32';

async function freePortSite() {
  try {
    return await startDemoSite({ port: 8000, widgetPort: 8001 });
  } catch {
    return startDemoSite(); // 8000/8001 busy: any free ports
  }
}

function howToLoad(): string {
  return [
    'Load it in Chrome or Chromium by hand:',
    '  1. open chrome://extensions and switch on "Developer mode";',
    `  2. click "Load unpacked" and choose ${DIST};`,
    '  3. open DevTools (F12) on any page and pick the "Cookies" tab (it may sit behind the » menu).',
  ].join('\n');
}

async function main(): Promise<void> {
  console.log('Building the extension (vite build)…');
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  const site = await freePortSite();
  console.log(`Demo site: ${site.url} (its third-party widget comes from ${site.widgetOrigin})`);
  ensureChromium();

  if (hasDisplay) {
    const h = await launch({ headless: false });
    const page = (await h.browser.pages())[0] ?? (await h.browser.newPage());
    await page.goto(site.url, { waitUntil: 'load' });
    await openCookiesPanel(h, page);
    console.log(
      'Chromium is open on the demo site with DevTools showing the Cookies panel. Close the browser to stop.',
    );
    console.log(howToLoad());
    h.browser.on('disconnected', () => void site.close().then(() => process.exit(0)));
    return;
  }

  const h = await launch({ headless: true });
  try {
    const page = await h.browser.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    const { devtools: dt, panel } = await showCookiesPanel(h, page);
    await waitForRows(panel, ['sessionid', 'shop_session', '__Host-widget_prefs']);
    await undockDevTools(dt);
    await dt.setViewport({ width: 1280, height: 560 });
    // Show the signed Django session explained: the lesson the demo is about.
    await (await panel.$('[data-testid="cookie-row"][data-name="shop_session"]'))?.click();
    await waitFor('the explain pane', () => panel.$('[data-testid="layers"]'), 15_000);
    const shot = resolve(root, 'artifacts/panel-in-devtools.png');
    mkdirSync(resolve(root, 'artifacts'), { recursive: true });
    await dt.screenshot({ path: shot });
    console.log(
      `No display here: took a headless screenshot of the Cookies panel in DevTools on the demo site:\n  ${shot}`,
    );
  } finally {
    await h.close();
  }
  console.log(`The built extension is in ${DIST}.`);
  console.log(howToLoad());
  if (process.stdin.isTTY) {
    console.log(`The demo site keeps running at ${site.url} — press Ctrl+C to stop.`);
  } else {
    await site.close();
  }
}

main().catch((e: Error) => {
  console.error(`npm start failed: ${e.message}`);
  process.exit(1);
});

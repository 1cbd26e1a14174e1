/**
 * The store archives `npm run package` writes: each is unpacked (Chrome) or installed as it is (Firefox) and runs in
 * its real browser on the demo site; both manifests carry package.json's version and the icons both stores ask for
 * (Chrome Web Store: 128 px plus 16/32/48 for the toolbar and extensions page; AMO: 48 and 96 px).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import pkg from '../../package.json' with { type: 'json' };
import { archiveNames } from '../../scripts/package.ts';
import { type DemoSite, startDemoSite } from '../fixtures/demo-site/server.mjs';
import { firefoxTabIdOf, launchFirefox, openFirefoxPanelTab } from './firefox-harness.ts';
import { launch, openPanelAsTab, tabIdOf, waitForRows } from './harness.ts';

const root = resolve(import.meta.dirname, '../..');
const names = archiveNames(pkg.version);
const archive = (name: string) => join(root, 'artifacts', name);
const STORE_ICON_SIZES = ['16', '32', '48', '96', '128'];

let site: DemoSite;
const cleanup: string[] = [];

function unpack(zip: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-package-'));
  cleanup.push(dir);
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    if (name.endsWith('/')) continue;
    const out = join(dir, name);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, data);
  }
  return dir;
}

/** Width and height from a PNG's IHDR chunk (PNG spec §11.2.2). */
function pngSize(bytes: Uint8Array): [number, number] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return [view.getUint32(16), view.getUint32(20)];
}

function checkManifest(dir: string): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
    version: string;
    icons: Record<string, string>;
  };
  expect(manifest.version).toBe(pkg.version);
  expect(Object.keys(manifest.icons)).toEqual(STORE_ICON_SIZES);
  for (const [size, path] of Object.entries(manifest.icons))
    expect(pngSize(readFileSync(join(dir, path)))).toEqual([Number(size), Number(size)]);
  return manifest;
}

beforeAll(() => {
  // NODE_ENV=production: vitest sets "test", and the rebuilt dist/ (which later e2e files and the bench load) would
  // otherwise be a test build of Preact, not what the stores get.
  execFileSync('npm', ['run', '--silent', 'package'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    timeout: 600_000,
    env: { ...process.env, NODE_ENV: 'production' },
  });
}, 660_000);

beforeAll(async () => {
  site = await startDemoSite();
});

afterAll(async () => {
  await site?.close();
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('npm run package', () => {
  test('the Chrome archive, unpacked, runs in Chromium', async () => {
    const dir = unpack(archive(names.chrome));
    const manifest = checkManifest(dir);
    expect(manifest.background).toEqual({ service_worker: 'service-worker-loader.js', type: 'module' });
    const h = await launch({ dist: dir });
    try {
      const page = await h.browser.newPage();
      await page.goto(site.url, { waitUntil: 'load' });
      const panel = await openPanelAsTab(h, await tabIdOf(h, page));
      await waitForRows(panel, ['sessionid', 'csrftoken'], 30_000);
    } finally {
      await h.close();
    }
  });

  test('the Firefox archive installs as it is and runs in Firefox', async () => {
    const manifest = checkManifest(unpack(archive(names.firefox)));
    expect(manifest.background).toEqual({ scripts: ['service-worker-loader.js'], type: 'module' });
    const fx = await launchFirefox({ source: archive(names.firefox) });
    try {
      const page = await fx.browser.newPage();
      await page.goto(site.url, { waitUntil: 'load' });
      const panel = await openFirefoxPanelTab(fx, await firefoxTabIdOf(fx, page));
      await waitForRows(panel, ['sessionid', 'csrftoken'], 30_000);
    } finally {
      await fx.close();
    }
  });

  test('the source archive holds what rebuilds the add-on (AMO asks for it with bundled code)', () => {
    const files = Object.keys(unzipSync(readFileSync(archive(names.source))));
    for (const f of [
      'package.json',
      'package-lock.json',
      'manifest.json',
      'vite.config.ts',
      'scripts/manifests.ts',
      'src/panel/main.tsx',
      'PRIVACY.md',
      'README.md',
    ])
      expect(files).toContain(f);
    expect(files.some((f) => f.startsWith('node_modules/') || f.startsWith('dist'))).toBe(false);
  });
});

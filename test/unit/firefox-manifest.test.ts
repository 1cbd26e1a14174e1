import { describe, expect, test } from 'vitest';

import manifest from '../../manifest.json' with { type: 'json' };
import pkg from '../../package.json' with { type: 'json' };
import { chromeManifest, firefoxManifest, GECKO_ID } from '../../scripts/manifests.ts';

describe('store manifests derived from manifest.json', () => {
  test("both carry package.json's version, the same permissions, pages and icons", () => {
    const chrome = chromeManifest();
    const firefox = firefoxManifest();
    expect(chrome.version).toBe(pkg.version);
    expect(firefox.version).toBe(pkg.version);
    for (const key of [
      'name',
      'description',
      'devtools_page',
      'permissions',
      'host_permissions',
      'content_security_policy',
      'icons',
    ] as const) {
      expect(firefox[key]).toEqual(manifest[key]);
    }
  });

  test('Chrome keeps its service worker and minimum version', () => {
    expect(chromeManifest().background).toEqual(manifest.background);
    expect(chromeManifest().minimum_chrome_version).toBe(manifest.minimum_chrome_version);
  });

  test('Firefox: event-page scripts, an add-on id, a minimum version data_collection_permissions needs, no Chrome-only keys', () => {
    const firefox = firefoxManifest() as Record<string, unknown> & ReturnType<typeof firefoxManifest>;
    expect(firefox.background).toEqual({ scripts: [manifest.background.service_worker], type: 'module' });
    expect('service_worker' in firefox.background).toBe(false);
    expect('minimum_chrome_version' in firefox).toBe(false);
    const gecko = firefox.browser_specific_settings.gecko;
    expect(gecko.id).toBe(GECKO_ID);
    // AMO's add-on id format: an e-mail-like string or a GUID in braces.
    expect(gecko.id).toMatch(/^[a-zA-Z0-9-._]*@[a-zA-Z0-9-._]+$/);
    // data_collection_permissions is understood from Firefox 140 (Android 142).
    expect(Number.parseFloat(gecko.strict_min_version)).toBeGreaterThanOrEqual(140);
    expect(
      Number.parseFloat(firefox.browser_specific_settings.gecko_android.strict_min_version),
    ).toBeGreaterThanOrEqual(142);
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  test('the icons both stores ask for are declared (Chrome 16/32/48/128, Firefox 48/96)', () => {
    expect(Object.keys(manifest.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '96', '128']));
  });
});

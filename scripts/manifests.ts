/**
 * The two store manifests, both derived from manifest.json with the version from package.json (one version to bump).
 * Firefox differences (MDN "manifest.json" pages; extensionworkshop.com "Firefox built-in consent for data collection"):
 * - MV3 background in Firefox is an event page: `background.scripts`, not `service_worker`.
 * - `browser_specific_settings.gecko.id` is required for MV3 add-ons; `data_collection_permissions` needs
 *   `strict_min_version` 140 or later (142 on Android, hence `gecko_android`).
 * - `minimum_chrome_version` means nothing to Firefox.
 */
import manifest from '../manifest.json' with { type: 'json' };
import pkg from '../package.json' with { type: 'json' };

export const GECKO_ID = 'cookie-lens@cookie-lens';
export const FIREFOX_MIN_VERSION = '140.0';

type Manifest = typeof manifest;

export function chromeManifest(): Manifest {
  return { ...manifest, version: pkg.version };
}

export function firefoxManifest() {
  const { minimum_chrome_version: _chromeOnly, background, ...rest } = chromeManifest();
  void _chromeOnly;
  return {
    ...rest,
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: FIREFOX_MIN_VERSION,
        // Cookie Lens collects nothing: every cookie stays in the browser (PRIVACY.md).
        data_collection_permissions: { required: ['none'] },
      },
      gecko_android: { strict_min_version: '142.0' },
    },
  };
}

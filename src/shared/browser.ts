/**
 * The one seam to the WebExtension API: the only module that imports webextension-polyfill (lint enforces it).
 * Everything else imports `browser` from here, so tests can see exactly which browser surface the code uses.
 */
import browser from 'webextension-polyfill';

export type { Cookies, Runtime, WebNavigation } from 'webextension-polyfill';
export { browser };

/** Firefox serves extension pages from moz-extension:// (Chrome from chrome-extension://). */
export function isFirefox(): boolean {
  return browser.runtime.getURL('/').startsWith('moz-extension:');
}

/** The browser's name, for messages that tell the user what the browser said or needs. */
export function browserName(): 'Firefox' | 'Chrome' {
  return isFirefox() ? 'Firefox' : 'Chrome';
}

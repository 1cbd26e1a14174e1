/**
 * The one seam to the WebExtension API: the only module that imports webextension-polyfill (lint enforces it).
 * Everything else imports `browser` from here, so tests can see exactly which browser surface the code uses.
 */
import browser from 'webextension-polyfill';

export type { Cookies, Runtime, WebNavigation } from 'webextension-polyfill';
export { browser };

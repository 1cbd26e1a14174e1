/** The handlers' context in the extension: the real browser, `storage.session`, the clock. */
import { browser, browserName } from '../shared/browser.ts';
import { browserCookieApi, readAllCookies, readCookiesOfSites, storeIdForTab } from '../shared/cookies.ts';
import { type BackgroundContext, createTabLocks } from './context.ts';
import { sessionIntentStore, sessionJournals } from './session-store.ts';

export const browserContext: BackgroundContext = {
  cookies: browserCookieApi,
  intents: sessionIntentStore,
  journals: sessionJournals,
  locks: createTabLocks(),
  now: Date.now,
  browserName,
  warn: (message) => console.warn(message),
  lookups: {
    storeIdForTab,
    readAllCookies,
    readCookiesOfSites,
    async frames(tabId) {
      return (await browser.webNavigation.getAllFrames({ tabId })) ?? [];
    },
    hasOrigins(origins) {
      return browser.permissions.contains({ origins });
    },
    async openExtensionTab(path) {
      return (await browser.tabs.create({ url: browser.runtime.getURL(path) })).id;
    },
  },
};

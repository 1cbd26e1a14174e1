/**
 * The background (Chrome's service worker, Firefox's event page): wires listeners to their handlers, nothing else. Listeners are registered synchronously at
 * the top level so a stopped worker is woken by the events it needs.
 */
import '../core/cookie/public-suffix-list.ts';

import { browser } from '../shared/browser.ts';
import { toCookie } from '../shared/cookies.ts';
import type { CookieChange } from '../shared/protocol.ts';
import { browserContext } from './browser-context.ts';
import { recoverOnStart } from './journaled-write.ts';
import { acceptPanel, fanOutAccessChange, fanOutCookieChange, fanOutNavigation } from './ports.ts';
import { requestListener } from './requests.ts';

browser.runtime.onConnect.addListener(acceptPanel);

browser.runtime.onMessage.addListener(requestListener(browserContext));

browser.cookies.onChanged.addListener((info) =>
  fanOutCookieChange({ ...info, cookie: toCookie(info.cookie) } as CookieChange),
);

browser.webNavigation.onCommitted.addListener((details) => {
  fanOutNavigation(details.tabId, details.frameId, details.url);
});

browser.permissions.onAdded.addListener(fanOutAccessChange);
browser.permissions.onRemoved.addListener(fanOutAccessChange);

// A write a stopped worker left half-done is finished or rolled back before any new write runs.
void recoverOnStart(browserContext);

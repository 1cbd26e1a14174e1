// The DevTools page creates the "Cookies" panel, and keeps a hint of the inspected page for the panel's first read
// (page-hints.ts). Firefox gives DevTools pages neither `webNavigation` nor `cookies`: there it only creates the panel.
import { browser } from '../shared/browser.ts';
import { storeIdForTab } from '../shared/cookies.ts';
import { PANEL_PAGE } from '../shared/protocol.ts';
import { readTabFrames } from '../shared/tab-frames.ts';
import { publishPageHints } from './page-hints.ts';

void browser.devtools.panels.create('Cookies', '/icons/icon-16.png', PANEL_PAGE);

if (
  typeof browser.webNavigation?.getAllFrames === 'function' &&
  typeof browser.cookies?.getAllCookieStores === 'function' &&
  typeof sessionStorage !== 'undefined'
) {
  void publishPageHints({
    tabId: browser.devtools.inspectedWindow.tabId,
    readFrames: readTabFrames,
    readStore: storeIdForTab,
    onNavigated: (listener) => browser.devtools.network.onNavigated.addListener(listener),
    storage: sessionStorage,
  });
}

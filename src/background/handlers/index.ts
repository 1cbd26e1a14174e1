/** The registry of requests a panel can make. The protocol's types are derived from it. */
import { deleteCookiesHandler } from './delete-cookies.ts';
import { historyStateHandler, redoHandler, undoHandler } from './history.ts';
import { importCookiesHandler } from './import-cookies.ts';
import { cookieStoreHandler, frameUrlsHandler, hostAccessHandler, openAccessPageHandler, readCookiesHandler } from './inspect.ts';
import { writeCookieHandler } from './write-cookie.ts';

export const handlers = {
  writeCookie: writeCookieHandler,
  deleteCookies: deleteCookiesHandler,
  undo: undoHandler,
  redo: redoHandler,
  historyState: historyStateHandler,
  importCookies: importCookiesHandler,
  // Reads for Firefox's toolbox panel, which has no cookies/tabs/webNavigation/permissions API of its own.
  cookieStore: cookieStoreHandler,
  readCookies: readCookiesHandler,
  frameUrls: frameUrlsHandler,
  hostAccess: hostAccessHandler,
  openAccessPage: openAccessPageHandler,
};

export type Handlers = typeof handlers;

/** The registry of requests a panel can make. The protocol's types are derived from it. */
import { deleteCookiesHandler } from './delete-cookies.ts';
import { historyStateHandler, redoHandler, undoHandler } from './history.ts';
import { importCookiesHandler } from './import-cookies.ts';
import { writeCookieHandler } from './write-cookie.ts';

export const handlers = {
  writeCookie: writeCookieHandler,
  deleteCookies: deleteCookiesHandler,
  undo: undoHandler,
  redo: redoHandler,
  historyState: historyStateHandler,
  importCookies: importCookiesHandler,
};

export type Handlers = typeof handlers;

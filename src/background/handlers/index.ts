/** The registry of requests a panel can make, checked against the protocol's contracts (src/shared/protocol.ts). */
import type { Handlers } from '../../shared/protocol.ts';
import type { BackgroundContext } from '../context.ts';
import { deleteCookiesHandler } from './delete-cookies.ts';
import { historyStateHandler, redoHandler, undoHandler } from './history.ts';
import { importCookiesHandler } from './import-cookies.ts';
import {
  cookieStoreHandler,
  frameUrlsHandler,
  hostAccessHandler,
  openAccessPageHandler,
  readCookiesHandler,
} from './inspect.ts';
import { writeCookieHandler } from './write-cookie.ts';

export function createHandlers(ctx: BackgroundContext) {
  return {
    writeCookie: (req) => writeCookieHandler(ctx, req),
    deleteCookies: (req) => deleteCookiesHandler(ctx, req),
    undo: (req) => undoHandler(ctx, req),
    redo: (req) => redoHandler(ctx, req),
    historyState: (req) => historyStateHandler(ctx, req),
    importCookies: (req) => importCookiesHandler(ctx, req),
    // Reads for Firefox's toolbox panel, which has no cookies/tabs/webNavigation/permissions API of its own.
    cookieStore: (req) => cookieStoreHandler(ctx, req),
    readCookies: (req) => readCookiesHandler(ctx, req),
    frameUrls: (req) => frameUrlsHandler(ctx, req),
    hostAccess: (req) => hostAccessHandler(ctx, req),
    openAccessPage: (req) => openAccessPageHandler(ctx, req),
  } satisfies Handlers;
}

/**
 * The typed messages between a panel and the background service worker. One long-lived port per panel, named
 * PANEL_PORT; the panel says which inspected tab it serves in its first message. Errors travel as data.
 */
import type { Cookie } from '../core/cookie/model.ts';
import type { CookieChange as CoreCookieChange } from '../core/history/timeline.ts';
import type { CookieDraft } from '../core/write/draft.ts';
import type { FieldIssue } from '../core/write/validate.ts';

export const PANEL_PORT = 'cookie-lens-panel';

/** The panel page, as the manifest's DevTools page creates it (and tests open it as a tab with `?tabId=`). */
export const PANEL_PAGE = '/src/panel/index.html';

/** A `cookies.onChanged` event, marked when Cookie Lens itself made the change. */
export interface CookieChange extends CoreCookieChange {
  byPanel?: boolean;
}

/** What Undo and Redo would do next, by label (null: nothing to undo, or to redo). */
export interface HistoryState {
  undo: string | null;
  redo: string | null;
}

/** The answer to a read: the value, or why there is none. */
export type ReadResponse<T> = { ok: true; value: T } | { ok: false; error: string };

/** Why a write did not happen: `error` in words for the user, `kind` for what the panel does next. */
export type WriteRefusal =
  /** The request was not a valid write (an edit's field issues, or an import that is not a list of cookies). */
  | { ok: false; kind: 'invalid'; error: string; errors?: FieldIssue[] }
  /** The site changed what the write would overwrite since the panel read it; sent again with `force`, it goes ahead. */
  | { ok: false; kind: 'conflict'; error: string; current?: Cookie | null }
  /** Undo or redo with nothing to undo or redo. */
  | { ok: false; kind: 'empty'; error: string }
  /** The browser refused or failed a call; `restored` when every cookie was put back exactly as it was. */
  | { ok: false; kind: 'failed'; error: string; restored: boolean };

/** A write that was made: `label` names it (the status line), `undoable` when it recorded a step Undo reverts. */
export interface WriteDone {
  ok: true;
  label: string;
  undoable: boolean;
}

/**
 * The one answer shape of every write request (write, delete, import, undo, redo), `Detail` being what the write
 * adds to a success. Every answer carries the tab's undo/redo state after the request, so the panel never asks again.
 */
export type WriteResponse<Detail extends object = object> = ((WriteDone & Detail) | WriteRefusal) & {
  history: HistoryState;
};

/** A request no handler answered: refused (not from Cookie Lens), unreachable (the worker was stopping), or it threw. */
export interface RequestFailure {
  ok: false;
  kind: 'refused' | 'unreachable' | 'threw';
  error: string;
}

export interface TabRequest {
  tabId: number;
}

export interface WriteCookieRequest extends TabRequest {
  pageUrl: string;
  /** The cookie as the editor opened it; absent when adding. */
  original?: Cookie;
  draft: CookieDraft;
  /** The user confirmed overwriting a cookie the site changed meanwhile. */
  force?: boolean;
}

export interface DeleteCookiesRequest extends TabRequest {
  cookies: Cookie[];
}

export interface ImportCookiesRequest extends TabRequest {
  /** The cookies to create or overwrite, exactly as they should be stored. */
  cookies: Cookie[];
}

export interface ReplayRequest extends TabRequest {
  /** Replay even though the site changed a cookie since the step was made. */
  force?: boolean;
}

/** `sites: null` reads the whole store (the "All sites" scope). */
export interface ReadCookiesRequest {
  storeId: string;
  sites: string[] | null;
}

/**
 * Every request a panel can make with `runtime.sendMessage`: its payload and its answer. The background's handler
 * registry is checked against this map (`satisfies Handlers`); the panel's `request` is typed by it.
 */
export interface Contracts {
  writeCookie: { request: WriteCookieRequest; response: WriteResponse<{ cookie: Cookie | null }> };
  deleteCookies: { request: DeleteCookiesRequest; response: WriteResponse<{ removed: number }> };
  importCookies: { request: ImportCookiesRequest; response: WriteResponse<{ created: number; overwritten: number }> };
  undo: { request: ReplayRequest; response: WriteResponse };
  redo: { request: ReplayRequest; response: WriteResponse };
  /** The undo/redo state when a panel opens (every write answer carries it afterwards). */
  historyState: { request: TabRequest; response: ReadResponse<HistoryState> };
  // Reads for Firefox's toolbox panel, which has no cookies/tabs/webNavigation/permissions API of its own.
  cookieStore: { request: TabRequest; response: ReadResponse<string> };
  readCookies: { request: ReadCookiesRequest; response: ReadResponse<Cookie[]> };
  /** The tab's top document and the URLs of all its frames. */
  frameUrls: { request: TabRequest; response: ReadResponse<{ pageUrl: string; urls: string[] }> };
  /** Whether the extension may read this page's cookies. */
  hostAccess: { request: { url: string }; response: ReadResponse<boolean> };
  /** Opens the panel as a tab (where the user can grant host access again); the new tab's id. */
  openAccessPage: { request: TabRequest; response: ReadResponse<number> };
}

export type RequestKind = keyof Contracts;
export type RequestPayload<K extends RequestKind> = Contracts[K]['request'];
export type ResponseOf<K extends RequestKind> = Contracts[K]['response'];

/** What answers the requests: one handler per kind, taking its payload, resolving to its answer. */
export type Handlers = { [K in RequestKind]: (payload: RequestPayload<K>) => Promise<ResponseOf<K>> };

export const REQUEST_KINDS = [
  'writeCookie',
  'deleteCookies',
  'undo',
  'redo',
  'historyState',
  'importCookies',
  'cookieStore',
  'readCookies',
  'frameUrls',
  'hostAccess',
  'openAccessPage',
] as const satisfies readonly RequestKind[];
// Every contract has its kind listed (a compile error otherwise).
const _allKindsListed: RequestKind extends (typeof REQUEST_KINDS)[number] ? true : never = true;
void _allKindsListed;

export interface RequestEnvelope {
  channel: 'cookie-lens';
  kind: RequestKind;
  payload: unknown;
}

export function isRequest(m: unknown): m is RequestEnvelope {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Partial<RequestEnvelope>;
  return (
    r.channel === 'cookie-lens' &&
    (REQUEST_KINDS as readonly string[]).includes(r.kind as string) &&
    typeof r.payload === 'object'
  );
}

/** Panel → background. */
export type PanelMessage =
  | { type: 'hello'; tabId: number }
  /** Keeps the worker alive while the panel is open (a message resets the worker's idle timer). */
  | { type: 'ping' };

/** Background → panel. */
export type BackgroundMessage =
  | { type: 'ready'; tabId: number; storeId: string }
  | { type: 'changes'; changes: CookieChange[] }
  /** The inspected tab's top frame committed a new document. */
  | { type: 'navigated'; url: string }
  /** A subframe of the inspected tab committed a document: its URL joins the page's URL set. */
  | { type: 'frame'; url: string }
  /** Host permissions were granted or revoked: what the extension may read changed, so re-read. */
  | { type: 'access' };

export function isPanelMessage(m: unknown): m is PanelMessage {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'ping') return true;
  return t === 'hello' && Number.isInteger((m as { tabId?: unknown }).tabId);
}

export function isBackgroundMessage(m: unknown): m is BackgroundMessage {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  return t === 'ready' || t === 'changes' || t === 'navigated' || t === 'frame' || t === 'access';
}

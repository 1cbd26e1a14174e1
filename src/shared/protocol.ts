/**
 * The typed messages between a panel and the background service worker. One long-lived port per panel, named
 * PANEL_PORT; the panel says which inspected tab it serves in its first message. Errors travel as data.
 */
import type { Handlers } from '../background/handlers/index.ts';
import type { CookieChange as CoreCookieChange } from '../core/history/timeline.ts';

export const PANEL_PORT = 'cookie-lens-panel';

/** The panel page, as the manifest's DevTools page creates it (and tests open it as a tab with `?tabId=`). */
export const PANEL_PAGE = '/src/panel/index.html';

/** A `cookies.onChanged` event, marked when Cookie Lens itself made the change. */
export interface CookieChange extends CoreCookieChange {
  byPanel?: boolean;
}

/** Requests the panel makes with `runtime.sendMessage`; answered by the background's handler registry. */
export type RequestKind = keyof Handlers;
export type RequestPayload<K extends RequestKind> = Parameters<Handlers[K]>[0];
export type ResponseOf<K extends RequestKind> = Awaited<ReturnType<Handlers[K]>>;

export const REQUEST_KINDS = [
  'writeCookie', 'deleteCookies', 'undo', 'redo', 'historyState', 'importCookies',
  'cookieStore', 'readCookies', 'frameUrls', 'hostAccess', 'openAccessPage',
] as const satisfies readonly RequestKind[];
// Every handler has its kind listed (a compile error otherwise).
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
  return r.channel === 'cookie-lens' && (REQUEST_KINDS as readonly string[]).includes(r.kind as string) && typeof r.payload === 'object';
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

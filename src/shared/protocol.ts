/**
 * The typed messages between a panel and the background service worker. One long-lived port per panel, named
 * PANEL_PORT; the panel says which inspected tab it serves in its first message. Errors travel as data.
 */
import type { Cookie } from '../core/types.ts';

export const PANEL_PORT = 'cookie-lens-panel';

export type ChangeCause = 'explicit' | 'overwrite' | 'expired' | 'expired_overwrite' | 'evicted';

export interface CookieChange {
  removed: boolean;
  cookie: Cookie;
  cause: ChangeCause;
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
  | { type: 'frame'; url: string };

export function isPanelMessage(m: unknown): m is PanelMessage {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  if (t === 'ping') return true;
  return t === 'hello' && Number.isInteger((m as { tabId?: unknown }).tabId);
}

export function isBackgroundMessage(m: unknown): m is BackgroundMessage {
  if (typeof m !== 'object' || m === null) return false;
  const t = (m as { type?: unknown }).type;
  return t === 'ready' || t === 'changes' || t === 'navigated' || t === 'frame';
}

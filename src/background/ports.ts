/**
 * Panel connections keyed by inspected tab id, and the fan-out of cookie changes and navigations to them.
 * The registry lives in memory only: when Chrome stops the worker, every port disconnects, the panels reconnect
 * (which restarts the worker) and re-read, so no change is missed.
 */
import { browser, type Runtime } from '../shared/browser.ts';
import { storeIdForTab } from '../shared/cookies.ts';
import { type BackgroundMessage, type CookieChange, isPanelMessage, PANEL_PORT } from '../shared/protocol.ts';
import { isPendingWrite } from './pending-writes.ts';

interface PanelConnection {
  port: Runtime.Port;
  tabId: number;
  storeId: string;
  /** Changes waiting for the end of the current coalescing window (see COALESCE_MS). */
  waiting: CookieChange[];
  /** The open coalescing window's timer: set from a post of changes until COALESCE_MS after the last one. */
  window: ReturnType<typeof setTimeout> | undefined;
}

/**
 * Cookie changes go to a panel in one message per COALESCE_MS at most. A lone change is posted at once (no added
 * latency); the changes that follow it within the window wait for its end and go together. Every message is a task
 * in the panel: a site writing 1,000 cookies a second (2,000 events, an overwrite is a removal and a set) made
 * 2,000 tasks a second, most of a slow machine's panel. Coalesced, it is about 60.
 */
export const COALESCE_MS = 16;

const panels = new Map<Runtime.Port, PanelConnection>();

/** Only our own extension pages may connect (the panel runs as an extension page inside DevTools). */
export function isTrustedSender(port: Runtime.Port): boolean {
  const sender = port.sender;
  if (!sender || sender.id !== browser.runtime.id) return false;
  const origin = new URL(browser.runtime.getURL('/')).origin;
  return typeof sender.url === 'string' && sender.url.startsWith(`${origin}/`);
}

export function acceptPanel(port: Runtime.Port): void {
  if (port.name !== PANEL_PORT) return;
  if (!isTrustedSender(port)) {
    port.disconnect();
    return;
  }
  port.onMessage.addListener(async (message: unknown) => {
    if (!isPanelMessage(message) || message.type !== 'hello') return;
    const storeId = await storeIdForTab(message.tabId);
    panels.set(port, { port, tabId: message.tabId, storeId, waiting: [], window: undefined });
    post(port, { type: 'ready', tabId: message.tabId, storeId });
  });
  port.onDisconnect.addListener(() => {
    const panel = panels.get(port);
    if (panel) clearTimeout(panel.window);
    panels.delete(port);
  });
}

function post(port: Runtime.Port, message: BackgroundMessage): void {
  try {
    port.postMessage(message);
  } catch {
    panels.delete(port); // the panel went away between the event and the post
  }
}

/** Posts `changes` now and opens a coalescing window: changes arriving in it wait for its end. */
function postChanges(panel: PanelConnection, changes: CookieChange[]): void {
  post(panel.port, { type: 'changes', changes });
  panel.window = setTimeout(() => {
    panel.window = undefined;
    const waiting = panel.waiting.splice(0);
    if (waiting.length > 0 && panels.has(panel.port)) postChanges(panel, waiting);
  }, COALESCE_MS);
}

/** Posts the changes waiting in the window now: a message about something else must not overtake them. */
function flushChanges(panel: PanelConnection): void {
  const waiting = panel.waiting.splice(0);
  if (waiting.length > 0) post(panel.port, { type: 'changes', changes: waiting });
}

export function fanOutCookieChange(change: CookieChange): void {
  if (panels.size === 0) return;
  if (isPendingWrite(change.cookie)) change = { ...change, byPanel: true };
  for (const panel of panels.values()) {
    if (panel.storeId !== change.cookie.storeId) continue;
    if (panel.window === undefined) postChanges(panel, [change]);
    else panel.waiting.push(change);
  }
}

export function fanOutNavigation(tabId: number, frameId: number, url: string): void {
  for (const panel of panels.values()) {
    if (panel.tabId !== tabId) continue;
    flushChanges(panel);
    post(panel.port, frameId === 0 ? { type: 'navigated', url } : { type: 'frame', url });
  }
}

/** Host access changed (granted again, or revoked): every panel re-reads. */
export function fanOutAccessChange(): void {
  for (const panel of panels.values()) {
    flushChanges(panel);
    post(panel.port, { type: 'access' });
  }
}

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
}

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
    panels.set(port, { port, tabId: message.tabId, storeId });
    post(port, { type: 'ready', tabId: message.tabId, storeId });
  });
  port.onDisconnect.addListener(() => panels.delete(port));
}

function post(port: Runtime.Port, message: BackgroundMessage): void {
  try {
    port.postMessage(message);
  } catch {
    panels.delete(port); // the panel went away between the event and the post
  }
}

export function fanOutCookieChange(change: CookieChange): void {
  if (panels.size === 0) return;
  if (isPendingWrite(change.cookie)) change = { ...change, byPanel: true };
  for (const panel of panels.values()) {
    if (panel.storeId === change.cookie.storeId) post(panel.port, { type: 'changes', changes: [change] });
  }
}

export function fanOutNavigation(tabId: number, frameId: number, url: string): void {
  for (const panel of panels.values()) {
    if (panel.tabId !== tabId) continue;
    post(panel.port, frameId === 0 ? { type: 'navigated', url } : { type: 'frame', url });
  }
}

/** Host access changed (granted again, or revoked): every panel re-reads. */
export function fanOutAccessChange(): void {
  for (const panel of panels.values()) post(panel.port, { type: 'access' });
}

/**
 * The panel's port to the background: says which tab it serves, receives cookie changes and navigations, keeps the
 * worker awake while open, and reconnects when Chrome stops the worker. After a reconnect the caller re-reads,
 * because changes may have happened while no worker was listening.
 */
import { browser, type Runtime } from '../../shared/browser.ts';
import { isBackgroundMessage, PANEL_PORT } from '../../shared/protocol.ts';
import type { ConnectionHandlers } from '../store/deps.ts';

const KEEPALIVE_MS = 20_000;

export function connectToBackground(tabId: number, handlers: ConnectionHandlers): () => void {
  let port: Runtime.Port | null = null;
  let connections = 0;
  let closed = false;
  let retryDelay = 50;

  const connect = () => {
    if (closed) return;
    const p = browser.runtime.connect({ name: PANEL_PORT });
    port = p;
    const attempt = connections++;
    p.onMessage.addListener((m: unknown) => {
      if (!isBackgroundMessage(m)) return;
      if (m.type === 'ready') {
        retryDelay = 50;
        handlers.onReady(m.storeId, attempt > 0);
      } else handlers.onMessage(m);
    });
    p.onDisconnect.addListener(() => {
      port = null;
      if (closed) return;
      setTimeout(connect, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 2000);
    });
    p.postMessage({ type: 'hello', tabId });
  };

  connect();
  const keepalive = setInterval(() => {
    try {
      port?.postMessage({ type: 'ping' });
    } catch {
      /* disconnected: onDisconnect reconnects */
    }
  }, KEEPALIVE_MS);

  return () => {
    closed = true;
    clearInterval(keepalive);
    port?.disconnect();
  };
}

/** Answers the panel's requests (runtime messages) from the handler registry; only our own pages are served. */
import { browser, type Runtime } from '../shared/browser.ts';
import { isRequest, type RequestEnvelope } from '../shared/protocol.ts';
import { handlers } from './handlers/index.ts';

export function isOwnExtensionPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(new URL(browser.runtime.getURL('/')).origin + '/');
}

export function handleRequest(message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined {
  if (!isRequest(message)) return undefined;
  if (!isOwnExtensionPage(sender)) return Promise.resolve({ ok: false, error: 'Request refused: it did not come from Cookie Lens.' });
  return dispatch(message).catch((e: unknown) => ({ ok: false, kind: 'failed', error: `Cookie Lens failed: ${(e as Error)?.message ?? String(e)}`, restored: false }));
}

function dispatch(message: RequestEnvelope): Promise<unknown> {
  const handler = handlers[message.kind] as (payload: unknown) => Promise<unknown>;
  return handler(message.payload);
}

/** Answers the panel's requests (runtime messages) from the handler registry; only our own pages are served. */
import { browser, type Runtime } from '../shared/browser.ts';
import { isRequest, type RequestEnvelope, type RequestFailure } from '../shared/protocol.ts';
import type { BackgroundContext } from './context.ts';
import { createHandlers } from './handlers/index.ts';

export function isOwnExtensionPage(sender: Runtime.MessageSender): boolean {
  if (sender.id !== browser.runtime.id || typeof sender.url !== 'string') return false;
  return sender.url.startsWith(new URL(browser.runtime.getURL('/')).origin + '/');
}

/** The `runtime.onMessage` listener: each request goes to its handler; what the handler throws comes back as data. */
export function requestListener(ctx: BackgroundContext) {
  const handlers = createHandlers(ctx);
  const dispatch = (message: RequestEnvelope): Promise<unknown> =>
    (handlers[message.kind] as (payload: unknown) => Promise<unknown>)(message.payload);
  return (message: unknown, sender: Runtime.MessageSender): Promise<unknown> | undefined => {
    if (!isRequest(message)) return undefined;
    if (!isOwnExtensionPage(sender))
      return Promise.resolve({
        ok: false,
        kind: 'refused',
        error: 'Request refused: it did not come from Cookie Lens.',
      } satisfies RequestFailure);
    return dispatch(message).catch((e: unknown): RequestFailure => ({
      ok: false,
      kind: 'threw',
      error: `Cookie Lens failed: ${(e as Error)?.message ?? String(e)}`,
    }));
  };
}

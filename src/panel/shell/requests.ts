/** The panel's one way to ask the background: typed by the protocol's contracts, errors as data. */
import { browser, isFirefox } from '../../shared/browser.ts';
import type {
  RequestEnvelope,
  RequestFailure,
  RequestKind,
  RequestPayload,
  ResponseOf,
} from '../../shared/protocol.ts';

/** Chrome's words when a message reached no listener (the worker was stopping or starting): nothing ran, so retry. */
const NOT_DELIVERED = /Receiving end does not exist|Could not establish connection/i;
const ATTEMPTS = 3;

export async function request<K extends RequestKind>(
  kind: K,
  payload: RequestPayload<K>,
): Promise<ResponseOf<K> | RequestFailure> {
  const envelope: RequestEnvelope = { channel: 'cookie-lens', kind, payload };
  let last = '';
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      return (await browser.runtime.sendMessage(envelope)) as ResponseOf<K>;
    } catch (e) {
      last = (e as Error).message;
      if (!NOT_DELIVERED.test(last)) break;
      await new Promise((r) => setTimeout(r, 100 * attempt));
    }
  }
  // Delivered but unanswered (the worker stopped mid-request): the change may or may not have been made.
  // Chrome's background is a service worker, Firefox's an event page; both stop when idle.
  const background = isFirefox() ? 'background page' : 'service worker';
  const error = NOT_DELIVERED.test(last)
    ? `Cookie Lens could not reach its ${background} (${last}). Nothing was changed; try again.`
    : `The ${background} stopped before it answered (${last}). The change may have been made: the table shows the cookies as the browser has them now.`;
  return { ok: false, kind: 'unreachable', error };
}

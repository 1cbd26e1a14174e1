/** The panel's one way to ask the background for a write: typed by the handler registry, errors as data. */
import { browser } from '../shared/browser.ts';
import type { RequestEnvelope, RequestKind, RequestPayload, ResponseOf } from '../shared/protocol.ts';

export async function request<K extends RequestKind>(kind: K, payload: RequestPayload<K>): Promise<ResponseOf<K> | { ok: false; kind: 'unreachable'; error: string }> {
  const envelope: RequestEnvelope = { channel: 'cookie-lens', kind, payload };
  try {
    return (await browser.runtime.sendMessage(envelope)) as ResponseOf<K>;
  } catch (e) {
    return { ok: false, kind: 'unreachable', error: `Cookie Lens could not reach its service worker (${(e as Error).message}). Nothing was changed; try again.` };
  }
}

/**
 * The store root's deps (src/panel/store/deps.ts) held in memory, for component tests that need a panel store but
 * not a background: a fixed page, reads from a given jar, storage in maps, a clipboard that accepts everything. `request` is
 * whatever the test scripts (the App tests use the whole fake extension instead, test/fakes/extension.ts).
 */
import type { Cookie } from '../../src/core/cookie/model.ts';
import type { PanelDeps, Requester } from '../../src/panel/store/deps.ts';

const unanswered: Requester = async () => ({ ok: false, kind: 'unreachable', error: 'no background in this test' });

export function memoryDeps(jar: readonly Cookie[], over: Partial<PanelDeps> = {}): PanelDeps {
  const stored = new Map<string, unknown>();
  return {
    page: {
      tabId: 1,
      inDevTools: false,
      notes: [],
      collectUrls: async () => ({ pageUrl: 'http://localhost/', urls: [] }),
      resourceUrls: async () => [],
      onRequest: () => undefined,
      onNavigated: () => undefined,
      onSetCookieHeaders: () => undefined,
    },
    reads: {
      storeIdForTab: async () => '0',
      readCookiesOfSites: async () => [...jar],
      readAllCookies: async () => [...jar],
    },
    checkHostAccess: async () => undefined,
    request: unanswered,
    connect: () => () => undefined,
    storage: {
      layout: { get: async () => stored.get('layout'), set: async (value) => void stored.set('layout', value) },
      mutes: { get: async (key) => stored.get(key), set: async (key, value) => void stored.set(key, value) },
    },
    copyText: async () => 'Copied',
    downloadText: () => undefined,
    afterPaint: async () => undefined,
    ...over,
  };
}

/**
 * The background as the extension runs it, over the behavioural cookie fake: the real handler registry and the real
 * journaled write step, given the fake for `browser.cookies`, in-memory `storage.session` (the write-ahead records
 * and the journals, through the same codecs) and the fake's clock. `request` answers like `runtime.sendMessage` does:
 * payloads and answers are cloned on the way, as messages are.
 *
 * A stopped worker (`fake.stopAnsweringAfter(k)`) leaves its write unanswered; `restart()` gives a new worker over the
 * same store and storage, which recovers what the stopped one left half-done before it answers any new write.
 */
import { type BackgroundContext, type BrowserLookups, createTabLocks } from '../../src/background/context.ts';
import { createHandlers } from '../../src/background/handlers/index.ts';
import { recoverOnStart } from '../../src/background/journaled-write.ts';
import type { RequestKind, RequestPayload, ResponseOf } from '../../src/shared/protocol.ts';
import { DEFAULT_STORE, FakeCookieStore } from './cookie-store.ts';
import { MemoryIntentStore, MemoryJournals } from './write-ahead-stores.ts';

export interface FakeBrowserState {
  /** The frames of each tab, top document first (`webNavigation.getAllFrames`). */
  frames: Map<number, { frameId: number; url: string }[]>;
  /** Host permission match patterns the extension holds. */
  origins: Set<string>;
  /** Extension pages opened as tabs, in order. */
  openedTabs: string[];
}

export interface FakeBackground {
  fake: FakeCookieStore;
  intents: MemoryIntentStore;
  journals: MemoryJournals;
  browser: FakeBrowserState;
  ctx: BackgroundContext;
  /** What the worker wrote to its console (`ctx.warn`). */
  warnings: string[];
  /** What the panel's `request` gets back from the handler (a handler that throws fails the test). */
  request<K extends RequestKind>(kind: K, payload: RequestPayload<K>): Promise<ResponseOf<K>>;
  /** A new worker after a stop: calls are answered again, and interrupted writes are recovered first. */
  restart(): FakeBackground;
}

export function fakeBackground(
  options: { browser?: 'Chrome' | 'Firefox'; fake?: FakeCookieStore } = {},
): FakeBackground {
  const fake = options.fake ?? new FakeCookieStore();
  const intents = new MemoryIntentStore(fake);
  const journals = new MemoryJournals(fake);
  const browser: FakeBrowserState = { frames: new Map(), origins: new Set(), openedTabs: [] };
  return worker(fake, intents, journals, browser, options.browser ?? 'Chrome');
}

function worker(
  fake: FakeCookieStore,
  intents: MemoryIntentStore,
  journals: MemoryJournals,
  browser: FakeBrowserState,
  name: 'Chrome' | 'Firefox',
): FakeBackground {
  const lookups: BrowserLookups = {
    storeIdForTab: async () => DEFAULT_STORE,
    readAllCookies: (storeId) => fake.api.getAll({ storeId, partitionKey: {} }),
    readCookiesOfSites: async (storeId, sites) =>
      (await Promise.all(sites.map((domain) => fake.api.getAll({ domain, storeId, partitionKey: {} })))).flat(),
    frames: async (tabId) => {
      const frames = browser.frames.get(tabId);
      if (!frames) throw new Error(`No tab with id: ${tabId}.`);
      return frames;
    },
    hasOrigins: async (origins) => origins.every((o) => browser.origins.has(o)),
    openExtensionTab: async (path) => (browser.openedTabs.push(path), 100 + browser.openedTabs.length),
  };
  const warnings: string[] = [];
  const warn = (message: string) => void warnings.push(message);
  const ctx: BackgroundContext = {
    cookies: fake.api,
    intents,
    journals,
    locks: createTabLocks(),
    now: () => fake.now,
    browserName: () => name,
    lookups,
    warn,
  };
  const handlers = createHandlers(ctx);
  return {
    fake,
    intents,
    journals,
    browser,
    ctx,
    warnings,
    async request(kind, payload) {
      const handler = handlers[kind] as (p: unknown) => Promise<unknown>;
      return structuredClone(await handler(structuredClone(payload))) as ResponseOf<typeof kind>;
    },
    restart() {
      fake.restart();
      const next = worker(fake, intents, journals, browser, name);
      void recoverOnStart(next.ctx);
      return next;
    },
  };
}

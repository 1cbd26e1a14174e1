/**
 * What the background's handlers run against, passed in rather than imported: the extension gives them the browser
 * (browser-context.ts); unit tests give them the behavioural fake and in-memory storage.
 */
import type { Cookie } from '../core/cookie/model.ts';
import type { IntentStore, JournalAccess } from '../core/history/intent.ts';
import type { CookieApi } from '../core/write/cookie-api.ts';

export interface BackgroundContext {
  /** `browser.cookies` as the core sees it. */
  cookies: CookieApi;
  /** Write-ahead records of the writes in progress (`storage.session` in the extension). */
  intents: IntentStore;
  /** Each tab's undo/redo journal (`storage.session` in the extension). */
  journals: JournalAccess;
  locks: TabLocks;
  /** ms since the epoch */
  now(): number;
  /** The browser's name, for messages that tell the user what the browser said or needs. */
  browserName(): 'Chrome' | 'Firefox';
  lookups: BrowserLookups;
  /** A problem no request is waiting for (an interrupted write that could not be recovered yet): the worker's console. */
  warn(message: string): void;
}

/** The browser reads that Firefox's toolbox panel cannot make itself (handlers/inspect.ts). */
export interface BrowserLookups {
  storeIdForTab(tabId: number): Promise<string>;
  readAllCookies(storeId: string): Promise<Cookie[]>;
  readCookiesOfSites(storeId: string, sites: readonly string[]): Promise<Cookie[]>;
  /** Every frame of the tab (`webNavigation.getAllFrames`); frame 0 is the top document. */
  frames(tabId: number): Promise<{ frameId: number; url: string }[]>;
  /** Whether the extension holds host permission for these match patterns (`permissions.contains`). */
  hasOrigins(origins: string[]): Promise<boolean>;
  /** Opens an extension page (a path inside the extension) as a tab; its id. */
  openExtensionTab(path: string): Promise<number | undefined>;
}

export interface TabLocks {
  /** Runs `work` after every earlier write of that tab, so two quick edits never interleave their journal updates. */
  run<T>(tabId: number, work: () => Promise<T>): Promise<T>;
  /** Every write waits for this first: the recovery of writes a stopped worker left half-done. */
  holdUntil(recovery: Promise<unknown>): void;
}

export function createTabLocks(): TabLocks {
  let ready: Promise<unknown> = Promise.resolve();
  const queues = new Map<number, Promise<unknown>>();
  return {
    run(tabId, work) {
      const previous = queues.get(tabId) ?? ready;
      const next = previous.then(work, work);
      queues.set(
        tabId,
        next.catch(() => undefined),
      );
      return next;
    },
    holdUntil(recovery) {
      ready = recovery.catch(() => undefined);
    },
  };
}

/**
 * What the panel's stores need from the outside world, as interfaces: the shell (src/panel/shell/) implements them
 * with the browser's APIs, tests with the behavioural fakes. No store imports a browser API itself.
 */
import type { Cookie } from '../../core/cookie/model.ts';
import type { BackgroundMessage, RequestKind, RequestPayload, ResponseOf } from '../../shared/protocol.ts';
import type { Engine } from './engine.ts';
import type { LayoutStorage } from './layout.ts';
import type { MuteStorage } from './mutes.ts';

/** Sends one typed request to the background; errors come back as data, never as a rejection. */
export type Requester = <K extends RequestKind>(
  kind: K,
  payload: RequestPayload<K>,
) => Promise<ResponseOf<K> | { ok: false; kind: 'unreachable'; error: string }>;

/**
 * Inside DevTools a navigation of the top document is reported twice: by DevTools (`onNavigated`) and by the
 * background (webNavigation, over the port), a few milliseconds apart. Reports of the same URL within this time are
 * one navigation: one timeline mark, one re-read.
 */
export const SAME_NAVIGATION_MS = 1500;

/** The inspected page, as DevTools (or `?tabId=` outside DevTools) describes it. */
export interface InspectedPage {
  tabId: number;
  inDevTools: boolean;
  /** What this browser's DevTools cannot give the panel, in words the panel shows once. */
  notes: string[];
  /** The top document's URL and the URLs of all its frames (fast: what the first paint needs). */
  collectUrls(): Promise<{ pageUrl: string; urls: string[] }>;
  /** Inside DevTools: the URLs of the page's subresources, which may bring more sites' cookies in. */
  resourceUrls(): Promise<string[]>;
  /** Inside DevTools: a request finished (its URL may bring a new site's cookies into the page). */
  onRequest(listener: (url: string) => void): void;
  /** Inside DevTools: the inspected page navigated. Outside, the background reports navigations. */
  onNavigated(listener: (url: string) => void): void;
  /** Inside DevTools: Set-Cookie headers of each finished response (and of those finished before the panel opened). */
  onSetCookieHeaders(listener: (requestUrl: string, lines: string[]) => void): void;
}

/** Where cookies are read from (directly in Chrome, through the background in Firefox's toolbox). */
export interface CookieReads {
  storeIdForTab(tabId: number): Promise<string>;
  readCookiesOfSites(storeId: string, sites: readonly string[]): Promise<Cookie[]>;
  readAllCookies(storeId: string): Promise<Cookie[]>;
}

export interface ConnectionHandlers {
  onMessage(message: BackgroundMessage): void;
  /** Called after every (re)connection is acknowledged, including the first. */
  onReady(storeId: string, reconnected: boolean): void;
}

export interface PanelDeps {
  page: InspectedPage;
  reads: CookieReads;
  /**
   * Called when a read of the page's sites found nothing: rejects with an error that carries an `action` (a button)
   * when the browser took host access away, so the panel says so instead of "no cookies yet".
   */
  checkHostAccess(pageUrl: string, reload: () => void): Promise<void>;
  request: Requester;
  /** Opens the port to the background (live changes, navigations, reconnects); returns how to close it. */
  connect(tabId: number, handlers: ConnectionHandlers): () => void;
  storage: { layout: LayoutStorage; mutes: MuteStorage };
  /** Copies text; resolves to 'Copied' or to the sentence the panel shows when the browser refused. */
  copyText(text: string): Promise<string>;
  /** Saves text as a file the user downloads. */
  downloadText(text: string, fileName: string, mime: string): void;
  /** Loads the analysis engine's chunk (the panel's own code split by default). */
  loadEngine?: () => Promise<Engine>;
  /** Resolves once the first rows are painted: everything not needed for them waits for it. */
  afterPaint(): Promise<void>;
}

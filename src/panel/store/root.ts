/**
 * The panel's one store root: every store, composed over the deps the shell gives (browser glue in production, the
 * behavioural fakes in tests), and the startup sequence that wires them to the page and the background. Components
 * read it from one context (src/panel/context.ts).
 */
import { effect, type Signal, signal } from '@preact/signals';

import { cookieKey, registrableDomain } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { createAnalysisStore } from './analysis.ts';
import { createCookieStore } from './cookies.ts';
import type { PanelDeps } from './deps.ts';
import { createEditStore } from './edits.ts';
import { createEngineStore } from './engine.ts';
import { createLayoutStore } from './layout.ts';
import { createMuteStore } from './mutes.ts';
import { createNetworkStore } from './network.ts';
import { createPrivacyStore } from './privacy.ts';
import { createTimelineStore } from './timeline.ts';
import { createViewStore } from './view.ts';

export type TransferDialog = 'export' | 'import';

export type PanelStore = ReturnType<typeof createPanelStore>;

export function createPanelStore(deps: PanelDeps) {
  const { page } = deps;
  const { engine, load: loadEngine } = createEngineStore(deps.loadEngine);
  // The cookie store waits for the store id alongside the page's URLs; `start` asks for it.
  let storeKnown: (id: string) => void = () => undefined;
  const storeReady = new Promise<string>((resolve) => (storeKnown = resolve));
  let inspectedUrl = '';
  const cookies = createCookieStore({
    collectUrls: () => page.collectUrls().then((found) => ((inspectedUrl = found.pageUrl), found)),
    async readCookiesOfSites(storeId, sites) {
      const read = await deps.reads.readCookiesOfSites(storeId, sites);
      // Nothing read may mean host access was revoked: say so (with a way to grant it), not "no cookies yet".
      if (read.length === 0) await deps.checkHostAccess(inspectedUrl, () => void cookies.reload());
      return read;
    },
    readAllCookies: (storeId) => deps.reads.readAllCookies(storeId),
    storeReady,
  });
  const mutes = createMuteStore(deps.storage.mutes);
  const network = createNetworkStore(() => cookies.pageUrl.value, engine);
  const analysis = createAnalysisStore({
    cookies: cookies.cookies,
    pageUrl: cookies.pageUrl,
    mutes: mutes.mutes,
    headers: network.headers,
    engine,
    live: cookies.changedLive,
  });
  const view = createViewStore(cookies.cookies, (key, cookie) => {
    const findings = analysis.findingsByKey.value.get(key) ?? [];
    return {
      analysis: analysis.analysisOf(cookie),
      worst: analysis.worstByKey.value.get(key),
      findingCount: findings.filter((f) => !f.muted && f.severity !== 'info').length,
    };
  });
  const layout = createLayoutStore(deps.storage.layout);
  const edits = createEditStore({
    tabId: page.tabId,
    pageUrl: cookies.pageUrl,
    storeId: cookies.storeId,
    cookies: cookies.all,
    request: deps.request,
  });
  const timeline = createTimelineStore((name) => {
    const c = cookies.cookies.value.find((x) => x.name === name);
    const cls = c ? analysis.analysisOf(c)?.classification : undefined;
    return cls ? cls.isAuth : /sess|sid|auth|token/i.test(name);
  });
  const privacy = createPrivacyStore();
  /** Which import/export dialog is open: the toolbar buttons open them, the dialogs close themselves. */
  const transfer: Signal<TransferDialog | null> = signal<TransferDialog | null>(null);

  /** Deletes, then focus moves to the row that takes the deleted rows' place, so Delete then Ctrl+Z needs no click. */
  function deleteCookies(chosen: readonly Cookie[], what: string): void {
    const next = view.neighbourOf(new Set(chosen.map(cookieKey)));
    void edits.remove(chosen, what, () => {
      if (next !== null) view.select(next);
      view.focusRow(next);
    });
  }

  let started: Promise<void> | null = null;
  /** What stop() undoes: the port and the effects start() set up. */
  const cleanups: (() => void)[] = [];
  let stopped = false;
  /** Reads the page's cookies, then (after the first rows are painted) connects, loads the engine and listens. */
  function start(): Promise<void> {
    started ??= run();
    return started;
  }

  function run(): Promise<void> {
    void deps.reads
      .storeIdForTab(page.tabId)
      .then((id) => {
        cookies.storeId.value = id;
        storeKnown(id);
      })
      .catch(() => storeKnown(cookies.storeId.value));
    // Mutes are per site: load them whenever the inspected page's site changes.
    cleanups.push(
      effect(() => {
        const url = cookies.pageUrl.value;
        if (url) void mutes.load(registrableDomain(url.hostname));
      }),
    );

    // Read at once, without waiting for the service worker to wake up; the read is repeated when the port is ready,
    // so a change made before the worker was listening is not missed. Subresources (inside DevTools) come after the
    // first paint: a new site among them is read then.
    const firstRead = cookies.reload();

    const navigated = (url: string) => {
      timeline.markNavigation(url);
      void cookies.navigated(url).then(() => timeline.releaseHeld((c) => cookies.isRelevant(c.cookie)));
    };
    const connect = () => {
      if (stopped) return;
      const disconnect = deps.connect(page.tabId, {
        onReady(storeId) {
          cookies.storeId.value = storeId;
          // First connection, or the worker was stopped and restarted: changes may have been missed, so re-read.
          void cookies.resync();
          void edits.refreshHistory();
        },
        onMessage(message) {
          if (message.type === 'changes') {
            cookies.applyChanges(message.changes);
            timeline.receive(message.changes, (c) => cookies.isRelevant(c.cookie));
          } else if (message.type === 'navigated') navigated(message.url);
          else if (message.type === 'frame') cookies.addUrl(message.url);
          else if (message.type === 'access') void cookies.resync();
        },
      });
      cleanups.push(disconnect);
    };

    // Everything else waits for the frame that shows the first rows: on a 2-core machine, waking the service worker
    // and compiling the engine chunk compete with that paint. Changes made meanwhile are caught by the re-read that
    // follows the port's first 'ready'.
    const settled = firstRead.then(deps.afterPaint).then(() => {
      connect();
      void page.resourceUrls().then((urls) => cookies.addUrls(urls));
      // The engine (Public Suffix List, analysis, rules); with the exact list installed, the page's sites are read
      // again (they were guessed from the host names until then).
      void loadEngine().then(() => cookies.reload({ inFrame: true }));
    });

    page.onRequest((url) => cookies.addUrl(url));
    // A navigation starts a new report for the new page's site; the redirects that led to it stay, so a cookie
    // refused on the way (a login's 302) stays explained. The timeline marks it.
    page.onNavigated((url) => {
      network.navigated(url);
      navigated(url);
    });
    // Cookie Lens's own undo and redo label the changes they cause in the timeline.
    cleanups.push(effect(() => timeline.panelAction(edits.replaying.value)));
    void layout.load();
    page.onSetCookieHeaders((url, lines) => network.record(url, lines));
    return settled;
  }

  return {
    tabId: page.tabId,
    inDevTools: page.inDevTools,
    /** What this browser's DevTools cannot give the panel (Firefox: no subresource list). */
    notes: page.notes,
    engine,
    cookies,
    analysis,
    view,
    edits,
    network,
    mutes,
    layout,
    timeline,
    privacy,
    transfer,
    copyText: deps.copyText,
    downloadText: deps.downloadText,
    deleteCookies,
    start,
    /** Closes the port to the background and ends the store's effects (the panel page closing does the same). */
    stop(): void {
      stopped = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}

/**
 * The panel shell: resolve the inspected tab (chrome.devtools, or ?tabId= when opened as a tab), connect to the
 * background, wire live updates, render.
 */
import { effect } from '@preact/signals';
import { render } from 'preact';
import { registrableDomain } from '../core/cookie/cookie.ts';
import { browserReads, checkHostAccess } from './browser-reads.ts';
import { App } from './components/App.tsx';
import { connectToBackground } from './connection.ts';
import { createPanelContext, PanelStores } from './context.ts';
import { resolveInspectedTab } from './inspected-tab.ts';
import { request } from './requests.ts';
import { createAnalysisStore } from './store/analysis.ts';
import { createCookieStore } from './store/cookies.ts';
import { engine, loadEngine } from './store/engine.ts';
import { createMuteStore } from './store/mutes.ts';
import { createNetworkStore } from './store/network.ts';
import { createEditStore } from './store/edits.ts';
import { createLayoutStore } from './store/layout.ts';
import { createTimelineStore } from './store/timeline.ts';
import { createViewStore } from './store/view.ts';

const root = document.getElementById('app');
const reads = browserReads();
const tab = resolveInspectedTab(location.search, reads.frameUrls);

if (!root) throw new Error('panel root missing');
if ('error' in tab) {
  render(<p class="empty" role="alert">{tab.error}</p>, root);
} else {
  document.documentElement.dataset.theme = tab.theme;
  tab.onThemeChanged((theme) => (document.documentElement.dataset.theme = theme));
  const storeReady = reads
    .storeIdForTab(tab.tabId)
    .then((id) => (store.storeId.value = id))
    .catch(() => undefined);
  let inspectedUrl = '';
  const store = createCookieStore({
    collectUrls: () => tab.collectUrls().then((found) => ((inspectedUrl = found.pageUrl), found)),
    async readCookiesOfSites(storeId, sites) {
      const cookies = await reads.readCookiesOfSites(storeId, sites);
      // Nothing read may mean host access was revoked: say so (with a way to grant it), not "no cookies yet".
      if (cookies.length === 0) await checkHostAccess(reads, inspectedUrl, tab.tabId, () => void store.reload());
      return cookies;
    },
    readAllCookies: reads.readAllCookies,
    storeReady,
  });
  const mutes = createMuteStore();
  const network = createNetworkStore(() => store.pageUrl.value, engine);
  const analysis = createAnalysisStore({ cookies: store.cookies, pageUrl: store.pageUrl, mutes: mutes.mutes, headers: network.headers, engine });
  const view = createViewStore(store.cookies, (key, cookie) => {
    const findings = analysis.findingsByKey.value.get(key) ?? [];
    return {
      analysis: analysis.analysisOf(cookie),
      worst: analysis.worstByKey.value.get(key),
      findingCount: findings.filter((f) => !f.muted && f.severity !== 'info').length,
    };
  });
  // Mutes are per site: load them whenever the inspected page's site changes.
  effect(() => {
    const page = store.pageUrl.value;
    if (page) void mutes.load(registrableDomain(page.hostname));
  });
  const layout = createLayoutStore();
  const edits = createEditStore({ tabId: tab.tabId, pageUrl: store.pageUrl, storeId: store.storeId, cookies: store.all, request });
  const timeline = createTimelineStore((name) => {
    const c = store.cookies.value.find((x) => x.name === name);
    const cls = c ? analysis.analysisOf(c)?.classification : undefined;
    return cls ? cls.isAuth : /sess|sid|auth|token/i.test(name);
  });

  // Read at once, without waiting for the service worker to wake up; the read is repeated when the port is ready,
  // so a change made before the worker was listening is not missed. Subresources (inside DevTools) come after the
  // first paint: a new site among them is read then.
  const firstRead = store.reload();

  // Everything else waits for the frame that shows the first rows: on a 2-core machine, waking the service worker
  // and compiling the engine chunk compete with that paint. Changes made meanwhile are caught by the re-read that
  // follows the port's first 'ready'.
  void firstRead.then(afterPaint).then(() => {
    connect();
    void tab.resourceUrls().then((urls) => store.addUrls(urls));
    // The engine (Public Suffix List, analysis, rules); with the exact list installed, the page's sites are read
    // again (they were guessed from the host names until then).
    void loadEngine().then(() => store.reload());
  });

  const connect = () => connectToBackground(tab.tabId, {
    onReady(storeId) {
      store.storeId.value = storeId;
      // First connection, or the worker was stopped and restarted: changes may have been missed, so re-read.
      void store.reload();
      void edits.refreshHistory();
    },
    onMessage(message) {
      if (message.type === 'changes') {
        store.applyChanges(message.changes);
        timeline.receive(message.changes, (c) => store.isRelevant(c.cookie));
      } else if (message.type === 'navigated') {
        timeline.markNavigation(message.url);
        void store.navigated().then(() => timeline.releaseHeld((c) => store.isRelevant(c.cookie)));
      }
      else if (message.type === 'frame') store.addUrl(message.url);
      else if (message.type === 'access') void store.reload();
    },
  });
  tab.onRequest((url) => store.addUrl(url));
  // A navigation starts a new report for the new page's site; the redirects that led to it stay, so a cookie refused
  // on the way (a login's 302) stays explained. The timeline marks it.
  tab.onNavigated((url) => {
    network.navigated(url);
    timeline.markNavigation(url);
    void store.navigated().then(() => timeline.releaseHeld((c) => store.isRelevant(c.cookie)));
  });
  // Cookie Lens's own undo and redo label the changes they cause in the timeline.
  effect(() => timeline.panelAction(edits.replaying.value));
  void layout.load();
  tab.onSetCookieHeaders((url, lines) => network.record(url, lines));

  render(
    <PanelStores.Provider value={createPanelContext()}>
      <App store={store} view={view} edits={edits} timeline={timeline} analysis={analysis} mutes={mutes} network={network} layout={layout} inDevTools={tab.inDevTools} notes={tab.notes} />
    </PanelStores.Provider>,
    root,
  );
}

/** Resolves after the next frame (or 100 ms in a hidden panel, which gets no frames). */
function afterPaint(): Promise<void> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => setTimeout(resolve, 0));
    setTimeout(resolve, 100);
  });
}

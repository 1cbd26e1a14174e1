/**
 * The panel shell: resolve the inspected tab (chrome.devtools, or ?tabId= when opened as a tab), connect to the
 * background, wire live updates, render.
 */
import { render } from 'preact';
import { readAllCookies, readCookiesOfSites } from '../shared/cookies.ts';
import { App } from './components/App.tsx';
import { connectToBackground } from './connection.ts';
import { resolveInspectedTab } from './inspected-tab.ts';
import { request } from './requests.ts';
import { createCookieStore } from './store/cookies.ts';
import { createEditStore } from './store/edits.ts';
import { createTimelineStore } from './store/timeline.ts';
import { createViewStore } from './store/view.ts';

const root = document.getElementById('app');
const tab = resolveInspectedTab(location.search);

if (!root) throw new Error('panel root missing');
if ('error' in tab) {
  render(<p class="empty" role="alert">{tab.error}</p>, root);
} else {
  document.documentElement.dataset.theme = tab.theme;
  const store = createCookieStore({ collectUrls: tab.collectUrls, readCookiesOfSites, readAllCookies });
  const view = createViewStore(store.cookies);
  const edits = createEditStore({ tabId: tab.tabId, pageUrl: store.pageUrl, storeId: store.storeId, cookies: store.all, request });
  const timeline = createTimelineStore();

  connectToBackground(tab.tabId, {
    onReady(storeId) {
      store.storeId.value = storeId;
      // First connection, or the worker was stopped and restarted: changes may have been missed, so re-read.
      void store.reload();
      void edits.refreshHistory();
    },
    onMessage(message) {
      if (message.type === 'changes') {
        store.applyChanges(message.changes);
        timeline.record(message.changes.filter((c) => store.isRelevant(c.cookie)));
      } else if (message.type === 'navigated') void store.navigated();
      else if (message.type === 'frame') store.addUrl(message.url);
    },
  });
  tab.onRequest((url) => store.addUrl(url));
  tab.onNavigated(() => void store.navigated());

  render(<App store={store} view={view} edits={edits} timeline={timeline} />, root);
}

/**
 * The panel's entry: resolve the inspected tab (chrome.devtools, or ?tabId= when opened as a tab), build the store
 * root over the browser glue in shell/, start it, render.
 */
import { render } from 'preact';

import { App } from './components/App.tsx';
import { PanelStoreContext } from './context.ts';
import { browserReads } from './shell/browser-reads.ts';
import { browserDeps } from './shell/deps.ts';
import { resolveInspectedTab } from './shell/inspected-tab.ts';
import { createPanelStore } from './store/root.ts';

const root = document.getElementById('app');
const reads = browserReads();
const tab = resolveInspectedTab(location.search, reads.frameUrls);

if (!root) throw new Error('panel root missing');
if ('error' in tab) {
  render(
    <p class="empty" role="alert">
      {tab.error}
    </p>,
    root,
  );
} else {
  document.documentElement.dataset.theme = tab.theme;
  tab.onThemeChanged((theme) => (document.documentElement.dataset.theme = theme));
  const store = createPanelStore(browserDeps(tab, reads));
  void store.start();
  render(
    <PanelStoreContext.Provider value={store}>
      <App />
    </PanelStoreContext.Provider>,
    root,
  );
}

/**
 * The panel's entry: resolve the inspected tab (chrome.devtools, or ?tabId= when opened as a tab), build the store
 * root over the browser glue in shell/, start it, and draw the panel once the first read is in (shell/first-draw.ts).
 */
// First, before the rest of the panel's modules run: starts the reads the first rows wait for (shell/first-reads.ts).
import './shell/first-reads.ts';

import { effect } from '@preact/signals';
import { render } from 'preact';

import { App } from './components/App.tsx';
import { preloadParts } from './components/lazy-parts.ts';
import { PanelStoreContext } from './context.ts';
import { browserDeps } from './shell/deps.ts';
import { drawWhenRead } from './shell/first-draw.ts';
import { firstReads } from './shell/first-reads.ts';
import { createPanelStore } from './store/root.ts';

const root = document.getElementById('app');
const { reads, tab } = firstReads;

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
  // After the first rows are painted and the engine has arrived, the panes and views not needed for the table load
  // too, so opening one later does not wait for its code (components/lazy-parts.ts).
  void store.start().then(() => {
    const dispose = effect(() => {
      if (store.engine.value === null) return;
      setTimeout(() => dispose());
      void preloadParts();
    });
  });
  // Drawn once the first read has answered (its rows are in the first frame), or after a tenth of a second.
  drawWhenRead(
    () => store.cookies.status.value.kind !== 'loading',
    () =>
      render(
        <PanelStoreContext.Provider value={store}>
          <App />
        </PanelStoreContext.Provider>,
        root,
      ),
  );
}

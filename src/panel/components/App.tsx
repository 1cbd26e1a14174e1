import { useEffect, useRef } from 'preact/hooks';

import { cookiesOfSiteScope } from '../../core/cookie/scope.ts';
import { usePanelStore } from '../context.ts';
import { consumeKey, focusIsLost, focusPanelHome } from '../focus.ts';
import { lazyComponent } from '../lazy.ts';
import { BrowserNotes } from './BrowserNotes.tsx';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { StatusBar } from './StatusBar.tsx';
import { Toolbar } from './Toolbar.tsx';
import { viewOf } from './views.ts';

/** Import and export load on first use (formats, parsers, dialogs). */
const TransferDialogs = lazyComponent(() => import('./TransferDialogs.tsx').then((m) => m.TransferDialogs));

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"]');
}

/** The whole panel: toolbar, status, the chosen view (components/views.ts), dialogs. Every store comes from context. */
export function App() {
  const { cookies: store, view, edits, transfer: openTransfer, deleteCookies } = usePanelStore();
  const status = store.status.value;
  const section = view.section.value;

  const focusFilter = () => {
    if (view.section.value !== 'cookies') view.section.value = 'cookies';
    // The filter exists once the cookies view has rendered.
    setTimeout(() => {
      const filter = document.querySelector<HTMLInputElement>('[data-testid="filter"]');
      filter?.focus();
      filter?.select();
    }, 0);
  };

  // Every key the panel acts on is consumed here (consumeKey): DevTools' own listener on the document must not see
  // it too (Escape would open the Console drawer, Ctrl+F DevTools' find bar). See focus.ts.
  const onKeyDown = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    const key = e.key.toLowerCase();
    if (mod && !e.altKey && key === 'f') {
      consumeKey(e);
      focusFilter();
    } else if (mod && key === 'z' && !inTextField(e.target)) {
      consumeKey(e);
      void (e.shiftKey ? edits.redo() : edits.undo());
    } else if (mod && key === 'y' && !inTextField(e.target)) {
      consumeKey(e);
      void edits.redo();
    } else if (e.key === 'Delete' && !mod && !inTextField(e.target) && view.section.value === 'cookies') {
      const chosen = view.selectedCookies.value;
      if (chosen.length > 0) {
        consumeKey(e);
        deleteCookies(chosen, 'selected');
      }
    } else if (
      e.key === 'Escape' &&
      !edits.editor.value &&
      view.selectedKey.value !== null &&
      !inTextField(e.target) &&
      view.section.value === 'cookies'
    ) {
      consumeKey(e);
      view.select(null);
      if (focusIsLost()) focusPanelHome();
    }
  };

  // With nothing focused (focus on <body>), keys go to the document, past the handler above: catch them first.
  const handler = useRef(onKeyDown);
  handler.current = onKeyDown;
  useEffect(() => {
    const onWindowKey = (e: KeyboardEvent) => {
      if (e.target === document.body || e.target === document.documentElement) handler.current(e);
    };
    window.addEventListener('keydown', onWindowKey, true);
    return () => window.removeEventListener('keydown', onWindowKey, true);
  }, []);

  // Safety net: when the element with focus is removed (a row deleted by the site, a pane closing), focus goes to
  // the table's current row instead of <body>, where no key of the panel would be heard.
  const app = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = app.current;
    if (!el) return;
    let last: Element | null = null;
    const onFocusIn = (e: FocusEvent) => (last = e.target as Element);
    const observer = new MutationObserver(() => {
      if (last && !last.isConnected && focusIsLost() && document.hasFocus()) {
        last = null;
        // In a task of its own: whoever removed the element may still be about to place focus (a dialog closing
        // returns it to its opener in a commit of its own), and the net must not take focus from under it.
        setTimeout(() => {
          if (focusIsLost() && document.hasFocus()) focusPanelHome();
        });
      }
    });
    el.addEventListener('focusin', onFocusIn);
    observer.observe(el, { childList: true, subtree: true });
    return () => {
      el.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);

  // Read when the menu item is chosen, not here: the page's URL list grows with every new request it makes, and a
  // read here re-rendered the whole panel for each one while the page loaded.
  const siteCookies = () => {
    const at = store.pageUrl.peek();
    return at ? cookiesOfSiteScope([...store.all.peek().values()], store.urls.peek(), at) : [];
  };
  const deleteTargets = {
    selected: () => view.selectedCookies.value,
    shown: () => view.rows.value.map((r) => r.cookie),
    site: siteCookies,
    filtered: view.narrowed.value,
  };
  const current = viewOf(section);
  const View = current.component;

  return (
    <div class="app" ref={app} onKeyDown={onKeyDown}>
      <header class="panel-header">
        <h1 class="visually-hidden">Cookie Lens</h1>
        <Toolbar deleteTargets={deleteTargets} />
        <StatusBar />
        <BrowserNotes />
      </header>
      <main id="panel-main" class="main" tabIndex={-1} aria-label={current.label}>
        {status.kind === 'error' ? (
          <p class="empty" role="alert">
            {status.message}
            {status.action && (
              <button type="button" class="status-action" onClick={status.action.run}>
                {status.action.label}
              </button>
            )}
          </p>
        ) : (
          <View />
        )}
      </main>
      <ConfirmDialog />
      {openTransfer.value !== null && <TransferDialogs />}
    </div>
  );
}

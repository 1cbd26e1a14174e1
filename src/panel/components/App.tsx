import { useEffect, useRef } from 'preact/hooks';
import { cookieKey } from '../../core/cookie/cookie.ts';
import { cookiesOfSiteScope } from '../../core/cookie/scope.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { lazyComponent } from '../lazy.ts';
import { useTransfer } from '../context.ts';
import { consumeKey, focusIsLost, focusPanelHome } from '../focus.ts';
import type { AnalysisStore } from '../store/analysis.ts';
import type { CookieStore } from '../store/cookies.ts';
import { MIN_TABLE_WIDTH, type LayoutStore } from '../store/layout.ts';
import type { MuteStore } from '../store/mutes.ts';
import { setterKey, type NetworkStore } from '../store/network.ts';
import { columnsFor } from '../table-model.ts';
import { SiteReportView } from './SiteReportView.tsx';
import type { EditStore } from '../store/edits.ts';
import type { TimelineStore } from '../store/timeline.ts';
import type { ViewStore } from '../store/view.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { CookieTable } from './CookieTable.tsx';
import { DetailPane } from './DetailPane.tsx';
import { EditorPane } from './EditorPane.tsx';
import { BrowserNotes } from './BrowserNotes.tsx';
import { Splitter } from './Splitter.tsx';
import { StatusBar } from './StatusBar.tsx';
import { TimelineView } from './TimelineView.tsx';
import { Toolbar } from './Toolbar.tsx';

/** Import and export load on first use (formats, parsers, dialogs). */
const TransferDialogs = lazyComponent(() => import('./TransferDialogs.tsx').then((m) => m.TransferDialogs));

const EMPTY_TEXT = {
  page: 'No cookies are sent with this page yet.',
  site: 'This site has no cookies yet.',
  all: 'This cookie store is empty.',
} as const;

export interface Stores {
  store: CookieStore;
  view: ViewStore;
  edits: EditStore;
  timeline: TimelineStore;
  analysis: AnalysisStore;
  mutes: MuteStore;
  network: NetworkStore;
  layout: LayoutStore;
  inDevTools: boolean;
  /** What this browser's DevTools cannot give the panel (Firefox: no subresource list). */
  notes?: string[];
}

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"]');
}

export function App({ store, view, edits, timeline, analysis, mutes, network, layout, inDevTools, notes = [] }: Stores) {
  const status = store.status.value;
  const selected = view.selected.value;
  const editing = edits.editor.value !== null;
  const page = store.pageUrl.value;
  const openTransfer = useTransfer();
  const section = view.section.value;

  /** Deletes, then focus moves to the row that takes the deleted rows' place, so Delete then Ctrl+Z needs no click. */
  const deleteCookies = (cookies: readonly Cookie[], what: string) => {
    const next = view.neighbourOf(new Set(cookies.map(cookieKey)));
    void edits.remove(cookies, what, () => {
      if (next !== null) view.select(next);
      view.focusRow(next);
    });
  };

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
    } else if (e.key === 'Escape' && !edits.editor.value && view.selectedKey.value !== null && !inTextField(e.target) && view.section.value === 'cookies') {
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
        focusPanelHome();
      }
    });
    el.addEventListener('focusin', onFocusIn);
    observer.observe(el, { childList: true, subtree: true });
    return () => {
      el.removeEventListener('focusin', onFocusIn);
      observer.disconnect();
    };
  }, []);

  const urls = store.urls.value;
  const siteCookies = () => (page ? cookiesOfSiteScope([...store.all.value.values()], urls, page) : []);
  const deleteTargets = {
    selected: () => view.selectedCookies.value,
    shown: () => view.rows.value.map((r) => r.cookie),
    site: siteCookies,
    filtered: view.narrowed.value,
  };
  const selectedKey = view.selectedKey.value;
  const paneOpen = editing || (selected !== null && selectedKey !== null);
  const detailWidth = layout.layout.value.detailWidth;

  return (
    <div class="app" ref={app} onKeyDown={onKeyDown}>
      <header class="panel-header">
        <h1 class="visually-hidden">Cookie Lens</h1>
        <Toolbar store={store} view={view} edits={edits} deleteTargets={deleteTargets} onDelete={deleteCookies} />
        <StatusBar edits={edits} />
        <BrowserNotes notes={notes} />
      </header>
      <main id="panel-main" class="main" tabIndex={-1} aria-label={section === 'cookies' ? 'Cookies' : section === 'timeline' ? 'Timeline' : 'Site report'}>
        {status.kind === 'error' ? (
          <p class="empty" role="alert">
            {status.message}
            {status.action && (
              <button type="button" class="status-action" onClick={status.action.run}>
                {status.action.label}
              </button>
            )}
          </p>
        ) : section === 'timeline' ? (
          <TimelineView timeline={timeline} />
        ) : section === 'report' ? (
          <SiteReportView report={analysis.report.value} refused={network.refused.value} mutes={mutes} inDevTools={inDevTools} />
        ) : (
          <div class={paneOpen ? 'split with-detail' : 'split'} style={paneOpen ? { gridTemplateColumns: `minmax(0, 1fr) min(${detailWidth}px, calc(100% - ${MIN_TABLE_WIDTH}px))` } : undefined}>
            {status.kind === 'loading' && store.all.value.size === 0 ? (
              <p class="empty" role="status">
                Reading cookies…
              </p>
            ) : view.total.value === 0 ? (
              <p class="empty" role="status">
                {EMPTY_TEXT[store.scope.value]} Use Add to create one.
              </p>
            ) : (
              <CookieTable
                view={view}
                edits={edits}
                mutes={mutes}
                layout={layout}
                pageUrl={page}
                columns={columnsFor(store.scope.value === 'all')}
                onDelete={deleteCookies}
              />
            )}
            {paneOpen && (
              <div class="side">
                <Splitter width={detailWidth} onResize={(px) => layout.setDetailWidth(px)} />
                {editing ? (
                  <EditorPane edits={edits} />
                ) : (
                  selected &&
                  selectedKey !== null && (
                    <DetailPane
                      cookie={selected}
                      analysis={analysis.analysisOf(selected)}
                      findings={analysis.findingsByKey.value.get(selectedKey) ?? []}
                      mutes={mutes}
                      // The site's framework: each finding's fix already targets what controls this cookie (Django's
                      // SESSION_COOKIE_* for its session cookie, response.set_cookie(...) for a JWT the app sets by hand).
                      framework={analysis.framework.value}
                      setBy={network.lastSetBy.value.get(setterKey(selected)) ?? null}
                      inDevTools={inDevTools}
                      selectedCount={view.selectedCookies.value.length}
                      onClose={() => {
                        view.select(null);
                        view.focusRow(selectedKey);
                      }}
                      onEdit={() => edits.openEdit(selected)}
                      onDelete={() => deleteCookies([selected], 'this cookie')}
                    />
                  )
                )}
              </div>
            )}
          </div>
        )}
      </main>
      <ConfirmDialog edits={edits} />
      {openTransfer.value !== null && <TransferDialogs store={store} view={view} edits={edits} />}
    </div>
  );
}

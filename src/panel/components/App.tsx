import { lazyComponent } from '../lazy.ts';
import { useTransfer } from '../context.ts';
import { cookiesOfSite } from '../../core/scope.ts';
import type { AnalysisStore } from '../store/analysis.ts';
import type { CookieStore } from '../store/cookies.ts';
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
  inDevTools: boolean;
}

function inTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && !!target.closest('input, textarea, select, [contenteditable="true"]');
}

export function App({ store, view, edits, timeline, analysis, mutes, network, inDevTools }: Stores) {
  const status = store.status.value;
  const selected = view.selected.value;
  const editing = edits.editor.value !== null;
  const page = store.pageUrl.value;
  const openTransfer = useTransfer();

  const onKeyDown = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey;
    if (mod && e.key.toLowerCase() === 'z' && !inTextField(e.target)) {
      e.preventDefault();
      void (e.shiftKey ? edits.redo() : edits.undo());
    } else if (mod && e.key.toLowerCase() === 'y' && !inTextField(e.target)) {
      e.preventDefault();
      void edits.redo();
    } else if (e.key === 'Delete' && !inTextField(e.target) && view.section.value === 'cookies') {
      const chosen = view.selectedCookies.value;
      if (chosen.length > 0) {
        e.preventDefault();
        void edits.remove(chosen, 'selected');
      }
    } else if (e.key === 'Escape' && !editing && view.selectedKey.value !== null && !inTextField(e.target)) {
      view.select(null);
    }
  };

  const deleteTargets = {
    selected: () => view.selectedCookies.value,
    shown: () => view.rows.value.map((r) => r.cookie),
    site: () => (page ? cookiesOfSite([...store.all.value.values()], page) : []),
    filtered: view.narrowed.value,
  };
  const selectedKey = view.selectedKey.value;

  return (
    <div class="app" onKeyDown={onKeyDown}>
      <Toolbar store={store} view={view} edits={edits} deleteTargets={deleteTargets} />
      <StatusBar edits={edits} />
      {status.kind === 'error' ? (
        <p class="empty" role="alert">
          {status.message}
        </p>
      ) : view.section.value === 'timeline' ? (
        <TimelineView timeline={timeline} />
      ) : view.section.value === 'report' ? (
        <SiteReportView report={analysis.report.value} refused={network.refused.value} mutes={mutes} inDevTools={inDevTools} />
      ) : (
        <div class={selected || editing ? 'main with-detail' : 'main'}>
          {status.kind === 'loading' && store.all.value.size === 0 ? (
            <p class="empty" role="status">
              Reading cookies…
            </p>
          ) : view.total.value === 0 ? (
            <p class="empty" role="status">
              {EMPTY_TEXT[store.scope.value]} Use Add to create one.
            </p>
          ) : (
            <CookieTable view={view} edits={edits} pageUrl={page} columns={columnsFor(store.scope.value === 'all')} />
          )}
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
                onClose={() => view.select(null)}
                onEdit={() => edits.openEdit(selected)}
                onDelete={() => void edits.remove([selected], 'this cookie')}
              />
            )
          )}
        </div>
      )}
      <ConfirmDialog edits={edits} />
      {openTransfer.value !== null && <TransferDialogs store={store} view={view} edits={edits} />}
    </div>
  );
}

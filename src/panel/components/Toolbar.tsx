import type { CookieClass } from '../../core/analysis-types.ts';
import type { Scope } from '../../core/scope.ts';
import { CLASS_LABEL } from '../table-model.ts';
import type { CookieStore } from '../store/cookies.ts';
import type { EditStore } from '../store/edits.ts';
import type { Section, ViewStore } from '../store/view.ts';
import { DeleteMenu, type DeleteTargets } from './DeleteMenu.tsx';
import { TransferButtons } from './TransferButtons.tsx';

const SECTIONS: [Section, string][] = [
  ['cookies', 'Cookies'],
  ['timeline', 'Timeline'],
  ['report', 'Site report'],
];

const CLASSES = Object.entries(CLASS_LABEL) as [CookieClass, string][];

export function Toolbar({ store, view, edits, deleteTargets }: { store: CookieStore; view: ViewStore; edits: EditStore; deleteTargets: DeleteTargets }) {
  const filter = view.filter.value;
  const shown = view.rows.value.length;
  const total = view.total.value;
  const history = edits.history.value;
  const section = view.section.value;
  return (
    <div class="toolbar" role="toolbar" aria-label="Cookie Lens">
      <div role="tablist" aria-label="Views" class="tabs">
        {SECTIONS.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={section === id} class={section === id ? 'tab active' : 'tab'} onClick={() => (view.section.value = id)}>
            {label}
          </button>
        ))}
      </div>
      <select aria-label="Scope" value={store.chosenScope.value} onChange={(e) => store.setScope(e.currentTarget.value as Scope)}>
        <option value="page">Sent with this page</option>
        <option value="site">All cookies of this site</option>
        <option value="all">All sites</option>
      </select>
      {section === 'cookies' && (
        <>
      <input
        type="search"
        class={filter.kind === 'invalid' ? 'filter invalid' : 'filter'}
        placeholder="Filter: name, value, domain or /regex/"
        aria-label="Filter cookies"
        aria-invalid={filter.kind === 'invalid'}
        aria-describedby={filter.kind === 'invalid' ? 'filter-error' : undefined}
        value={view.filterText.value}
        onInput={(e) => (view.filterText.value = e.currentTarget.value)}
        spellcheck={false}
      />
      <select aria-label="Class" value={view.classFilter.value} onChange={(e) => (view.classFilter.value = e.currentTarget.value as CookieClass | 'all')}>
        <option value="all">All classes</option>
        {CLASSES.map(([id, label]) => (
          <option key={id} value={id}>
            {label}
          </option>
        ))}
      </select>
      <label class="toggle" title="Cookies with a low, medium or high finding that is not muted">
        <input type="checkbox" data-testid="only-findings" checked={view.onlyFindings.value} onChange={(e) => (view.onlyFindings.value = e.currentTarget.checked)} />
        Only with findings
      </label>
      <span class="count" role="status" data-testid="count">
        {store.readingAllSites.value
          ? 'Reading every site…'
          : shown === total
            ? `${total} cookies`
            : `${shown} of ${total} cookies`}
      </span>
      {filter.kind === 'invalid' && (
        <span id="filter-error" class="error-text" role="alert">
          {filter.error}
        </span>
      )}
        </>
      )}
      <span class="spacer" />
      <button type="button" onClick={() => edits.openAdd()} disabled={!store.pageUrl.value} title="Add a cookie for this site">
        Add
      </button>
      <DeleteMenu edits={edits} targets={deleteTargets} />
      <TransferButtons disabled={!store.pageUrl.value} />
      <button type="button" onClick={() => void edits.undo()} disabled={!history.undo} title={history.undo ? `Undo: ${history.undo} (Ctrl+Z)` : 'Nothing to undo'} aria-label={history.undo ? `Undo: ${history.undo}` : 'Undo'}>
        ↶
      </button>
      <button type="button" onClick={() => void edits.redo()} disabled={!history.redo} title={history.redo ? `Redo: ${history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'} aria-label={history.redo ? `Redo: ${history.redo}` : 'Redo'}>
        ↷
      </button>
      <button type="button" onClick={() => void store.reload()} aria-label="Reload cookies from the browser" title="Reload">
        ⟳
      </button>
    </div>
  );
}

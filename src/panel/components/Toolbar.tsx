import type { JSX } from 'preact';
import { Fragment } from 'preact';
import { useRef } from 'preact/hooks';

import type { CookieClass } from '../../core/analysis-types.ts';
import type { Scope } from '../../core/cookie/scope.ts';
import { usePanelStore, usePrivacy, useTransfer } from '../context.ts';
import { consumeKey } from '../focus.ts';
import { MenuButton, type MenuItem } from './Menu.tsx';
import { useOverflow } from './use-overflow.ts';

/** Tools that move into the "More tools" (») menu when the toolbar is too narrow, the first one first. */
const OVERFLOW = ['mask', 'import', 'export', 'reload', 'findings'] as const;
type OverflowId = (typeof OVERFLOW)[number];
import type { Section } from '../store/view.ts';
import { CLASS_LABEL, countText } from '../table-model.ts';
import { DeleteMenu, type DeleteTargets } from './DeleteMenu.tsx';
import { VIEWS } from './views.ts';

/** The view tabs, from the views table. */
const SECTIONS: [Section, string][] = VIEWS.map((v) => [v.id, v.label]);

const CLASSES = Object.entries(CLASS_LABEL) as [CookieClass, string][];

export interface ToolbarProps {
  deleteTargets: DeleteTargets;
}

export function Toolbar({ deleteTargets }: ToolbarProps) {
  const { cookies: store, view, edits, deleteCookies: onDelete } = usePanelStore();
  const filter = view.filter.value;
  const history = edits.history.value;
  const section = view.section.value;
  // Tabs as in DevTools' tabbed panes: one Tab stop, ←/→ (Home/End) move between the views.
  const onTabKey = (e: KeyboardEvent) => {
    const i = SECTIONS.findIndex(([id]) => id === section);
    const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: SECTIONS.length - 1 }[e.key];
    if (to === undefined) return;
    consumeKey(e);
    const [id] = SECTIONS[(to + SECTIONS.length) % SECTIONS.length] as [Section, string];
    view.section.value = id;
    setTimeout(() => document.getElementById(`tab-${id}`)?.focus(), 0);
  };
  const privacy = usePrivacy();
  const openTransfer = useTransfer();
  const masked = privacy.masked.value;
  const noPage = !store.pageUrl.value;
  const bar = useRef<HTMLDivElement>(null);
  const overflow = useOverflow(bar, OVERFLOW);
  // Each tool that moves into the "More tools" menu when the toolbar is too narrow: as a button, and as a menu item.
  const tools: Record<OverflowId, { button: JSX.Element; item: MenuItem }> = {
    findings: {
      button: (
        <label
          class="toggle"
          data-ov="findings"
          title="Only cookies with a low, medium or high finding that is not muted"
        >
          <input
            type="checkbox"
            data-testid="only-findings"
            checked={view.onlyFindings.value}
            onChange={(e) => (view.onlyFindings.value = e.currentTarget.checked)}
          />
          With findings
        </label>
      ),
      item: {
        id: 'findings',
        label: 'Only cookies with findings',
        checked: view.onlyFindings.value,
        onSelect: () => (view.onlyFindings.value = !view.onlyFindings.value),
      },
    },
    export: {
      button: (
        <button
          type="button"
          data-ov="export"
          onClick={() => (openTransfer.value = 'export')}
          disabled={noPage}
          title="Export cookies as JSON, cookies.txt, a Cookie header or a curl command"
        >
          Export…
        </button>
      ),
      item: { id: 'export', label: 'Export…', disabled: noPage, onSelect: () => (openTransfer.value = 'export') },
    },
    import: {
      button: (
        <button
          type="button"
          data-ov="import"
          onClick={() => (openTransfer.value = 'import')}
          disabled={noPage}
          title="Import cookies for this site from JSON, cookies.txt, a Cookie header or Set-Cookie lines"
        >
          Import…
        </button>
      ),
      item: { id: 'import', label: 'Import…', disabled: noPage, onSelect: () => (openTransfer.value = 'import') },
    },
    mask: {
      button: (
        <button
          type="button"
          data-ov="mask"
          aria-pressed={masked}
          class={masked ? 'toggle on' : 'toggle'}
          onClick={() => privacy.toggle()}
          title={
            masked
              ? 'Values are hidden (for screen sharing); click to show them'
              : 'Hide every cookie value (for screen sharing)'
          }
        >
          Mask values
        </button>
      ),
      item: { id: 'mask', label: 'Mask values', checked: masked, onSelect: () => privacy.toggle() },
    },
    reload: {
      button: (
        <button
          type="button"
          class="icon"
          data-ov="reload"
          onClick={() => void store.reload()}
          aria-label="Reload cookies from the browser"
          title="Reload cookies from the browser"
        >
          <span aria-hidden="true">⟳</span>
        </button>
      ),
      item: { id: 'reload', label: 'Reload cookies', onSelect: () => void store.reload() },
    },
  };
  return (
    <div class="toolbar" role="toolbar" aria-label="Cookie Lens" ref={bar}>
      <div role="tablist" aria-label="Views" class="tabs" onKeyDown={onTabKey}>
        {SECTIONS.map(([id, label]) => (
          <button
            key={id}
            id={`tab-${id}`}
            type="button"
            role="tab"
            aria-selected={section === id}
            aria-controls="panel-main"
            tabIndex={section === id ? 0 : -1}
            class={section === id ? 'tab active' : 'tab'}
            onClick={() => (view.section.value = id)}
          >
            {label}
          </button>
        ))}
      </div>
      <select
        aria-label="Scope"
        class="scope"
        title="Which cookies: those sent with this page, every cookie of this site (and those sent with the page), or every site's"
        value={store.chosenScope.value}
        onChange={(e) => store.setScope(e.currentTarget.value as Scope)}
        // About to choose: the whole store is read now, so "All sites" paints at once (store/jar.ts).
        onPointerEnter={store.prepareAllSites}
        onFocus={store.prepareAllSites}
      >
        <option value="page">Sent with this page</option>
        <option value="site">This site</option>
        <option value="all">All sites</option>
      </select>
      {section === 'cookies' && (
        <>
          <input
            type="search"
            class={filter.kind === 'invalid' ? 'filter invalid' : 'filter'}
            placeholder="Filter (Ctrl+F): name, value, domain or /regex/"
            aria-label="Filter cookies"
            data-testid="filter"
            aria-invalid={filter.kind === 'invalid'}
            aria-describedby={filter.kind === 'invalid' ? 'filter-error' : undefined}
            value={view.filterText.value}
            onInput={(e) => (view.filterText.value = e.currentTarget.value)}
            spellcheck={false}
          />
          <select
            aria-label="Class"
            value={view.classFilter.value}
            onChange={(e) => (view.classFilter.value = e.currentTarget.value as CookieClass | 'all')}
          >
            <option value="all">All classes</option>
            {CLASSES.map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
          {!overflow.collapsed.has('findings') && tools.findings.button}
          <CookieCount />
          {filter.kind === 'invalid' && (
            <span id="filter-error" class="error-text" role="alert">
              {filter.error}
            </span>
          )}
        </>
      )}
      <span class="spacer" />
      <button
        type="button"
        onClick={() => edits.openAdd()}
        disabled={!store.pageUrl.value}
        title="Add a cookie for this site"
      >
        Add
      </button>
      <DeleteMenu targets={deleteTargets} onDelete={onDelete} />
      {OVERFLOW.map(
        (id) => id !== 'findings' && !overflow.collapsed.has(id) && <Fragment key={id}>{tools[id].button}</Fragment>,
      )}
      <span class="icon-group">
        <button
          type="button"
          class="icon"
          onClick={() => void edits.undo()}
          disabled={!history.undo}
          title={history.undo ? `Undo: ${history.undo} (Ctrl+Z)` : 'Nothing to undo'}
          aria-label={history.undo ? `Undo: ${history.undo}` : 'Undo'}
        >
          <span aria-hidden="true">↶</span>
        </button>
        <button
          type="button"
          class="icon"
          onClick={() => void edits.redo()}
          disabled={!history.redo}
          title={history.redo ? `Redo: ${history.redo} (Ctrl+Shift+Z)` : 'Nothing to redo'}
          aria-label={history.redo ? `Redo: ${history.redo}` : 'Redo'}
        >
          <span aria-hidden="true">↷</span>
        </button>
      </span>
      {overflow.collapsed.size > 0 && (
        <MenuButton
          label="More tools"
          title="More tools"
          iconOnly
          class="icon more"
          testId="more-tools"
          items={() =>
            OVERFLOW.filter((id) => overflow.collapsed.has(id) && (id !== 'findings' || section === 'cookies')).map(
              (id) => tools[id].item,
            )
          }
        >
          <span aria-hidden="true">»</span>
        </MenuButton>
      )}
    </div>
  );
}

/**
 * The count, in a component of its own: it changes with every live change, and re-rendering the whole toolbar for it
 * meant measuring the toolbar's overflow (a forced layout) on every change.
 */
function CookieCount() {
  const { cookies: store, view } = usePanelStore();
  return (
    <span class="count" role="status" data-testid="count">
      {store.readingAllSites.value
        ? 'Reading every site…'
        : countText(view.rows.value.length, view.total.value, view.selectedCookies.value.length)}
    </span>
  );
}

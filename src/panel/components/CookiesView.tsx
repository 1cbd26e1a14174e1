import { usePanelStore } from '../context.ts';
import { MIN_TABLE_WIDTH } from '../store/layout.ts';
import { columnsFor } from '../table-model.ts';
import { CookieTable } from './CookieTable.tsx';
import { DetailPane, EditorPane } from './lazy-parts.ts';
import { Splitter } from './Splitter.tsx';

const EMPTY_TEXT = {
  page: 'No cookies are sent with this page yet.',
  site: 'This site has no cookies yet.',
  all: 'This cookie store is empty.',
} as const;

/** The cookies view: the table, and beside it the selected cookie's details or the editor. */
export function CookiesView() {
  const { cookies: store, view, edits, layout } = usePanelStore();
  const selected = view.selected.value;
  const selectedKey = view.selectedKey.value;
  const editing = edits.editor.value !== null;
  const paneOpen = editing || (selected !== null && selectedKey !== null);
  const detailWidth = layout.layout.value.detailWidth;
  return (
    <div
      class={paneOpen ? 'split with-detail' : 'split'}
      style={
        paneOpen
          ? { gridTemplateColumns: `minmax(0, 1fr) min(${detailWidth}px, calc(100% - ${MIN_TABLE_WIDTH}px))` }
          : undefined
      }
    >
      {/* The table is always there, its header over a message while there is no row: a first read slower than the
          first draw's wait (shell/first-draw.ts) fills the table already laid out and measured, in one pass; and the
          first cookie a page sets adds a row rather than replacing the message with a whole table (a layout of the
          whole panel). */}
      <CookieTable
        columns={columnsFor(store.scope.value === 'all')}
        emptyText={
          store.status.value.kind === 'loading' && store.all.value.size === 0
            ? 'Reading cookies…'
            : view.total.value === 0
              ? `${EMPTY_TEXT[store.scope.value]} Use Add to create one.`
              : undefined
        }
      />
      {paneOpen && (
        <div class="side">
          <Splitter width={detailWidth} onResize={(px) => layout.setDetailWidth(px)} />
          {editing ? (
            <EditorPane />
          ) : (
            selected && selectedKey !== null && <DetailPane cookie={selected} cookieKey={selectedKey} />
          )}
        </div>
      )}
    </div>
  );
}

import type { CookieStore } from '../store/cookies.ts';
import type { ViewStore } from '../store/view.ts';
import { CookieTable } from './CookieTable.tsx';
import { DetailPane } from './DetailPane.tsx';
import { Toolbar } from './Toolbar.tsx';

export function App({ store, view }: { store: CookieStore; view: ViewStore }) {
  const status = store.status.value;
  const selected = view.selected.value;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && view.selectedKey.value !== null) view.selectedKey.value = null;
  };
  return (
    <div class="app" onKeyDown={onKeyDown}>
      <Toolbar store={store} view={view} />
      {status.kind === 'error' ? (
        <p class="empty" role="alert">
          {status.message}
        </p>
      ) : (
        <div class={selected ? 'main with-detail' : 'main'}>
          {status.kind === 'loading' && store.all.value.size === 0 ? (
            <p class="empty" role="status">
              Reading cookies…
            </p>
          ) : view.total.value === 0 ? (
            <p class="empty" role="status">
              {store.scope.value === 'page' ? 'No cookies are sent with this page yet.' : 'This site has no cookies yet.'}
            </p>
          ) : (
            <CookieTable view={view} pageUrl={store.pageUrl.value} />
          )}
          {selected && <DetailPane cookie={selected} onClose={() => (view.selectedKey.value = null)} />}
        </div>
      )}
    </div>
  );
}

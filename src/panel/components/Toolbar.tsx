import type { CookieStore } from '../store/cookies.ts';
import type { ViewStore } from '../store/view.ts';

export function Toolbar({ store, view }: { store: CookieStore; view: ViewStore }) {
  const filter = view.filter.value;
  const shown = view.rows.value.length;
  const total = view.total.value;
  return (
    <div class="toolbar" role="toolbar" aria-label="Cookie list controls">
      <label class="scope">
        <span class="visually-hidden">Scope</span>
        <select
          aria-label="Scope"
          value={store.scope.value}
          onChange={(e) => (store.scope.value = (e.currentTarget as HTMLSelectElement).value as 'page' | 'site')}
        >
          <option value="page">Sent with this page</option>
          <option value="site">All cookies of this site</option>
        </select>
      </label>
      <input
        type="search"
        class={filter.kind === 'invalid' ? 'filter invalid' : 'filter'}
        placeholder="Filter: name, value, domain or /regex/"
        aria-label="Filter cookies"
        aria-invalid={filter.kind === 'invalid'}
        aria-describedby="filter-error"
        value={view.filterText.value}
        onInput={(e) => (view.filterText.value = (e.currentTarget as HTMLInputElement).value)}
        spellcheck={false}
      />
      <button type="button" onClick={() => void store.reload()} aria-label="Reload cookies from the browser" title="Reload">
        ⟳
      </button>
      <span class="count" role="status" data-testid="count">
        {shown === total ? `${total} cookies` : `${shown} of ${total} cookies`}
      </span>
      {filter.kind === 'invalid' && (
        <span id="filter-error" class="error-text" role="alert">
          {filter.error}
        </span>
      )}
      <span class="page-url" title={store.pageUrl.value?.href ?? ''}>
        {store.pageUrl.value?.href ?? ''}
      </span>
    </div>
  );
}

import { useRef, useState } from 'preact/hooks';
import type { Cookie } from '../../core/types.ts';
import type { EditStore } from '../store/edits.ts';

/** Computed only when the menu opens: with thousands of rows, building these lists on every render is waste. */
export interface DeleteTargets {
  selected: () => Cookie[];
  shown: () => Cookie[];
  site: () => Cookie[];
  filtered: boolean;
}

/** Delete the selected, the filtered (shown) or all of the site's cookies; bulk deletes ask first and can be undone. */
export function DeleteMenu({ edits, targets }: { edits: EditStore; targets: DeleteTargets }) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const choose = (cookies: Cookie[], what: string) => {
    setOpen(false);
    button.current?.focus();
    void edits.remove(cookies, what);
  };
  const lists = open ? { selected: targets.selected(), shown: targets.shown(), site: targets.site() } : null;
  const items: [string, Cookie[], string][] = lists
    ? [
        [`Selected (${lists.selected.length})`, lists.selected, 'selected'],
        [`Shown by the filter (${lists.shown.length})`, lists.shown, targets.filtered ? 'shown by the filter' : 'shown'],
        [`All cookies of this site (${lists.site.length})`, lists.site, 'all of this site'],
      ]
    : [];
  return (
    <div class="menu-wrap" onKeyDown={(e) => e.key === 'Escape' && open && (e.stopPropagation(), setOpen(false), button.current?.focus())}>
      <button ref={button} type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen(!open)} title="Delete cookies">
        Delete ▾
      </button>
      {open && (
        <div role="menu" class="menu" aria-label="Delete cookies">
          {items.map(([label, cookies, what]) => (
            <button key={what} type="button" role="menuitem" disabled={cookies.length === 0} onClick={() => choose(cookies, what)}>
              {label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}

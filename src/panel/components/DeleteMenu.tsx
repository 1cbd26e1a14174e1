import { useRef, useState } from 'preact/hooks';
import type { Cookie } from '../../core/types.ts';
import { Menu, positionBelow, type MenuPosition } from './Menu.tsx';

/** Computed only when the menu opens: with thousands of rows, building these lists on every render is waste. */
export interface DeleteTargets {
  selected: () => Cookie[];
  shown: () => Cookie[];
  site: () => Cookie[];
  filtered: boolean;
}

/** Delete the selected, the filtered (shown) or all of the site's cookies; bulk deletes ask first and can be undone. */
export function DeleteMenu({ targets, onDelete }: { targets: DeleteTargets; onDelete: (cookies: Cookie[], what: string) => void }) {
  const [at, setAt] = useState<MenuPosition | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const lists = at ? { selected: targets.selected(), shown: targets.shown(), site: targets.site() } : null;
  const items: [string, Cookie[], string][] = lists
    ? [
        [`Selected (${lists.selected.length})`, lists.selected, 'selected'],
        [`Shown by the filter (${lists.shown.length})`, lists.shown, targets.filtered ? 'shown by the filter' : 'shown'],
        [`All cookies of this site (${lists.site.length})`, lists.site, 'all of this site'],
      ]
    : [];
  const toggle = () => setAt(at ? null : button.current ? positionBelow(button.current) : null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="menu"
        aria-expanded={at !== null}
        onClick={toggle}
        onKeyDown={(e) => e.key === 'ArrowDown' && (e.preventDefault(), toggle())}
        title="Delete cookies"
      >
        Delete ▾
      </button>
      {at && (
        <Menu
          label="Delete cookies"
          position={at}
          onClose={() => setAt(null)}
          items={items.map(([label, cookies, what]) => ({ id: what, label, disabled: cookies.length === 0, onSelect: () => onDelete(cookies, what) }))}
        />
      )}
    </>
  );
}

import type { Cookie } from '../../core/cookie/model.ts';
import { MenuButton, type MenuItem } from './Menu.tsx';

/** Computed only when the menu opens: with thousands of rows, building these lists on every render is waste. */
export interface DeleteTargets {
  selected: () => Cookie[];
  shown: () => Cookie[];
  site: () => Cookie[];
  filtered: boolean;
}

/** Delete the selected, the filtered (shown) or all of the site's cookies; bulk deletes ask first and can be undone. */
export function DeleteMenu({
  targets,
  onDelete,
}: {
  targets: DeleteTargets;
  onDelete: (cookies: Cookie[], what: string) => void;
}) {
  const items = (): MenuItem[] => {
    const lists = { selected: targets.selected(), shown: targets.shown(), site: targets.site() };
    const choices: [string, Cookie[], string][] = [
      [`Selected (${lists.selected.length})`, lists.selected, 'selected'],
      [`Shown by the filter (${lists.shown.length})`, lists.shown, targets.filtered ? 'shown by the filter' : 'shown'],
      [`All cookies of this site (${lists.site.length})`, lists.site, 'all of this site'],
    ];
    return choices.map(([label, cookies, what]) => ({
      id: what,
      label,
      disabled: cookies.length === 0,
      onSelect: () => onDelete(cookies, what),
    }));
  };
  return (
    <MenuButton label="Delete cookies" title="Delete cookies" items={items}>
      Delete ▾
    </MenuButton>
  );
}

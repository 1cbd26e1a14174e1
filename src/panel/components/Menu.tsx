import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

import { consumeKey, currentFocus, focusIsLost, returnFocus } from '../focus.ts';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
  /** A checkable item (menuitemcheckbox), e.g. a column shown or hidden. */
  checked?: boolean;
  /** A line above this item, grouping it with the ones below. */
  separated?: boolean;
  /** A keyboard hint shown at the right, e.g. "Del". */
  hint?: string;
}

export type MenuPosition = { x: number; y: number };

/**
 * A popup menu as DevTools has them: focus moves into it, ↑/↓/Home/End move, Enter or Space chooses, Escape or Tab
 * closes it and focus returns to what opened it (Escape stops there and never reaches DevTools). A click outside
 * closes it too. Placed at `position` (viewport px), kept inside the window.
 */
export function Menu({
  label,
  items,
  position,
  onClose,
  testId,
}: {
  label: string;
  items: readonly MenuItem[];
  position: MenuPosition;
  onClose: () => void;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(currentFocus());
  const [place, setPlace] = useState(position);
  const close = useRef(onClose);
  close.current = onClose;

  const buttons = () => [
    ...(ref.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not([disabled])') ?? []),
  ];
  const closed = useRef(false);
  const dismiss = (refocus: boolean) => {
    if (closed.current) return;
    closed.current = true; // before the focus moves: its focusout must not close the menu a second time
    if (refocus) returnFocus(opener.current);
    close.current();
  };

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const r = el.getBoundingClientRect();
    const x = Math.max(0, Math.min(position.x, window.innerWidth - r.width - 2));
    const y = position.y + r.height > window.innerHeight ? Math.max(0, position.y - r.height) : position.y;
    setPlace({ x, y });
    buttons()[0]?.focus();
  }, [position.x, position.y]);

  useEffect(() => {
    const outside = (e: Event) => {
      if (!ref.current?.contains(e.target as Node)) dismiss(false);
    };
    document.addEventListener('pointerdown', outside, true);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      // Removed with focus inside: hand focus back rather than leave it on <body>.
      const from = opener.current;
      queueMicrotask(() => focusIsLost() && returnFocus(from));
    };
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    const list = buttons();
    const at = list.indexOf(document.activeElement as HTMLButtonElement);
    const go = (i: number) => list[(i + list.length) % list.length]?.focus();
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 };
    if (e.key in moves) {
      consumeKey(e);
      go(moves[e.key] as number);
    } else if (e.key === 'Escape' || e.key === 'Tab') {
      consumeKey(e);
      dismiss(true);
    } else if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // Type-ahead: the next item starting with the letter.
      const k = e.key.toLowerCase();
      const order = [...list.slice(at + 1), ...list.slice(0, at + 1)];
      order.find((b) => b.textContent?.trim().replace(/^✓/, '').toLowerCase().startsWith(k))?.focus();
      consumeKey(e);
    } else if (e.key !== 'Enter' && e.key !== ' ') e.stopPropagation(); // keys meant for the menu stay in it
  };

  return (
    <div
      ref={ref}
      role="menu"
      aria-label={label}
      class="menu popup"
      data-testid={testId}
      style={{ left: `${place.x}px`, top: `${place.y}px` }}
      onKeyDown={onKeyDown}
      onFocusOut={(e) => {
        const to = e.relatedTarget as Node | null;
        if (to && !ref.current?.contains(to)) dismiss(false);
      }}
      onContextMenu={(e) => e.preventDefault()}
    >
      {items.map((item) => (
        <button
          key={item.id}
          type="button"
          role={item.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
          aria-checked={item.checked}
          tabIndex={-1}
          disabled={item.disabled}
          class={item.separated ? 'separated' : undefined}
          data-item={item.id}
          onClick={() => {
            dismiss(true);
            item.onSelect();
          }}
        >
          {item.checked !== undefined && (
            <span class="menu-check" aria-hidden="true">
              {item.checked ? '✓' : ''}
            </span>
          )}
          <span class="menu-label">{item.label}</span>
          {item.hint && (
            <span class="menu-hint" aria-hidden="true">
              {item.hint}
            </span>
          )}
        </button>
      ))}
    </div>
  );
}

/** The place for a menu opened from the keyboard: under the element that has focus. */
export function positionBelow(el: Element): MenuPosition {
  const r = el.getBoundingClientRect();
  return { x: r.left + 8, y: r.bottom };
}

/**
 * A toolbar button that opens a menu below it (Enter, Space, ↓ or a click); the items are built only when it opens.
 * `label` names the menu, and the button too when its content is only an icon (`iconOnly`).
 */
export function MenuButton({
  label,
  title,
  iconOnly = false,
  class: className,
  testId,
  items,
  children,
}: {
  label: string;
  title: string;
  iconOnly?: boolean;
  class?: string;
  testId?: string;
  items: () => readonly MenuItem[];
  children: ComponentChildren;
}) {
  const [at, setAt] = useState<MenuPosition | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const toggle = () => setAt(at ? null : button.current ? positionBelow(button.current) : null);
  return (
    <>
      <button
        ref={button}
        type="button"
        class={className}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        aria-label={iconOnly ? label : undefined}
        title={title}
        data-testid={testId}
        onClick={toggle}
        onKeyDown={(e) => e.key === 'ArrowDown' && (e.preventDefault(), toggle())}
      >
        {children}
      </button>
      {at && <Menu label={label} position={at} onClose={() => setAt(null)} items={items()} />}
    </>
  );
}

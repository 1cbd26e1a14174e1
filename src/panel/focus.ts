/**
 * Keyboard focus inside the panel: where it goes when a dialog or pane closes, and which keys must not reach
 * DevTools. DevTools injects a `keydown` listener on the panel's document (its extension API, `forwardKeyboardEvent`
 * in front_end/models/extensions/ExtensionAPI.ts) that forwards Escape and modifier shortcuts to DevTools and calls
 * `preventDefault()` on them: Escape then opens the Console drawer and a `<dialog>` never sees its close request.
 * That listener sits on `document` in the bubble phase, so a key the panel handles stops propagating below it.
 */

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** Focusable descendants in tab order (visible ones only). */
export function focusables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.getClientRects().length > 0 || el === document.activeElement,
  );
}

/** The element to focus first in a dialog or pane: one marked `data-autofocus`, else the first focusable one. */
export function focusInitial(root: HTMLElement): boolean {
  const marked = root.querySelector<HTMLElement>('[data-autofocus]');
  const target = marked ?? focusables(root)[0];
  if (!target) return false;
  target.focus();
  if (target instanceof HTMLInputElement && target.type === 'text') target.select();
  return document.activeElement === target;
}

/** Tab and Shift+Tab wrap inside `root` (a modal must not hand focus to DevTools' toolbar behind it). */
export function trapTab(e: KeyboardEvent, root: HTMLElement): void {
  if (e.key !== 'Tab') return;
  const list = focusables(root);
  const first = list[0];
  const last = list.at(-1);
  if (!first || !last) return;
  const active = document.activeElement;
  if (e.shiftKey && (active === first || !root.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !root.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

/** True when nothing in the panel has focus (a removed element leaves focus on `<body>`). */
export function focusIsLost(): boolean {
  const a = document.activeElement;
  return a === null || a === document.body || a === document.documentElement;
}

/**
 * Where focus goes when what had it is gone: the table's current row (the one in the tab order), else the main
 * area. Never `<body>`, where the panel's keys (Delete, Ctrl+Z) would not be heard.
 */
export function focusPanelHome(): void {
  const row = document.querySelector<HTMLElement>('[role="row"][tabindex="0"]');
  const target =
    row ?? document.querySelector<HTMLElement>('#panel-main') ?? document.querySelector<HTMLElement>('main');
  target?.focus({ preventScroll: !!row });
}

/** Back to `opener` if it is still in the page and focusable, else the panel's home (see focusPanelHome). */
export function returnFocus(opener: Element | null): void {
  // A table row re-rendered meanwhile (its cookie changed, e.g. by the save that closed the editor) is the same row.
  const key = opener && !opener.isConnected ? opener.getAttribute('data-key') : null;
  if (key !== null) opener = document.querySelector(`[data-key="${CSS.escape(key)}"]`) ?? opener;
  if (
    opener instanceof HTMLElement &&
    opener.isConnected &&
    !opener.closest('[inert], dialog:not([open])') &&
    !(opener as HTMLButtonElement).disabled
  ) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  focusPanelHome();
}

/** The element that has focus now, if it is a real control (not `<body>`). */
export function currentFocus(): HTMLElement | null {
  return focusIsLost() ? null : (document.activeElement as HTMLElement);
}

/** Stop a key the panel has handled: no default action, and DevTools' forwarding listener never sees it. */
export function consumeKey(e: Event): void {
  e.preventDefault();
  e.stopPropagation();
}

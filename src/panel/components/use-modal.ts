import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

import { consumeKey, currentFocus, focusInitial, focusIsLost, returnFocus, trapTab } from '../focus.ts';

/**
 * A `<dialog>` shown modally while `open` is true. Escape (and the browser's own close request) calls `onCancel`
 * and goes no further (DevTools would open its Console drawer, see focus.ts); Tab stays inside; focus starts on the
 * element marked `data-autofocus` (set here, after opening: the autofocus attribute is blocked in DevTools'
 * cross-origin frame and logs an error) and returns to whatever opened the dialog when it closes.
 */
export function useModal(open: boolean, onCancel: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  /** Shown by this hook and not yet closed by it (the browser may have closed the element already). */
  const shown = useRef(false);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      shown.current = true;
      opener.current = currentFocus();
      el.showModal();
      if (!focusInitial(el)) el.focus();
    }
    // Closing, also after the browser closed the dialog itself: a close request whose `cancel` it does not let a page
    // prevent (Chrome's close watchers, without a recent user activation) closes it before the owner's state follows.
    if (!open && shown.current) {
      shown.current = false;
      if (el.open) el.close();
      returnFocus(opener.current);
      opener.current = null;
    }
  }, [open]);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        consumeKey(e);
        cancel.current();
      } else if (e.key === 'Tab') trapTab(e, el);
    };
    const onCancelEvent = (e: Event) => {
      e.preventDefault();
      cancel.current();
    };
    // Closed by the browser while the owner still has it open: the owner closes it too, and focus goes back above.
    const onClosed = () => {
      if (shown.current) cancel.current();
    };
    el.addEventListener('keydown', onKeyDown);
    el.addEventListener('cancel', onCancelEvent);
    el.addEventListener('close', onClosed);
    return () => {
      el.removeEventListener('keydown', onKeyDown);
      el.removeEventListener('cancel', onCancelEvent);
      el.removeEventListener('close', onClosed);
    };
  }, []);

  // Unmounted while shown (an owner that closes its dialog by unmounting it: App mounts TransferDialogs only while
  // one is open), also after the browser closed it itself: focus goes back to the opener. In a layout effect's
  // cleanup, which Preact runs in the commit, before the dialog leaves the page; a passive effect's cleanup runs
  // after the next paint, when the dialog and the focus in it are long gone (focus on <body>).
  useLayoutEffect(() => {
    const el = ref.current;
    return () => {
      if (!shown.current) return;
      shown.current = false;
      const focusWasInside = focusIsLost() || (el?.contains(document.activeElement) ?? false);
      if (el?.open) el.close();
      // Unless the user has put focus somewhere else meanwhile.
      if (focusWasInside || focusIsLost()) returnFocus(opener.current);
    };
  }, []);
  return ref;
}

/** For content that mounts after its dialog opened (a lazily prepared form): focus its first control then. */
export function useInitialFocus<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    const dialog = el?.closest('dialog');
    if (el && dialog?.open && !el.contains(document.activeElement)) focusInitial(el);
  }, []);
  return ref;
}

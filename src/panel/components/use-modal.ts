import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

import { consumeKey, currentFocus, focusInitial, returnFocus, trapTab } from '../focus.ts';

/**
 * A `<dialog>` shown modally while `open` is true. Escape (and the browser's own close request) calls `onCancel`
 * and goes no further (DevTools would open its Console drawer, see focus.ts); Tab stays inside; focus starts on the
 * element marked `data-autofocus` (set here, after opening: the autofocus attribute is blocked in DevTools'
 * cross-origin frame and logs an error) and returns to whatever opened the dialog when it closes.
 */
export function useModal(open: boolean, onCancel: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) {
      opener.current = currentFocus();
      el.showModal();
      if (!focusInitial(el)) el.focus();
    }
    if (!open && el.open) {
      el.close();
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
    el.addEventListener('keydown', onKeyDown);
    el.addEventListener('cancel', onCancelEvent);
    return () => {
      el.removeEventListener('keydown', onKeyDown);
      el.removeEventListener('cancel', onCancelEvent);
      if (el.open) {
        el.close();
        returnFocus(opener.current);
      }
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

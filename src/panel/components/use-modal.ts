import { useLayoutEffect, useRef } from 'preact/hooks';

/** A `<dialog>` shown modally while `open` is true (Escape fires the dialog's cancel event). */
export function useModal(open: boolean) {
  const ref = useRef<HTMLDialogElement>(null);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);
  return ref;
}

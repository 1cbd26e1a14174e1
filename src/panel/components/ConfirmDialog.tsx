import { useLayoutEffect, useRef } from 'preact/hooks';
import type { EditStore } from '../store/edits.ts';

/** A modal question before a bulk or risky change; Escape or Cancel says no. */
export function ConfirmDialog({ edits }: { edits: EditStore }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const c = edits.confirmation.value;
  useLayoutEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (c && !el.open) el.showModal();
    if (!c && el.open) el.close();
  }, [c]);
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="confirm-title" onCancel={() => void edits.answerConfirmation(false)} data-testid="confirm">
      {c && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault();
            void edits.answerConfirmation(true);
          }}
        >
          <h2 id="confirm-title">{c.title}</h2>
          <p>{c.detail}</p>
          <div class="editor-actions">
            <button type="submit" class="primary danger">
              {c.confirmLabel}
            </button>
            <button type="button" onClick={() => void edits.answerConfirmation(false)} autoFocus>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

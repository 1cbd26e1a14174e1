import { usePanelStore } from '../context.ts';
import { useModal } from './use-modal.ts';

/** A modal question before a bulk or risky change; Escape or Cancel says no. */
export function ConfirmDialog() {
  const { edits } = usePanelStore();
  const c = edits.confirmation.value;
  const dialog = useModal(c !== null, () => void edits.answerConfirmation(false));
  return (
    <dialog ref={dialog} class="confirm" aria-labelledby="confirm-title" tabIndex={-1} data-testid="confirm">
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
            <button type="button" onClick={() => void edits.answerConfirmation(false)} data-autofocus>
              Cancel
            </button>
          </div>
        </form>
      )}
    </dialog>
  );
}

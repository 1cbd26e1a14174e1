import { usePanelStore } from '../context.ts';

/** The result of the last write, in words, with Undo where it applies. */
export function StatusBar() {
  const { edits } = usePanelStore();
  const s = edits.status.value;
  if (!s) return null;
  return (
    <div class={`status-bar ${s.kind}`} role={s.kind === 'error' ? 'alert' : 'status'} data-testid="status">
      <span>{s.text}</span>
      {s.undoable && edits.history.value.undo && (
        <button type="button" onClick={() => void edits.undo()}>
          Undo
        </button>
      )}
      <button type="button" class="quiet" aria-label="Dismiss message" onClick={() => (edits.status.value = null)}>
        ✕
      </button>
    </div>
  );
}

import { useState } from 'preact/hooks';

import { usePanelStore } from '../context.ts';

/** What this browser's DevTools cannot give the panel, said once above the table; the user can dismiss it. */
export function BrowserNotes() {
  const { notes } = usePanelStore();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notes.length === 0) return null;
  return (
    <div class="banner note" role="note" data-testid="browser-note">
      {notes.map((n) => (
        <span key={n}>{n}</span>
      ))}
      <button type="button" class="quiet" aria-label="Dismiss note" onClick={() => setDismissed(true)}>
        ✕
      </button>
    </div>
  );
}

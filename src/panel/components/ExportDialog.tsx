import { useMemo, useState } from 'preact/hooks';

import type { CookieAnalysis } from '../../core/analysis-types.ts';
import { cookieKey } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import type { ExportFormat } from '../../core/formats/index.ts';
import { usePanelStore, usePrivacy } from '../context.ts';
import type { Engine } from '../store/engine.ts';
import {
  buildExport,
  CHOICE_LABELS,
  defaultExportChoice,
  EXPORT_FORMATS,
  type ExportChoice,
  type ExportTargets,
} from '../transfer/export-model.ts';
import { useInitialFocus, useModal } from './use-modal.ts';

/** The format chosen last, while the panel is open: the next export starts from it. */
let lastFormat: ExportFormat = 'json';

const CHOICES = Object.keys(CHOICE_LABELS) as ExportChoice[];
const FORMATS = Object.keys(EXPORT_FORMATS) as ExportFormat[];

/** Export the chosen cookies in one format: preview as text, secrets named and redacted by default, download or copy. */
export function ExportDialog({
  open,
  targets,
  filtered,
  pageUrl,
  onClose,
}: {
  open: boolean;
  targets: ExportTargets;
  filtered: boolean;
  pageUrl: URL | null;
  onClose: () => void;
}) {
  const { engine } = usePanelStore();
  const dialog = useModal(open, onClose);
  return (
    <dialog ref={dialog} class="transfer" aria-labelledby="export-title" tabIndex={-1} data-testid="export-dialog">
      {open &&
        pageUrl &&
        (engine.value ? (
          <ExportForm
            targets={targets}
            filtered={filtered}
            pageUrl={pageUrl}
            onClose={onClose}
            analyzeCookie={engine.value.analyzeCookie}
          />
        ) : (
          <p role="status">Preparing the export…</p>
        ))}
    </dialog>
  );
}

function ExportForm({
  targets,
  filtered,
  pageUrl,
  onClose,
  analyzeCookie,
}: {
  targets: ExportTargets;
  filtered: boolean;
  pageUrl: URL;
  onClose: () => void;
  analyzeCookie: Engine['analyzeCookie'];
}) {
  const { copyText, downloadText } = usePanelStore();
  const [choice, setChoice] = useState<ExportChoice>(() => defaultExportChoice(targets, filtered));
  const [format, setFormat] = useState<ExportFormat>(lastFormat);
  const form = useInitialFocus<HTMLFormElement>();
  const [redact, setRedact] = useState(true);
  const [feedback, setFeedback] = useState('');
  const [showPreview, setShowPreview] = useState(false);
  // Analyse once per dialog: what a cookie is depends on its name, value and flags, not on the format.
  const analyses = useMemo(() => {
    const m = new Map<string, CookieAnalysis>();
    for (const c of [...targets.site, ...targets.shown, ...targets.selected]) {
      const k = cookieKey(c);
      if (!m.has(k)) m.set(k, analyzeCookie(c, pageUrl));
    }
    return m;
  }, [targets, pageUrl, analyzeCookie]);
  const analysisOf = (c: Cookie): CookieAnalysis => analyses.get(cookieKey(c)) ?? analyzeCookie(c, pageUrl);
  const model = buildExport({ format, choice, targets, pageUrl, redact, analysisOf });
  const privacy = usePrivacy();
  const previewHidden = privacy.masked.value && !showPreview;
  const empty = model.text === '';

  return (
    <form ref={form} method="dialog" onSubmit={(e) => e.preventDefault()}>
      <h2 id="export-title">Export cookies</h2>
      <fieldset class="choices">
        <legend>Cookies</legend>
        {CHOICES.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name="export-choice"
              value={c}
              checked={choice === c}
              data-autofocus={choice === c ? '' : undefined}
              disabled={targets[c].length === 0}
              onChange={() => (setChoice(c), setFeedback(''))}
            />
            {CHOICE_LABELS[c]} ({targets[c].length})
          </label>
        ))}
      </fieldset>
      <label class="field">
        <span>Format</span>
        <select
          value={format}
          onChange={(e) => (setFormat((lastFormat = e.currentTarget.value as ExportFormat)), setFeedback(''))}
        >
          {FORMATS.map((f) => (
            <option key={f} value={f}>
              {EXPORT_FORMATS[f].label}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{EXPORT_FORMATS[format].carries}</p>
      {model.secrets.length > 0 ? (
        <div class="banner warning" data-testid="export-secrets">
          <p>
            <strong>
              {model.secrets.length} of these cookies{' '}
              {model.secrets.length === 1 ? 'is a credential' : 'are credentials'}
            </strong>{' '}
            (session IDs and auth tokens): whoever gets them can act as you on this site, without your password.
          </p>
          <ul>
            {model.secrets.map((s) => (
              <li key={cookieKey(s.cookie)}>{s.warning}</li>
            ))}
          </ul>
          <label class="check">
            <input
              type="checkbox"
              checked={redact}
              onChange={(e) => (setRedact(e.currentTarget.checked), setFeedback(''))}
            />
            Redact session IDs and auth tokens
          </label>
          <p class="muted">
            On by default because this export holds credentials: their values become REDACTED-… placeholders, which an
            import refuses. Untick it only to hand the real session to a tool you trust (curl, yt-dlp).
          </p>
        </div>
      ) : (
        <p class="muted" data-testid="export-secrets">
          No session IDs or auth tokens among these cookies.
        </p>
      )}
      <label class="field">
        <span>
          Preview ({model.cookies.length} cookie{model.cookies.length === 1 ? '' : 's'}, {model.fileName})
        </span>
        {previewHidden ? (
          <span class="masked-note">
            The preview is hidden while values are masked. Download and Copy still export the real text.{' '}
            <button type="button" onClick={() => setShowPreview(true)}>
              Show preview
            </button>
          </span>
        ) : (
          <textarea readOnly rows={10} value={model.text} spellcheck={false} data-testid="export-preview" wrap="off" />
        )}
      </label>
      {model.notes.length > 0 && (
        <ul class="notes" data-testid="export-notes">
          {model.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <div class="editor-actions">
        <button
          type="button"
          class="primary"
          disabled={empty}
          onClick={() => {
            downloadText(model.text, model.fileName, model.mime);
            setFeedback(`Download started: ${model.fileName}${model.redacted ? ' (credentials redacted)' : ''}.`);
          }}
        >
          Download
        </button>
        <button
          type="button"
          disabled={empty}
          onClick={async () => {
            const result = await copyText(model.text);
            setFeedback(
              result === 'Copied'
                ? `Copied ${model.cookies.length} cookie${model.cookies.length === 1 ? '' : 's'} to the clipboard${model.redacted ? ' (credentials redacted)' : ''}.`
                : result,
            );
          }}
        >
          Copy to clipboard
        </button>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <span role="status" class="muted" data-testid="export-feedback">
          {feedback}
        </span>
      </div>
    </form>
  );
}

import { useMemo, useState } from 'preact/hooks';

import { cookieKey } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { usePanelStore, usePrivacy } from '../context.ts';
import type { PrivacyStore } from '../store/privacy.ts';
import {
  checkImportFile,
  decodeImportFile,
  IMPORT_FILE_ACCEPT,
  IMPORT_FORMAT_LABELS,
  type ImportPreview,
  previewImport,
  truncateValue,
} from '../transfer/import-model.ts';
import { useInitialFocus, useModal } from './use-modal.ts';

export interface ImportDialogProps {
  open: boolean;
  pageUrl: URL | null;
  storeId: string;
  existing: readonly Cookie[];
  onClose: () => void;
}

/** Paste or choose a file, see exactly what would change, then import it as one undoable step. */
export function ImportDialog(props: ImportDialogProps) {
  const dialog = useModal(props.open, props.onClose);
  return (
    <dialog ref={dialog} class="transfer" aria-labelledby="import-title" tabIndex={-1} data-testid="import-dialog">
      {props.open && props.pageUrl && <ImportForm {...props} pageUrl={props.pageUrl} />}
    </dialog>
  );
}

function ImportForm({ pageUrl, storeId, existing, onClose }: ImportDialogProps & { pageUrl: URL }) {
  const { edits } = usePanelStore();
  const form = useInitialFocus<HTMLFormElement>();
  const [text, setText] = useState('');
  const [fileError, setFileError] = useState('');
  const [busy, setBusy] = useState(false);
  const [applyError, setApplyError] = useState('');
  const preview = useMemo<ImportPreview>(
    () => previewImport(text, { pageUrl, storeId, existing, nowMs: Date.now() }),
    [text, pageUrl, storeId, existing],
  );
  const toWrite = preview.kind === 'plan' ? preview.toWrite : [];

  const chooseFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setApplyError('');
    if (!file) return;
    const tooBig = checkImportFile(file);
    if (tooBig) {
      setFileError(tooBig);
      input.value = '';
      return;
    }
    try {
      const read = decodeImportFile(file.name, new Uint8Array(await file.arrayBuffer()));
      if ('error' in read) {
        setFileError(read.error);
        input.value = '';
        return;
      }
      setText(read.text);
      setFileError('');
    } catch (e) {
      setFileError(`Could not read "${file.name}": ${(e as Error).message}`);
    }
  };

  const apply = async () => {
    if (toWrite.length === 0 || busy) return;
    setBusy(true);
    const error = await edits.importCookies(toWrite);
    setBusy(false);
    if (error) setApplyError(`Nothing was imported: ${error}`);
    else onClose();
  };

  return (
    <form ref={form} method="dialog" onSubmit={(e) => (e.preventDefault(), void apply())}>
      <h2 id="import-title">Import cookies for {pageUrl.hostname}</h2>
      <p class="muted">
        Paste JSON (Cookie-Editor, EditThisCookie), a Netscape cookies.txt, a Cookie header or Set-Cookie lines, or
        choose a file. The format is detected. Nothing is written until you click Import; one Undo takes it all back.
      </p>
      <label class="field">
        <span>Cookies to import</span>
        <textarea
          rows={8}
          value={text}
          spellcheck={false}
          wrap="off"
          data-testid="import-text"
          onInput={(e) => (setText(e.currentTarget.value), setApplyError(''))}
        />
      </label>
      <label class="field">
        <span>Or choose a file (up to 5 MiB)</span>
        <input type="file" accept={IMPORT_FILE_ACCEPT} onChange={(e) => void chooseFile(e.currentTarget)} />
      </label>
      {fileError && (
        <p class="banner error" role="alert">
          {fileError}
        </p>
      )}
      <ImportPreviewView preview={preview} />
      {applyError && (
        <p class="banner error" role="alert">
          {applyError}
        </p>
      )}
      <div class="editor-actions">
        {toWrite.length > 0 && (
          <button type="submit" class="primary" disabled={busy} data-testid="import-apply">
            {busy ? 'Importing…' : `Import ${toWrite.length} cookie${toWrite.length === 1 ? '' : 's'}`}
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function shown(c: Cookie, privacy: PrivacyStore): string {
  return truncateValue(privacy.masked.value ? privacy.displayValue(c) : c.value);
}

function where(c: Cookie): string {
  return `${c.domain}${c.path}`;
}

function ImportPreviewView({ preview }: { preview: ImportPreview }) {
  const privacy = usePrivacy();
  if (preview.kind === 'empty') return null;
  if (preview.kind === 'error') {
    return (
      <p class="banner error" role="alert" data-testid="import-error">
        {preview.format ? `Could not read this ${IMPORT_FORMAT_LABELS[preview.format]}: ` : 'Could not read this: '}
        {preview.message}
      </p>
    );
  }
  const { plan } = preview;
  return (
    <section class="import-preview" aria-label="What the import would change">
      <p data-testid="import-format">
        Format: <strong>{IMPORT_FORMAT_LABELS[preview.format]}</strong> <span class="muted">({preview.reason})</span>
      </p>
      {preview.notes.length > 0 && (
        <ul class="notes">
          {preview.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      )}
      <p data-testid="import-counts">
        {plan.create.length} to create, {plan.overwrite.length} to overwrite, {plan.unchanged.length} unchanged,{' '}
        {plan.refuse.length} refused
      </p>
      <PlanList
        title="Create"
        testId="import-create"
        items={plan.create.map((c) => ({
          key: cookieKey(c),
          name: c.name,
          text: `${where(c)} = ${shown(c, privacy)}`,
        }))}
      />
      <PlanList
        title="Overwrite"
        testId="import-overwrite"
        items={plan.overwrite.map(({ old, next }) => ({
          key: cookieKey(next),
          name: next.name,
          text: `${where(next)}: "${shown(old, privacy)}" → "${shown(next, privacy)}"`,
        }))}
      />
      <PlanList
        title="Unchanged"
        testId="import-unchanged"
        items={plan.unchanged.map((c) => ({ key: cookieKey(c), name: c.name, text: where(c) }))}
      />
      <PlanList
        title="Refused"
        testId="import-refused"
        items={plan.refuse.map(({ cookie, reason }, i) => ({
          key: `${cookieKey(cookie)}#${i}`,
          name: cookie.name,
          text: reason,
        }))}
      />
    </section>
  );
}

function PlanList({
  title,
  testId,
  items,
}: {
  title: string;
  testId: string;
  items: { key: string; name: string; text: string }[];
}) {
  if (items.length === 0) return null;
  return (
    <details open={items.length <= 20} data-testid={testId}>
      <summary>
        {title} ({items.length})
      </summary>
      <ul>
        {items.map((it) => (
          <li key={it.key}>
            <strong>{it.name || '(no name)'}</strong> <span class="muted">{it.text}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}

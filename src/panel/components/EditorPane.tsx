import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';

import type { SameSite } from '../../core/cookie/model.ts';
import type { CookieDraft } from '../../core/write/draft.ts';
import type { FieldIssue } from '../../core/write/validate.ts';
import { usePanelStore } from '../context.ts';
import { consumeKey, currentFocus, focusIsLost, returnFocus } from '../focus.ts';

type Field = FieldIssue['field'];

/** The attribute editor: every attribute, validated live, errors at the field; nothing is written until Save. */
export function EditorPane() {
  const { edits, privacy } = usePanelStore();
  const first = useRef<HTMLInputElement>(null);
  // What had focus when the editor opened (a row, Edit…, Add): it gets focus back when the editor closes.
  const opener = useRef<HTMLElement | null>(currentFocus());
  const e = edits.editor.value;
  useLayoutEffect(() => first.current?.focus(), [e?.mode, e?.original]);
  useEffect(() => {
    const from = opener.current;
    return () => queueMicrotask(() => focusIsLost() && returnFocus(from));
  }, []);
  if (!e) return null;
  const d = e.draft;
  const issues = edits.issues.value;
  const live = edits.liveChange.value;
  const set = (patch: Partial<CookieDraft>) => edits.updateDraft(patch);
  const at = (field: Field) => ({
    errors: issues.errors.filter((i) => i.field === field),
    warnings: issues.warnings.filter((i) => i.field === field),
  });
  const blocked = edits.blocking.value.length > 0;

  const onKeyDown = (ev: KeyboardEvent) => {
    if (ev.key === 'Escape') {
      consumeKey(ev);
      edits.closeEditor();
    } else if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) {
      consumeKey(ev);
      void edits.save();
    }
  };

  return (
    <form
      class="detail editor"
      aria-label={e.mode === 'add' ? 'Add a cookie' : `Edit cookie ${e.original?.name ?? ''}`}
      data-testid="editor"
      onKeyDown={onKeyDown}
      onSubmit={(ev) => {
        ev.preventDefault();
        void edits.save();
      }}
      noValidate
    >
      <header class="detail-header">
        <h2 class="detail-name">{e.mode === 'add' ? 'Add a cookie' : `Edit ${e.original?.name || '(no name)'}`}</h2>
        <button
          type="button"
          class="quiet"
          onClick={() => edits.closeEditor()}
          aria-label="Close the editor"
          title="Close (Escape)"
        >
          ✕
        </button>
      </header>
      {live && (
        <p class="banner warning" role="alert" data-testid="live-change">
          {live.current
            ? `The site changed this cookie while you were editing it (${live.fields.join(', ')}): it now holds "${truncate(privacy.displayValue(live.current))}". Saving will overwrite that.`
            : 'The site removed this cookie while you were editing it. Saving will create it again.'}
        </p>
      )}
      <Row label="Name" field="name" issues={at('name')}>
        <input
          ref={first}
          id="f-name"
          value={d.name}
          onInput={(ev) => set({ name: ev.currentTarget.value })}
          spellcheck={false}
          {...described('name', at('name'))}
        />
      </Row>
      <Row label="Value" field="value" issues={at('value')}>
        <textarea
          id="f-value"
          rows={3}
          class={privacy.editorHidden(e.original) ? 'masked-input' : undefined}
          value={d.value}
          onInput={(ev) => set({ value: ev.currentTarget.value })}
          spellcheck={false}
          {...described('value', at('value'))}
        />
      </Row>
      <Row label="Domain" field="domain" issues={at('domain')}>
        <input
          id="f-domain"
          value={d.domain}
          onInput={(ev) => set({ domain: ev.currentTarget.value })}
          spellcheck={false}
          {...described('domain', at('domain'))}
        />
      </Row>
      <Row label="Scope" field="hostOnly" issues={at('hostOnly')}>
        <select
          id="f-hostOnly"
          value={d.hostOnly ? 'host' : 'domain'}
          onChange={(ev) => set({ hostOnly: ev.currentTarget.value === 'host' })}
          {...described('hostOnly', at('hostOnly'))}
        >
          <option value="host">Host-only: this host only (no Domain attribute)</option>
          <option value="domain">Domain: this domain and its subdomains</option>
        </select>
      </Row>
      <Row label="Path" field="path" issues={at('path')}>
        <input
          id="f-path"
          value={d.path}
          onInput={(ev) => set({ path: ev.currentTarget.value })}
          spellcheck={false}
          {...described('path', at('path'))}
        />
      </Row>
      <ExpiryField issues={at('expiry')} />
      <Row label="SameSite" field="sameSite" issues={at('sameSite')}>
        <select
          id="f-sameSite"
          value={d.sameSite}
          onChange={(ev) => set({ sameSite: ev.currentTarget.value as SameSite })}
          {...described('sameSite', at('sameSite'))}
        >
          <option value="unspecified">Unspecified (Chrome treats it as Lax)</option>
          <option value="lax">Lax</option>
          <option value="strict">Strict</option>
          <option value="no_restriction">None (needs Secure)</option>
        </select>
      </Row>
      <fieldset class="flags">
        <legend class="visually-hidden">Flags</legend>
        <Check
          label="Secure"
          field="secure"
          checked={d.secure}
          onChange={(v) => set({ secure: v })}
          issues={at('secure')}
        />
        <Check
          label="HttpOnly"
          field="httpOnly"
          checked={d.httpOnly}
          onChange={(v) => set({ httpOnly: v })}
          issues={at('httpOnly')}
        />
        <Check
          label="Partitioned (CHIPS)"
          field="partitioned"
          checked={d.partitioned}
          onChange={(v) => set({ partitioned: v })}
          issues={at('partitioned')}
        />
      </fieldset>
      {d.partitioned && (
        <Row label="Top-level site" field="topLevelSite" issues={at('topLevelSite')}>
          <input
            id="f-topLevelSite"
            value={d.topLevelSite}
            placeholder="this page's site"
            onInput={(ev) => set({ topLevelSite: ev.currentTarget.value })}
            spellcheck={false}
            {...described('topLevelSite', at('topLevelSite'))}
          />
        </Row>
      )}
      {issues.needsConfirmation.map((i) => (
        <label key={i.code} class="confirm-issue">
          <input
            type="checkbox"
            checked={e.confirmed.has(i.code)}
            onChange={(ev) => edits.confirmIssue(i.code, ev.currentTarget.checked)}
          />
          {i.message}
        </label>
      ))}
      {issues.errors
        .filter((i) => i.field === 'form' || i.field === 'storeId')
        .map((i) => (
          <p key={i.code} class="field-error" role="alert">
            {i.message}
          </p>
        ))}
      {e.conflict && (
        <p class="banner warning" role="alert">
          {e.conflict}
        </p>
      )}
      {e.saveError && (
        <p class="banner error" role="alert" data-testid="save-error">
          {e.saveError}
        </p>
      )}
      <div class="editor-actions">
        <button type="submit" class="primary" disabled={blocked || e.saving} title="Save (Ctrl+Enter)">
          {e.saving ? 'Saving…' : e.conflict ? 'Overwrite' : e.mode === 'add' ? 'Add cookie' : 'Save'}
        </button>
        <button type="button" onClick={() => edits.closeEditor()} title="Cancel (Escape)">
          Cancel
        </button>
        {blocked && !e.saving && (
          <span class="muted" role="status">
            {edits.blocking.value.length} problem{edits.blocking.value.length === 1 ? '' : 's'} to fix first
          </span>
        )}
      </div>
    </form>
  );
}

function truncate(s: string, n = 80): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

interface FieldIssues {
  errors: FieldIssue[];
  warnings: FieldIssue[];
}

function described(field: Field, issues: FieldIssues) {
  const has = issues.errors.length + issues.warnings.length > 0;
  return { 'aria-invalid': issues.errors.length > 0, ...(has ? { 'aria-describedby': `m-${field}` } : {}) };
}

function Messages({ field, issues }: { field: Field; issues: FieldIssues }) {
  if (issues.errors.length + issues.warnings.length === 0) return null;
  return (
    <div id={`m-${field}`} class="field-messages" data-testid={`issues-${field}`}>
      {issues.errors.map((i) => (
        <p key={i.code} class="field-error" data-code={i.code}>
          {i.message}
        </p>
      ))}
      {issues.warnings.map((i) => (
        <p key={i.code} class="field-warning" data-code={i.code}>
          {i.message}
        </p>
      ))}
    </div>
  );
}

function Row({
  label,
  field,
  issues,
  children,
}: {
  label: string;
  field: Field;
  issues: FieldIssues;
  children: preact.ComponentChildren;
}) {
  return (
    <div class="field">
      <label for={`f-${field}`}>{label}</label>
      {children}
      <Messages field={field} issues={issues} />
    </div>
  );
}

function Check({
  label,
  field,
  checked,
  onChange,
  issues,
}: {
  label: string;
  field: Field;
  checked: boolean;
  onChange: (v: boolean) => void;
  issues: FieldIssues;
}) {
  return (
    <div class="check">
      <label>
        <input
          type="checkbox"
          id={`f-${field}`}
          checked={checked}
          onChange={(ev) => onChange(ev.currentTarget.checked)}
          {...described(field, issues)}
        />
        {label}
      </label>
      <Messages field={field} issues={issues} />
    </div>
  );
}

function ExpiryField({ issues }: { issues: FieldIssues }) {
  const { edits } = usePanelStore();
  const e = edits.editor.value;
  if (!e) return null;
  const x = e.draft.expiry;
  const setKind = (kind: 'session' | 'date' | 'max-age') => {
    const nowS = Math.floor(Date.now() / 1000);
    const current = x.kind === 'date' ? x.epochSeconds : x.kind === 'max-age' ? nowS + x.seconds : nowS + 86400;
    edits.updateDraft({
      expiry:
        kind === 'session'
          ? { kind }
          : kind === 'date'
            ? { kind, epochSeconds: current }
            : { kind, seconds: Math.max(0, Math.round(current - nowS)) },
    });
  };
  return (
    <div class="field">
      <label for="f-expiry">Expires</label>
      <div class="expiry">
        <select
          id="f-expiry-kind"
          aria-label="Expiry kind"
          value={x.kind}
          onChange={(ev) => setKind(ev.currentTarget.value as 'session' | 'date' | 'max-age')}
        >
          <option value="session">Session (until the browser closes)</option>
          <option value="date">At a date and time (UTC)</option>
          <option value="max-age">After a number of seconds (Max-Age)</option>
        </select>
        {x.kind === 'date' && (
          <input
            id="f-expiry"
            type="datetime-local"
            step={1}
            aria-label="Expiry date and time in UTC"
            value={toUtcInput(x.epochSeconds)}
            onInput={(ev) => {
              const ms = Date.parse(`${ev.currentTarget.value}Z`);
              edits.updateDraft({ expiry: { kind: 'date', epochSeconds: Number.isNaN(ms) ? Number.NaN : ms / 1000 } });
            }}
            {...described('expiry', issues)}
          />
        )}
        {x.kind === 'max-age' && (
          <input
            id="f-expiry"
            type="number"
            aria-label="Max-Age in seconds"
            value={x.seconds}
            onInput={(ev) =>
              edits.updateDraft({ expiry: { kind: 'max-age', seconds: ev.currentTarget.valueAsNumber } })
            }
            {...described('expiry', issues)}
          />
        )}
      </div>
      <Messages field="expiry" issues={issues} />
    </div>
  );
}

function toUtcInput(epochSeconds: number): string {
  const d = new Date(epochSeconds * 1000);
  return Number.isNaN(d.getTime()) ? '' : d.toISOString().slice(0, 19);
}

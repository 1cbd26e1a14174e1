import { useState } from 'preact/hooks';

import { cookieSize, partitionKeyString } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { usePanelStore } from '../context.ts';
import { setterKey } from '../store/network.ts';
import { formatExpiry } from '../table-model.ts';
import { ExplainSection } from './ExplainSection.tsx';
import { FindingsSection } from './FindingsSection.tsx';
import { RevealValue } from './RevealValue.tsx';

const SAMESITE_TEXT: Record<Cookie['sameSite'], string> = {
  no_restriction: 'None (sent with cross-site requests)',
  lax: 'Lax',
  strict: 'Strict',
  unspecified: 'Not set (Chrome treats it as Lax)',
};

/** The selected cookie (`cookieKey` is its identity) with everything the panel knows about it. */
export function DetailPane({ cookie, cookieKey }: { cookie: Cookie; cookieKey: string }) {
  const { analysis: analyses, network, view, edits, privacy, inDevTools, copyText, deleteCookies } = usePanelStore();
  const analysis = analyses.analysisOf(cookie);
  const findings = analyses.findingsByKey.value.get(cookieKey) ?? [];
  // The site's framework: each finding's fix already targets what controls this cookie (Django's SESSION_COOKIE_* for
  // its session cookie, response.set_cookie(...) for a JWT the app sets by hand).
  const framework = analyses.framework.value;
  /** The response that last set this cookie, when DevTools saw it. */
  const setBy = network.lastSetBy.value.get(setterKey(cookie)) ?? null;
  /** How many rows are selected in all (this one included): more than one, and the pane says what acts on them. */
  const selectedCount = view.selectedCookies.value.length;
  const onClose = () => {
    view.select(null);
    view.focusRow(cookieKey);
  };
  const onEdit = () => edits.openEdit(cookie);
  const onDelete = () => deleteCookies([cookie], 'this cookie');
  const [copyState, setCopyState] = useState<string>('');
  const copy = async () => {
    setCopyState(await copyText(cookie.value));
  };
  const rows: [string, string][] = [
    [
      'Domain',
      `${cookie.domain}${cookie.hostOnly ? ' (host-only: this host only)' : ' (this domain and its subdomains)'}`,
    ],
    ['Path', cookie.path],
    [
      'Expires',
      cookie.session
        ? 'Session (deleted when the browser closes)'
        : `${formatExpiry(cookie)} (${relative(cookie.expirationDate ?? 0)})`,
    ],
    ['Size', `${cookieSize(cookie)} bytes of name and value`],
    ['HttpOnly', cookie.httpOnly ? 'Yes: page scripts cannot read it' : 'No: page scripts can read it'],
    ['Secure', cookie.secure ? 'Yes: only sent over HTTPS (or localhost)' : 'No: also sent over plain HTTP'],
    ['SameSite', SAMESITE_TEXT[cookie.sameSite]],
    ['Partition key', partitionKeyString(cookie.partitionKey) || 'None (not partitioned)'],
    ['Cookie store', cookie.storeId],
    [
      'Set by',
      setBy
        ? `the server: a response from ${setBy.url} at ${new Date(setBy.at).toLocaleTimeString(undefined, { hour12: false })}`
        : inDevTools
          ? 'no response seen since DevTools opened set it: script (document.cookie) or an earlier page load'
          : 'unknown outside DevTools (open Cookie Lens in DevTools to see the responses that set cookies)',
    ],
  ];
  return (
    <section class="detail" aria-label={`Cookie ${cookie.name}`} data-testid="detail">
      <header class="detail-header">
        <h2 class="detail-name">{cookie.name || '(no name)'}</h2>
        <button type="button" onClick={onEdit} title="Edit every attribute (Shift+Enter)">
          Edit…
        </button>
        <button type="button" onClick={onDelete} title="Delete (Delete key); undo with Ctrl+Z">
          Delete
        </button>
        <button type="button" onClick={onClose} aria-label="Close details" title="Close (Escape)">
          ✕
        </button>
      </header>
      {selectedCount > 1 && (
        <p class="muted" data-testid="multi-selection">
          {selectedCount} rows are selected: the Delete key, Export's "Selected" and the row menu's copies act on all of
          them; this pane and its Delete button on {cookie.name || '(no name)'} alone.
        </p>
      )}
      <section>
        <div class="detail-label-row">
          <h3>Value</h3>
          <button type="button" onClick={() => void copy()}>
            Copy value
          </button>
          <RevealValue cookie={cookie} />
          <span role="status" class="muted">
            {copyState}
          </span>
        </div>
        <pre class="value" data-testid="detail-value">
          {cookie.value === '' ? '(empty)' : privacy.displayValue(cookie)}
        </pre>
      </section>
      {analysis && <ExplainSection name={cookie.name} analysis={analysis} masked={privacy.isHidden(cookie)} />}
      <FindingsSection findings={findings} framework={framework} />
      <h3>Attributes</h3>
      <dl class="attributes">
        {rows.map(([k, v]) => (
          <div key={k} class="attribute">
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function relative(epochSeconds: number): string {
  const s = Math.round(epochSeconds - Date.now() / 1000);
  if (s <= 0) return 'expired';
  const units: [number, string][] = [
    [86400, 'day'],
    [3600, 'hour'],
    [60, 'minute'],
  ];
  for (const [size, name] of units) {
    if (s >= size) {
      const n = Math.floor(s / size);
      return `in ${n} ${name}${n === 1 ? '' : 's'}; Max-Age ${s} s`;
    }
  }
  return `in ${s} seconds`;
}

/** Add or edit one cookie: validate, check for a concurrent change, write safely, journal it for undo. */
import { identityOfDetails } from '../../core/write/snapshot.ts';
import { explainChromeError } from '../../core/write/chrome-errors.ts';
import { cookieFromDraft, type CookieDraft } from '../../core/write/draft.ts';
import { labelForWrite } from '../../core/history/labels.ts';
import { makeEntry, recordEntry } from '../../core/history/journal.ts';
import { checkConcurrent, writeCookie } from '../../core/write/safe-write.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { validateCookieEdit, type FieldIssue } from '../../core/write/validate.ts';
import { browserName } from '../../shared/browser.ts';
import { browserCookieApi } from '../../shared/cookies.ts';
import { loadJournal, saveJournal, withTabLock } from '../journal-store.ts';
import { whileWriting } from '../pending-writes.ts';
import { underWriteAhead } from '../write-ahead.ts';

export interface WriteCookieRequest {
  tabId: number;
  pageUrl: string;
  /** The cookie as the editor opened it; absent when adding. */
  original?: Cookie;
  draft: CookieDraft;
  /** The user confirmed overwriting a cookie the site changed meanwhile. */
  force?: boolean;
}

export type WriteCookieResponse =
  | { ok: true; cookie: Cookie | null; label: string }
  | { ok: false; kind: 'invalid'; errors: FieldIssue[] }
  | { ok: false; kind: 'conflict'; current: Cookie | null; error: string }
  | { ok: false; kind: 'failed'; error: string; restored: boolean };

export function writeCookieHandler(req: WriteCookieRequest): Promise<WriteCookieResponse> {
  return withTabLock(req.tabId, async () => {
    const now = Date.now();
    const validation = validateCookieEdit(req.draft, { pageUrl: req.pageUrl, nowMs: now, original: req.original });
    if (validation.errors.length > 0) return { ok: false, kind: 'invalid', errors: validation.errors };
    if (req.original && !req.force) {
      const concurrent = await checkConcurrent(browserCookieApi, req.original);
      if (concurrent.status === 'changed' || concurrent.status === 'gone') {
        const current = concurrent.status === 'changed' ? concurrent.current : null;
        const error =
          concurrent.status === 'gone'
            ? `${req.original.name} was removed by the site while you were editing it. Save to create it again.`
            : `${req.original.name} was changed by the site while you were editing it (${concurrent.fields.join(', ')}). Save again to overwrite it.`;
        return { ok: false, kind: 'conflict', current, error };
      }
    }
    const next = cookieFromDraft(req.draft, req.pageUrl, now);
    const touched = [identityOfDetails(next), ...(req.original ? [req.original] : [])];
    const intent = { tabId: req.tabId, action: 'record', kind: 'write', ...(req.original ? { original: req.original } : {}) } as const;
    const label = (cookie: Cookie | null) => (cookie ? labelForWrite(req.original, cookie) : `Delete ${req.draft.name} (expiry in the past)`);
    const result = await whileWriting(touched, () =>
      underWriteAhead(intent, now, (options) => writeCookie(browserCookieApi, { original: req.original, next }, options), async (r, id) => {
        if (!r.ok) return;
        const journal = await loadJournal(req.tabId);
        await saveJournal(req.tabId, recordEntry(journal, makeEntry({ id, label: label(r.cookie), before: r.before, after: r.after, at: now })));
      }),
    );
    if (!result.ok) {
      const error = result.chromeMessage ? explainChromeError(result.chromeMessage, req.draft, browserName()) : result.error;
      return { ok: false, kind: 'failed', error, restored: result.restored };
    }
    return { ok: true, cookie: result.cookie, label: label(result.cookie) };
  });
}

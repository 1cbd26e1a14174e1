/** Delete one or many cookies, all or none, journalled as one undoable step. */
import { labelForDelete } from '../../core/history/labels.ts';
import { makeEntry, recordEntry } from '../../core/history/journal.ts';
import { deleteCookies } from '../../core/write/safe-write.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { browserCookieApi } from '../../shared/cookies.ts';
import { loadJournal, saveJournal, withTabLock } from '../journal-store.ts';
import { whileWriting } from '../pending-writes.ts';
import { underWriteAhead } from '../write-ahead.ts';

export interface DeleteCookiesRequest {
  tabId: number;
  cookies: Cookie[];
}

export type DeleteCookiesResponse = { ok: true; removed: number; label: string } | { ok: false; error: string; restored: boolean };

export function deleteCookiesHandler(req: DeleteCookiesRequest): Promise<DeleteCookiesResponse> {
  return withTabLock(req.tabId, async () => {
    if (req.cookies.length === 0) return { ok: true, removed: 0, label: 'Nothing to delete' };
    const at = Date.now();
    const result = await whileWriting(req.cookies, () =>
      underWriteAhead({ tabId: req.tabId, action: 'record', kind: 'delete' }, at, (options) => deleteCookies(browserCookieApi, req.cookies, options), async (r, id) => {
        if (!r.ok || r.removed.length === 0) return;
        const journal = await loadJournal(req.tabId);
        await saveJournal(req.tabId, recordEntry(journal, makeEntry({ id, label: labelForDelete(r.removed), before: r.removed, after: [], at })));
      }),
    );
    if (!result.ok) return { ok: false, error: result.error, restored: result.restored };
    return { ok: true, removed: result.removed.length, label: labelForDelete(result.removed) };
  });
}

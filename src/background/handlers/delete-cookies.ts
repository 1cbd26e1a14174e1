/** Delete one or many cookies, all or none, journalled as one undoable step. */
import { labelForDelete } from '../../core/journal-labels.ts';
import { makeEntry, recordEntry } from '../../core/journal.ts';
import { deleteCookies } from '../../core/safe-write.ts';
import type { Cookie } from '../../core/types.ts';
import { browserCookieApi } from '../../shared/cookies.ts';
import { loadJournal, saveJournal, withTabLock } from '../journal-store.ts';
import { whileWriting } from '../pending-writes.ts';

export interface DeleteCookiesRequest {
  tabId: number;
  cookies: Cookie[];
}

export type DeleteCookiesResponse = { ok: true; removed: number; label: string } | { ok: false; error: string; restored: boolean };

export function deleteCookiesHandler(req: DeleteCookiesRequest): Promise<DeleteCookiesResponse> {
  return withTabLock(req.tabId, async () => {
    if (req.cookies.length === 0) return { ok: true, removed: 0, label: 'Nothing to delete' };
    const result = await whileWriting(req.cookies, () => deleteCookies(browserCookieApi, req.cookies));
    if (!result.ok) return { ok: false, error: result.error, restored: result.restored };
    const label = labelForDelete(result.removed);
    if (result.removed.length > 0) {
      const journal = await loadJournal(req.tabId);
      await saveJournal(req.tabId, recordEntry(journal, makeEntry({ label, before: result.removed, after: [], at: Date.now() })));
    }
    return { ok: true, removed: result.removed.length, label };
  });
}

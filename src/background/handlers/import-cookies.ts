/**
 * Import cookies as ONE undoable step: the stored versions of those identities are read here (never trusted from
 * the panel), then the store is moved from them to the imported cookies all or nothing, with rollback on failure.
 */
import { cookieKey } from '../../core/cookie/cookie.ts';
import { readCookie } from '../../core/write/snapshot.ts';
import { MAX_IMPORT_COOKIES } from '../../core/formats/input-limits.ts';
import { labelForImport } from '../../core/history/labels.ts';
import { makeEntry, recordEntry } from '../../core/history/journal.ts';
import { applyCookieState } from '../../core/write/safe-write.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { browserCookieApi } from '../../shared/cookies.ts';
import { loadJournal, saveJournal, withTabLock } from '../journal-store.ts';
import { whileWriting } from '../pending-writes.ts';
import { underWriteAhead } from '../write-ahead.ts';

export interface ImportCookiesRequest {
  tabId: number;
  /** The cookies to create or overwrite, exactly as they should be stored. */
  cookies: Cookie[];
}

export type ImportCookiesResponse =
  | { ok: true; created: number; overwritten: number; label: string }
  | { ok: false; error: string; restored: boolean };

function isCookieShape(c: unknown): c is Cookie {
  if (typeof c !== 'object' || c === null) return false;
  const o = c as Record<string, unknown>;
  return ['name', 'value', 'domain', 'path', 'storeId'].every((k) => typeof o[k] === 'string') && ['hostOnly', 'secure', 'httpOnly', 'session'].every((k) => typeof o[k] === 'boolean');
}

export function importCookiesHandler(req: ImportCookiesRequest): Promise<ImportCookiesResponse> {
  return withTabLock(req.tabId, async () => {
    if (!Array.isArray(req.cookies) || !req.cookies.every(isCookieShape)) return { ok: false, error: 'The import was not a list of cookies. Nothing was changed.', restored: true };
    if (req.cookies.length > MAX_IMPORT_COOKIES) return { ok: false, error: `More than ${MAX_IMPORT_COOKIES} cookies. Nothing was changed.`, restored: true };
    const keys = req.cookies.map(cookieKey);
    if (new Set(keys).size !== keys.length) return { ok: false, error: 'The same cookie appears twice in the import. Nothing was changed.', restored: true };
    if (req.cookies.length === 0) return { ok: true, created: 0, overwritten: 0, label: 'Nothing to import' };
    const at = Date.now();
    const label = labelForImport(req.cookies);
    const result = await whileWriting(req.cookies, async () => {
      const before: Cookie[] = [];
      try {
        for (const c of req.cookies) {
          const stored = await readCookie(browserCookieApi, c);
          if (stored) before.push(stored);
        }
      } catch (e) {
        return { ok: false as const, error: `Could not read the cookies before importing (${(e as Error).message}). Nothing was changed.`, restored: true };
      }
      return underWriteAhead({ tabId: req.tabId, action: 'record', kind: 'import' }, at, (options) => applyCookieState(browserCookieApi, before, req.cookies, options), async (r, id) => {
        if (!r.ok) return;
        const journal = await loadJournal(req.tabId);
        await saveJournal(req.tabId, recordEntry(journal, makeEntry({ id, label, before: r.before, after: r.after, at })));
      });
    });
    if (!result.ok) return { ok: false, error: result.error, restored: result.restored };
    const existed = new Set(result.before.map(cookieKey));
    const overwritten = keys.filter((k) => existed.has(k)).length;
    return { ok: true, created: req.cookies.length - overwritten, overwritten, label };
  });
}

/**
 * Import cookies as ONE undoable step: the stored versions of those identities are read here (never trusted from
 * the panel), then the store is moved from them to the imported cookies all or nothing, with rollback on failure.
 */
import { cookieKey } from '../../core/cookie/cookie.ts';
import type { Cookie } from '../../core/cookie/model.ts';
import { MAX_IMPORT_COOKIES } from '../../core/formats/input-limits.ts';
import { labelForImport } from '../../core/history/labels.ts';
import { applyCookieState, type StateResult } from '../../core/write/safe-write.ts';
import { readCookie } from '../../core/write/snapshot.ts';
import type { ImportCookiesRequest, ResponseOf } from '../../shared/protocol.ts';
import type { BackgroundContext } from '../context.ts';
import { failed, journaledWrite } from '../journaled-write.ts';

function isCookieShape(c: unknown): c is Cookie {
  if (typeof c !== 'object' || c === null) return false;
  const o = c as Record<string, unknown>;
  return (
    ['name', 'value', 'domain', 'path', 'storeId'].every((k) => typeof o[k] === 'string') &&
    ['hostOnly', 'secure', 'httpOnly', 'session'].every((k) => typeof o[k] === 'boolean')
  );
}

/** Why this is not an import the background will run, or null when it is. */
function invalidImport(cookies: unknown): string | null {
  if (!Array.isArray(cookies) || !cookies.every(isCookieShape))
    return 'The import was not a list of cookies. Nothing was changed.';
  if (cookies.length > MAX_IMPORT_COOKIES) return `More than ${MAX_IMPORT_COOKIES} cookies. Nothing was changed.`;
  const keys = cookies.map(cookieKey);
  if (new Set(keys).size !== keys.length) return 'The same cookie appears twice in the import. Nothing was changed.';
  return null;
}

export function importCookiesHandler(
  ctx: BackgroundContext,
  req: ImportCookiesRequest,
): Promise<ResponseOf<'importCookies'>> {
  return journaledWrite<{ created: number; overwritten: number }, StateResult>(ctx, req.tabId, async () => {
    const invalid = invalidImport(req.cookies);
    if (invalid) return { ok: false, kind: 'invalid', error: invalid };
    if (req.cookies.length === 0) return { ok: true, label: 'Nothing to import', created: 0, overwritten: 0 };
    const label = labelForImport(req.cookies);
    return {
      journal: { action: 'record', kind: 'import' },
      touches: req.cookies,
      write: async (options): Promise<StateResult> => {
        const before: Cookie[] = [];
        try {
          for (const c of req.cookies) {
            const stored = await readCookie(ctx.cookies, c);
            if (stored) before.push(stored);
          }
        } catch (e) {
          return {
            ok: false,
            error: `Could not read the cookies before importing (${(e as Error).message}). Nothing was changed.`,
            restored: true,
          };
        }
        return applyCookieState(ctx.cookies, before, req.cookies, options);
      },
      entry: (r) => ({ label, before: r.before, after: r.after }),
      answer: (r) => {
        if (!r.ok) return failed(r);
        const existed = new Set(r.before.map(cookieKey));
        const overwritten = req.cookies.filter((c) => existed.has(cookieKey(c))).length;
        return { ok: true, label, created: req.cookies.length - overwritten, overwritten };
      },
    };
  });
}

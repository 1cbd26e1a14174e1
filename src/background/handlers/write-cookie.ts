/** Add or edit one cookie: validate, check for a concurrent change, write safely, journal it for undo. */
import type { Cookie } from '../../core/cookie/model.ts';
import { labelForWrite } from '../../core/history/labels.ts';
import { explainChromeError } from '../../core/write/chrome-errors.ts';
import { cookieFromDraft } from '../../core/write/draft.ts';
import { checkConcurrent, writeCookie, type WriteResult } from '../../core/write/safe-write.ts';
import { identityOfDetails } from '../../core/write/snapshot.ts';
import { validateCookieEdit } from '../../core/write/validate.ts';
import type { ResponseOf, WriteCookieRequest, WriteRefusal } from '../../shared/protocol.ts';
import type { BackgroundContext } from '../context.ts';
import { journaledWrite } from '../journaled-write.ts';

export function writeCookieHandler(
  ctx: BackgroundContext,
  req: WriteCookieRequest,
): Promise<ResponseOf<'writeCookie'>> {
  return journaledWrite<{ cookie: Cookie | null }, WriteResult>(ctx, req.tabId, async ({ at }) => {
    const validation = validateCookieEdit(req.draft, { pageUrl: req.pageUrl, nowMs: at, original: req.original });
    if (validation.errors.length > 0)
      return {
        ok: false,
        kind: 'invalid',
        error: validation.errors.map((i) => i.message).join(' '),
        errors: validation.errors,
      };
    if (req.original && !req.force) {
      const conflict = await concurrentChange(ctx, req.original);
      if (conflict) return conflict;
    }
    const next = cookieFromDraft(req.draft, req.pageUrl, at);
    const label = (cookie: Cookie | null) =>
      cookie ? labelForWrite(req.original, cookie) : `Delete ${req.draft.name} (expiry in the past)`;
    return {
      journal: { action: 'record', kind: 'write', ...(req.original ? { original: req.original } : {}) },
      touches: [identityOfDetails(next), ...(req.original ? [req.original] : [])],
      write: (options) => writeCookie(ctx.cookies, { original: req.original, next }, options),
      entry: (r) => ({ label: label(r.cookie), before: r.before, after: r.after }),
      answer: (r) => {
        if (r.ok) return { ok: true, label: label(r.cookie), cookie: r.cookie };
        const error = r.chromeMessage ? explainChromeError(r.chromeMessage, req.draft, ctx.browserName()) : r.error;
        return { ok: false, kind: 'failed', error, restored: r.restored };
      },
    };
  });
}

/** The site changed or removed the cookie since the editor opened it: the panel asks before overwriting. */
async function concurrentChange(ctx: BackgroundContext, original: Cookie): Promise<WriteRefusal | null> {
  const concurrent = await checkConcurrent(ctx.cookies, original);
  if (concurrent.status === 'gone') {
    return {
      ok: false,
      kind: 'conflict',
      current: null,
      error: `${original.name} was removed by the site while you were editing it. Save to create it again.`,
    };
  }
  if (concurrent.status === 'changed') {
    const error = `${original.name} was changed by the site while you were editing it (${concurrent.fields.join(', ')}). Save again to overwrite it.`;
    return { ok: false, kind: 'conflict', current: concurrent.current, error };
  }
  return null;
}

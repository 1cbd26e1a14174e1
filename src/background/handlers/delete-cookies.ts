/** Delete one or many cookies, all or none, journalled as one undoable step. */
import { labelForDelete } from '../../core/history/labels.ts';
import { deleteCookies, type DeleteResult } from '../../core/write/safe-write.ts';
import type { DeleteCookiesRequest, ResponseOf } from '../../shared/protocol.ts';
import type { BackgroundContext } from '../context.ts';
import { failed, journaledWrite } from '../journaled-write.ts';

export function deleteCookiesHandler(
  ctx: BackgroundContext,
  req: DeleteCookiesRequest,
): Promise<ResponseOf<'deleteCookies'>> {
  return journaledWrite<{ removed: number }, DeleteResult>(ctx, req.tabId, async () => {
    if (req.cookies.length === 0) return { ok: true, label: 'Nothing to delete', removed: 0 };
    return {
      journal: { action: 'record', kind: 'delete' },
      touches: req.cookies,
      write: (options) => deleteCookies(ctx.cookies, req.cookies, options),
      entry: (r) => (r.removed.length > 0 ? { label: labelForDelete(r.removed), before: r.removed, after: [] } : null),
      answer: (r) => (r.ok ? { ok: true, label: labelForDelete(r.removed), removed: r.removed.length } : failed(r)),
    };
  });
}

/**
 * Identities Cookie Lens is writing right now, so the change fan-out can mark the resulting cookies.onChanged events
 * as "by Cookie Lens" in the panel's timeline.
 */
import { cookieKey } from '../core/cookie/cookie.ts';
import type { Cookie } from '../core/cookie/model.ts';

const pending = new Map<string, number>();

export async function whileWriting<T>(
  cookies: readonly Pick<Cookie, 'name' | 'domain' | 'path' | 'storeId' | 'partitionKey'>[],
  work: () => Promise<T>,
): Promise<T> {
  const keys = cookies.map(cookieKey);
  for (const k of keys) pending.set(k, (pending.get(k) ?? 0) + 1);
  try {
    return await work();
  } finally {
    // onChanged events are dispatched after the API call resolves; keep the mark a moment longer.
    setTimeout(() => {
      for (const k of keys) {
        const n = (pending.get(k) ?? 1) - 1;
        if (n <= 0) pending.delete(k);
        else pending.set(k, n);
      }
    }, 500);
  }
}

export function isPendingWrite(c: Cookie): boolean {
  return pending.has(cookieKey(c));
}

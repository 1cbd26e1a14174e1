/**
 * The preview of an import: what would be created, overwritten, left as it is or refused, keyed by cookie
 * identity (store + name + domain + path + partition key). Nothing is written here; the caller applies the plan
 * as one undoable step.
 */
import { cookieKey, partitionKeyString } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import { isRedactedValue } from './secrets.ts';

export interface ImportPlan {
  create: Cookie[];
  overwrite: { old: Cookie; next: Cookie }[];
  unchanged: Cookie[];
  refuse: { cookie: Cookie; reason: string }[];
}

export interface PlanOptions {
  /** Milliseconds since the epoch; cookies already expired at this time are refused. Default Date.now(). */
  now?: number;
}

/** Expiry from a whole-second format (cookies.txt) equals Chrome's fractional one when within a second. */
function sameExpiry(a: Cookie, b: Cookie): boolean {
  if (a.session || b.session) return a.session === b.session;
  return Math.abs((a.expirationDate ?? 0) - (b.expirationDate ?? 0)) < 1;
}

export function sameCookie(a: Cookie, b: Cookie): boolean {
  return (
    a.value === b.value &&
    a.hostOnly === b.hostOnly &&
    a.secure === b.secure &&
    a.httpOnly === b.httpOnly &&
    a.sameSite === b.sameSite &&
    sameExpiry(a, b) &&
    partitionKeyString(a.partitionKey) === partitionKeyString(b.partitionKey)
  );
}

export function planImport(
  imported: readonly Cookie[],
  existing: readonly Cookie[],
  validate: (c: Cookie) => string | null,
  options: PlanOptions = {},
): ImportPlan {
  const nowS = (options.now ?? Date.now()) / 1000;
  const plan: ImportPlan = { create: [], overwrite: [], unchanged: [], refuse: [] };
  const current = new Map(existing.map((c) => [cookieKey(c), c]));
  // The last occurrence of an identity wins, as successive cookies.set calls would; earlier ones are refused.
  const lastIndex = new Map<string, number>();
  imported.forEach((c, i) => lastIndex.set(cookieKey(c), i));
  imported.forEach((c, i) => {
    const key = cookieKey(c);
    if (lastIndex.get(key) !== i) {
      plan.refuse.push({
        cookie: c,
        reason:
          'The same cookie (name, domain, path, partition) appears again later in the import; the later one is used.',
      });
      return;
    }
    if (isRedactedValue(c.value)) {
      plan.refuse.push({
        cookie: c,
        reason: 'The value is a redaction placeholder: importing it would replace the real cookie and sign you out.',
      });
      return;
    }
    if (!c.session && c.expirationDate !== undefined && c.expirationDate <= nowS) {
      plan.refuse.push({
        cookie: c,
        reason: 'Already expired: writing it would delete the cookie instead of importing it.',
      });
      return;
    }
    const reason = validate(c);
    if (reason !== null) {
      plan.refuse.push({ cookie: c, reason });
      return;
    }
    const old = current.get(key);
    if (!old) plan.create.push(c);
    else if (sameCookie(old, c)) plan.unchanged.push(c);
    else plan.overwrite.push({ old, next: c });
  });
  return plan;
}

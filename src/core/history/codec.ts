/**
 * JSON form of the journal, with a shape check on the way in: what `storage.session` returns is untrusted data
 * (another version of the extension may have written it). Anything malformed is dropped, never half-trusted.
 */
import type { Cookie, PartitionKey } from '../cookie/model.ts';
import type { SetDetails } from '../write/cookie-api.ts';
import type { CookieIdentity } from '../write/snapshot.ts';
import type { IntentJournal, WriteIntent } from './intent.ts';
import type { Journal, JournalEntry } from './journal.ts';

export function serializeJournal(j: Journal): string {
  return JSON.stringify(j);
}

/** The journal, or null when the text is not a journal this version understands. */
export function deserializeJournal(text: string): Journal | null {
  const data = parsed(text);
  if (
    !isRecord(data) ||
    data.version !== 1 ||
    !isCount(data.limit) ||
    data.limit < 1 ||
    !Array.isArray(data.entries) ||
    !isCount(data.cursor)
  )
    return null;
  if (!data.entries.every(isEntry) || data.cursor > data.entries.length || data.entries.length > data.limit)
    return null;
  return { version: 1, limit: data.limit, entries: data.entries, cursor: data.cursor };
}

export function serializeIntent(i: WriteIntent): string {
  return JSON.stringify(i);
}

/** A write-ahead record (journal-intent.ts), or null when the text is not one this version wrote. */
export function deserializeIntent(text: string): WriteIntent | null {
  const x = parsed(text);
  if (
    !isRecord(x) ||
    x.version !== 1 ||
    typeof x.id !== 'string' ||
    typeof x.at !== 'number' ||
    !Number.isFinite(x.at) ||
    !isIntentJournal(x.journal)
  )
    return null;
  if (!Array.isArray(x.targets) || !x.targets.every(isTarget)) return null;
  if (x.before !== null && !(Array.isArray(x.before) && x.before.every(isSnapshot))) return null;
  return x as unknown as WriteIntent;
}

function isIntentJournal(x: unknown): x is IntentJournal {
  if (!isRecord(x) || !isCount(x.tabId)) return false;
  if (x.action === 'undo' || x.action === 'redo') return typeof x.entryId === 'string';
  return (
    x.action === 'record' &&
    (x.kind === 'write' || x.kind === 'delete' || x.kind === 'import') &&
    (x.original === undefined || isCookie(x.original))
  );
}

function isTarget(x: unknown): boolean {
  return (
    isRecord(x) &&
    isIdentity(x.id) &&
    (x.want === null || isSetDetails(x.want)) &&
    (x.exact === undefined || isCookie(x.exact))
  );
}

function isSnapshot(x: unknown): boolean {
  return isRecord(x) && isIdentity(x.id) && (x.cookie === null || isCookie(x.cookie));
}

function isIdentity(x: unknown): x is CookieIdentity {
  return (
    isRecord(x) &&
    ['name', 'domain', 'path', 'storeId'].every((k) => typeof x[k] === 'string') &&
    (x.partitionKey === undefined || isPartitionKey(x.partitionKey))
  );
}

function isSetDetails(x: unknown): x is SetDetails {
  return (
    isRecord(x) &&
    ['url', 'name', 'value', 'path', 'storeId'].every((k) => typeof x[k] === 'string') &&
    ['secure', 'httpOnly'].every((k) => typeof x[k] === 'boolean') &&
    typeof x.sameSite === 'string' &&
    SAME_SITE.has(x.sameSite) &&
    (x.domain === undefined || typeof x.domain === 'string') &&
    (x.expirationDate === undefined || (typeof x.expirationDate === 'number' && Number.isFinite(x.expirationDate))) &&
    (x.partitionKey === undefined || isPartitionKey(x.partitionKey))
  );
}

function isEntry(x: unknown): x is JournalEntry {
  return (
    isRecord(x) &&
    typeof x.id === 'string' &&
    typeof x.at === 'number' &&
    Number.isFinite(x.at) &&
    typeof x.label === 'string' &&
    Array.isArray(x.before) &&
    x.before.every(isCookie) &&
    Array.isArray(x.after) &&
    x.after.every(isCookie)
  );
}

const SAME_SITE = new Set(['no_restriction', 'lax', 'strict', 'unspecified']);

export function isCookie(x: unknown): x is Cookie {
  if (!isRecord(x)) return false;
  const strings = ['name', 'value', 'domain', 'path', 'storeId'] as const;
  const booleans = ['hostOnly', 'secure', 'httpOnly', 'session'] as const;
  if (!strings.every((k) => typeof x[k] === 'string') || !booleans.every((k) => typeof x[k] === 'boolean'))
    return false;
  if (typeof x.sameSite !== 'string' || !SAME_SITE.has(x.sameSite)) return false;
  if (x.expirationDate !== undefined && (typeof x.expirationDate !== 'number' || !Number.isFinite(x.expirationDate)))
    return false;
  if (x.session === false && x.expirationDate === undefined) return false;
  if (x.firstPartyDomain !== undefined && typeof x.firstPartyDomain !== 'string') return false;
  return x.partitionKey === undefined || isPartitionKey(x.partitionKey);
}

function isPartitionKey(x: unknown): x is PartitionKey {
  return (
    isRecord(x) &&
    (x.topLevelSite === undefined || typeof x.topLevelSite === 'string') &&
    (x.hasCrossSiteAncestor === undefined || typeof x.hasCrossSiteAncestor === 'boolean')
  );
}

/** The JSON value, or undefined (never a record) when the text is not JSON. */
function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function isCount(x: unknown): x is number {
  return typeof x === 'number' && Number.isInteger(x) && x >= 0;
}

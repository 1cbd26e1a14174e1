/** Human labels for journal entries: "Edit value of sessionid", "Rename a to b", "Delete 12 cookies". */
import type { Cookie } from '../cookie/model.ts';
import { cookieDifferences } from '../write/snapshot.ts';

const FIELD_WORDS: Record<string, string> = {
  value: 'value',
  domain: 'domain',
  hostOnly: 'domain scope',
  path: 'path',
  secure: 'Secure',
  httpOnly: 'HttpOnly',
  sameSite: 'SameSite',
  session: 'expiry',
  expirationDate: 'expiry',
  partitionKey: 'partition',
  storeId: 'store',
};

export function labelForWrite(original: Cookie | undefined, stored: Cookie): string {
  if (!original) return `Add ${stored.name}`;
  if (original.name !== stored.name) return `Rename ${original.name} to ${stored.name}`;
  const fields = [...new Set(cookieDifferences(original, stored).map((f) => FIELD_WORDS[f] ?? f))];
  if (fields.length === 0) return `Save ${stored.name} unchanged`;
  if (fields.length > 2) return `Edit ${stored.name}`;
  return `Edit ${fields.join(' and ')} of ${stored.name}`;
}

export function labelForDelete(removed: Cookie[]): string {
  const [only] = removed;
  return removed.length === 1 && only ? `Delete ${only.name}` : `Delete ${removed.length} cookies`;
}

export function labelForImport(written: Cookie[]): string {
  const [only] = written;
  return written.length === 1 && only ? `Import ${only.name}` : `Import ${written.length} cookies`;
}

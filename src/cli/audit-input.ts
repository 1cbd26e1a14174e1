/**
 * Minimal input parsing for `audit --url <page> [file|-]`: a JSON array of cookies (chrome.cookies shape,
 * missing fields defaulted) or Set-Cookie lines (with or without the "Set-Cookie:" name).
 * merge: replace with src/cli/input.ts parseCookieInput
 */
import type { Cookie, SameSite } from '../core/types.ts';

export class AuditInputError extends Error {}

export type AuditInput = { kind: 'cookies'; cookies: Cookie[] } | { kind: 'set-cookie'; lines: string[] };

const SAME_SITE: Record<string, SameSite> = {
  no_restriction: 'no_restriction', none: 'no_restriction', lax: 'lax', strict: 'strict', unspecified: 'unspecified',
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function toCookie(item: unknown, index: number, pageUrl: URL): Cookie {
  if (!isRecord(item) || typeof item.name !== 'string' || typeof item.value !== 'string') {
    throw new AuditInputError(`cookie #${index + 1} needs string "name" and "value"`);
  }
  const domain = typeof item.domain === 'string' ? item.domain : pageUrl.hostname;
  const expirationDate = typeof item.expirationDate === 'number' ? item.expirationDate : undefined;
  const cookie: Cookie = {
    name: item.name,
    value: item.value,
    domain,
    hostOnly: typeof item.hostOnly === 'boolean' ? item.hostOnly : !domain.startsWith('.'),
    path: typeof item.path === 'string' ? item.path : '/',
    secure: item.secure === true,
    httpOnly: item.httpOnly === true,
    sameSite: SAME_SITE[String(item.sameSite ?? 'unspecified').toLowerCase()] ?? 'unspecified',
    session: expirationDate === undefined,
    storeId: typeof item.storeId === 'string' ? item.storeId : '0',
  };
  if (expirationDate !== undefined) cookie.expirationDate = expirationDate;
  if (isRecord(item.partitionKey) && typeof item.partitionKey.topLevelSite === 'string') {
    cookie.partitionKey = { topLevelSite: item.partitionKey.topLevelSite };
  }
  return cookie;
}

export function parseAuditInput(text: string, pageUrl: string): AuditInput {
  const trimmed = text.trim();
  if (trimmed === '') throw new AuditInputError('the input is empty');
  if (trimmed.startsWith('[')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (error) {
      throw new AuditInputError(`invalid JSON: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!Array.isArray(data)) throw new AuditInputError('expected a JSON array of cookies');
    const page = new URL(pageUrl);
    return { kind: 'cookies', cookies: data.map((item, i) => toCookie(item, i, page)) };
  }
  const lines = trimmed.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (!lines.every((l) => l.includes('='))) throw new AuditInputError('expected a JSON array of cookies or Set-Cookie lines (name=value; ...)');
  return { kind: 'set-cookie', lines };
}

/**
 * CLI input: a JSON array of cookies in chrome.cookies shape, or raw Set-Cookie header lines (one per line) received
 * from `--url`, turned into the Cookie Chrome would store (RFC 6265bis §5.7 storage model):
 * host-only without Domain, default-path of §5.1.4, Max-Age over Expires (§5.6.2), 400-day cap (§5.5),
 * SameSite mapping (§5.6.7), Partitioned → partitionKey {topLevelSite} (CHIPS).
 */
import { domainMatches, topLevelSite } from '../core/cookie.ts';
import { effectiveDomainAttribute, parseSetCookieHeader, toStoredCookie } from '../core/set-cookie.ts';
import type { Cookie } from '../core/types.ts';
import { lineOf } from '../core/formats/input-limits.ts';
import { jsonErrorOffset } from '../core/formats/json-error-offset.ts';

export class InputError extends Error {}

/** One Set-Cookie line as Chrome would store it (the storage model lives in core/set-cookie-store.ts). */
export function setCookieLineToCookie(line: string, url: URL, lineNo: number, nowMs: number): Cookie {
  const eq = line.indexOf('=');
  const semi = line.indexOf(';');
  if (eq <= 0 || (semi >= 0 && semi < eq) || line.slice(0, eq).trim() === '') throw new InputError(`line ${lineNo}: not a Set-Cookie line (expected name=value): ${line.slice(0, 60)}`);
  const parsed = parseSetCookieHeader(line, url.href);
  if (!parsed || parsed.name === '') throw new InputError(`line ${lineNo}: cannot parse Set-Cookie: ${line.slice(0, 60)}`);
  const domain = effectiveDomainAttribute(parsed);
  if (domain !== undefined && !domainMatches({ domain, hostOnly: false }, url.hostname)) {
    throw new InputError(`line ${lineNo}: Domain=${parsed.domain} does not match ${url.hostname}; Chrome would reject this cookie`);
  }
  return toStoredCookie(parsed, url.href, topLevelSite(url), nowMs);
}

function str(o: Record<string, unknown>, key: string, fallback: string): string {
  return typeof o[key] === 'string' ? (o[key] as string) : fallback;
}

function bool(o: Record<string, unknown>, key: string, fallback: boolean): boolean {
  return typeof o[key] === 'boolean' ? (o[key] as boolean) : fallback;
}

/** A chrome.cookies-shaped object with missing fields defaulted for the page URL. */
export function jsonToCookie(o: unknown, url: URL, index: number): Cookie {
  if (typeof o !== 'object' || o === null || Array.isArray(o)) throw new InputError(`cookie #${index + 1}: not an object`);
  const rec = o as Record<string, unknown>;
  if (typeof rec.name !== 'string') throw new InputError(`cookie #${index + 1}: "name" must be a string`);
  if (typeof rec.value !== 'string') throw new InputError(`cookie #${index + 1} (${rec.name}): "value" must be a string`);
  const domain = str(rec, 'domain', url.hostname);
  const expirationDate = typeof rec.expirationDate === 'number' ? rec.expirationDate : undefined;
  const ss = str(rec, 'sameSite', 'unspecified');
  const pk = rec.partitionKey as { topLevelSite?: unknown; hasCrossSiteAncestor?: unknown } | undefined;
  return {
    name: rec.name, value: rec.value, domain, hostOnly: bool(rec, 'hostOnly', !domain.startsWith('.')), path: str(rec, 'path', '/'),
    secure: bool(rec, 'secure', false), httpOnly: bool(rec, 'httpOnly', false),
    sameSite: ss === 'strict' || ss === 'lax' || ss === 'no_restriction' ? ss : 'unspecified',
    session: bool(rec, 'session', expirationDate === undefined), ...(expirationDate !== undefined ? { expirationDate } : {}),
    storeId: str(rec, 'storeId', '0'),
    ...(pk && typeof pk.topLevelSite === 'string' ? { partitionKey: { topLevelSite: pk.topLevelSite, ...(typeof pk.hasCrossSiteAncestor === 'boolean' ? { hasCrossSiteAncestor: pk.hasCrossSiteAncestor } : {}) } } : {}),
  };
}

/** Parses either input format; throws InputError with one line naming the fault. */
export function parseCookieInput(text: string, url: URL, nowMs = Date.now()): Cookie[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  if (trimmed.startsWith('[') || trimmed.startsWith('{')) {
    let data: unknown;
    try {
      data = JSON.parse(trimmed);
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      throw new InputError(`line ${lineOf(text, text.indexOf(trimmed) + Math.max(0, jsonErrorOffset(trimmed)))}: malformed JSON (${msg.split('\n')[0]})`);
    }
    if (!Array.isArray(data)) throw new InputError('line 1: expected a JSON array of cookies');
    return data.map((o, i) => jsonToCookie(o, url, i));
  }
  const cookies: Cookie[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.replace(/^\s*set-cookie:\s*/i, '').trim();
    if (line === '' || line.startsWith('#')) return;
    cookies.push(setCookieLineToCookie(line, url, i + 1, nowMs));
  });
  return cookies;
}

/**
 * Raw-header mode: one Set-Cookie line, parsed with set-cookie-parser, keeping what Chrome's jar loses
 * (the raw SameSite string, the Domain as sent, the prefix, every attribute as written).
 */
import { parseSetCookie } from 'set-cookie-parser';

export type CookiePrefix = '__Host-' | '__Secure-';

export interface RawAttribute {
  name: string;
  value: string;
}

export interface ParsedSetCookie {
  /** The header value as received (without a leading "Set-Cookie:"). */
  raw: string;
  /** The URL of the response that carried the header. */
  requestUrl: string;
  name: string;
  /** The value as sent, not URL-decoded (Chrome stores it verbatim). */
  value: string;
  domain?: string;
  path?: string;
  /** Seconds; wins over Expires. */
  maxAge?: number;
  expires?: Date;
  secure: boolean;
  httpOnly: boolean;
  /** The SameSite attribute exactly as written ('' for a bare `SameSite`), absent when not sent. */
  sameSite?: string;
  partitioned: boolean;
  /** The name prefix as a browser sees it (case-insensitive, 6265bis §5.4), or null. */
  prefix: CookiePrefix | null;
  /** Every attribute after the name=value pair, as written, in order. */
  attributes: RawAttribute[];
}

const HEADER_NAME = /^\s*set-cookie\s*:\s*/i;

export function detectPrefix(name: string): CookiePrefix | null {
  const lower = name.toLowerCase();
  if (lower.startsWith('__host-')) return '__Host-';
  if (lower.startsWith('__secure-')) return '__Secure-';
  return null;
}

function rawAttributes(line: string): RawAttribute[] {
  return line
    .split(';')
    .slice(1)
    .map((part) => {
      const eq = part.indexOf('=');
      const name = (eq < 0 ? part : part.slice(0, eq)).trim();
      const value = eq < 0 ? '' : part.slice(eq + 1).trim();
      return { name, value };
    })
    .filter((a) => a.name !== '');
}

/** Parses one Set-Cookie header value; null when there is no cookie in it (empty line, empty name and value). */
export function parseSetCookieHeader(line: string, requestUrl: string): ParsedSetCookie | null {
  const raw = line.replace(HEADER_NAME, '').trim();
  if (raw === '') return null;
  // The name=value pair is split here (6265bis §5.6: no "=" means a nameless cookie); set-cookie-parser reads only
  // the attributes, because it drops cookies named like Object properties ("constructor", "__proto__").
  const semi = raw.indexOf(';');
  const pair = semi === -1 ? raw : raw.slice(0, semi);
  const eq = pair.indexOf('=');
  const name = eq === -1 ? '' : pair.slice(0, eq).trim();
  const value = (eq === -1 ? pair : pair.slice(eq + 1)).trim();
  if (name === '' && value === '') return null;
  const [parsed] = parseSetCookie(`x=y${semi === -1 ? '' : raw.slice(semi)}`, {
    decodeValues: false,
    silent: true,
    split: false,
  });
  if (!parsed) return null;
  const result: ParsedSetCookie = {
    raw,
    requestUrl,
    name,
    value,
    secure: parsed.secure === true,
    httpOnly: parsed.httpOnly === true,
    partitioned: parsed.partitioned === true,
    prefix: detectPrefix(name),
    attributes: rawAttributes(raw),
  };
  if (parsed.domain !== undefined && parsed.domain !== '') result.domain = parsed.domain;
  if (parsed.path !== undefined) result.path = parsed.path;
  if (parsed.maxAge !== undefined) result.maxAge = parsed.maxAge;
  if (parsed.expires !== undefined) result.expires = parsed.expires;
  if (parsed.sameSite !== undefined) result.sameSite = parsed.sameSite;
  return result;
}

/** Parses every Set-Cookie line of one response. */
export function parseSetCookieHeaders(lines: readonly string[], requestUrl: string): ParsedSetCookie[] {
  const out: ParsedSetCookie[] = [];
  for (const line of lines) {
    const parsed = parseSetCookieHeader(line, requestUrl);
    if (parsed) out.push(parsed);
  }
  return out;
}

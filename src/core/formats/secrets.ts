/**
 * Secret-aware export: session IDs and auth tokens are credentials. Whoever holds one can act as the user, so an
 * export names them before it happens and can replace their values with a clear placeholder.
 */
import { bareDomain, registrableDomain } from '../cookie.ts';
import type { CookieClass } from '../analysis-types.ts';
import type { Cookie } from '../types.ts';

export type SecretClass = Extract<CookieClass, 'session-id' | 'auth-token'>;
export type ClassOf = (c: Cookie) => CookieClass;

export interface SecretMark {
  cookie: Cookie;
  class: SecretClass;
  /** e.g. "Whoever has this cookie can act as you on example.com." */
  warning: string;
}

export function isSecretClass(k: CookieClass): k is SecretClass {
  return k === 'session-id' || k === 'auth-token';
}

export function secretWarning(c: Cookie, k: SecretClass): string {
  const site = registrableDomain(bareDomain(c.domain));
  const what = k === 'session-id' ? 'a session ID' : 'an authentication token';
  return `"${c.name}" is ${what}: whoever has this cookie can act as you on ${site}.`;
}

/** The cookies that are credentials, each with its warning. */
export function markSecrets(cookies: readonly Cookie[], classOf: ClassOf): SecretMark[] {
  const out: SecretMark[] = [];
  for (const c of cookies) {
    const k = classOf(c);
    if (isSecretClass(k)) out.push({ cookie: c, class: k, warning: secretWarning(c, k) });
  }
  return out;
}

export const REDACTED_PREFIX = 'REDACTED-';

export function redactedValue(k: SecretClass): string {
  return `${REDACTED_PREFIX}${k}`;
}

/** True for a value `redact` wrote: importing it would replace a real session with a placeholder. */
export function isRedactedValue(v: string): boolean {
  return v === redactedValue('session-id') || v === redactedValue('auth-token');
}

/** Copies of the cookies with every secret's value replaced by `REDACTED-<class>`; all other attributes kept. */
export function redact(cookies: readonly Cookie[], classOf: ClassOf): Cookie[] {
  return cookies.map((c) => {
    const k = classOf(c);
    return isSecretClass(k) ? { ...c, value: redactedValue(k) } : { ...c };
  });
}

/**
 * A display mask for screen sharing: keeps the first and last two characters of values of 12 characters or more,
 * hides everything else, and never shows more than 10 dots so the mask does not reveal the length of long values.
 */
export function maskValue(v: string): string {
  const chars = [...v];
  if (chars.length === 0) return '';
  if (chars.length < 12) return '•'.repeat(Math.min(chars.length, 10));
  return `${chars.slice(0, 2).join('')}${'•'.repeat(6)}${chars.slice(-2).join('')}`;
}

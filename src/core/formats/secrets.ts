/**
 * Secret-aware export: every credential (what the analysis explains as giving access: session IDs, auth tokens,
 * client-side sessions that carry a login, login and remember-me cookies; see core/credentials.ts). Whoever holds
 * one can act as the user, so an export names them before it happens and can replace their values with a clear
 * placeholder.
 */
import type { CookieAnalysis, CookieClass } from '../analysis-types.ts';
import { credentialKind, type SecretClass } from '../classify/credentials.ts';
import { bareDomain, registrableDomain } from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';

export type { SecretClass };
/** The analysis of a cookie (the panel's, or the CLI's analyzeCookie). */
export type AnalysisOf = (c: Cookie) => CookieAnalysis;

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
export function markSecrets(cookies: readonly Cookie[], analysisOf: AnalysisOf): SecretMark[] {
  const out: SecretMark[] = [];
  for (const c of cookies) {
    const k = credentialKind(c.name, analysisOf(c));
    if (k !== null) out.push({ cookie: c, class: k, warning: secretWarning(c, k) });
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

/** Copies of the cookies with every credential's value replaced by `REDACTED-<class>`; all other attributes kept. */
export function redact(cookies: readonly Cookie[], analysisOf: AnalysisOf): Cookie[] {
  return cookies.map((c) => {
    const k = credentialKind(c.name, analysisOf(c));
    return k !== null ? { ...c, value: redactedValue(k) } : { ...c };
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

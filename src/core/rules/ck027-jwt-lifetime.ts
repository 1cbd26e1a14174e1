import { OWASP_JWT, RFC7519_EXP } from '../sources.ts';
import { jwtOf } from './decoded-data.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

const THIRTY_DAYS_S = 30 * 86_400;

/** Why the token's lifetime is a problem, or null (RFC 7519 §4.1.4). */
export function jwtLifetimeProblem(payload: Record<string, unknown>, nowS: number): string | null {
  const { exp, iat } = payload;
  if (typeof exp !== 'number') return 'no exp claim: the token never expires';
  if (exp < nowS) return 'exp is in the past: an expired token is still stored';
  if (typeof iat === 'number' && exp - iat > THIRTY_DAYS_S) return `valid for ${Math.round((exp - iat) / 86_400)} days`;
  return null;
}

/** CK027: JWT without `exp`, valid more than 30 days, or already expired. */
export const ck027JwtLifetime: Rule = {
  id: 'CK027',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Long-lived, never-expiring or expired JWT',
  why: 'A bearer token that lives long (or forever) stays usable long after it leaks; an expired one still sitting in the jar means the cookie outlives its token.',
  attack: 'A stolen token keeps working for weeks, or forever without exp, and cannot easily be revoked.',
  fix: ruleFix('Issue short-lived tokens (exp) with refresh, and expire the cookie together with the token.'),
  fixTopics: [],
  sources: [RFC7519_EXP, OWASP_JWT],
  check: eachCookie(({ analysis }, page) => {
    const payload = jwtOf(analysis)?.payload;
    if (!payload) return false;
    const problem = jwtLifetimeProblem(payload, page.nowMs / 1000);
    return problem === null ? false : { detail: problem };
  }),
};

import { CHROMIUM_LAX_ALLOW_UNSAFE, observatory, owaspSession, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK010: `(AUTH(c) || CLASS(c)===CSRF) && c.sameSite==='unspecified'`. */
export const ck010AuthSameSiteUnspecified: Rule = {
  id: 'CK010',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Session or CSRF cookie without an explicit SameSite',
  why: 'No SameSite attribute: Chrome applies Lax, but a cookie set in the last 2 minutes is still sent on cross-site top-level POSTs ("Lax-allowing-unsafe"), and other browsers may differ.',
  attack:
    'Right after login, a malicious site can auto-submit a cross-site POST form that carries the fresh session cookie (CSRF).',
  fix: ruleFix('Set SameSite explicitly (Lax or Strict) instead of relying on the browser default.'),
  fixTopics: ['samesite'],
  missing: { attribute: 'SameSite', specificity: 1 },
  sources: [
    zap('10054', 'Cookie without SameSite Attribute (Low)'),
    observatory('cookies-anticsrf-without-samesite-flag (−20)'),
    owaspSession('SameSite Attribute', 'samesite-attribute'),
    CHROMIUM_LAX_ALLOW_UNSAFE,
  ],
  check: eachCookie(
    ({ cookie, analysis }) => (isAuth(analysis) || isClass(analysis, 'csrf')) && cookie.sameSite === 'unspecified',
  ),
};

import { DJANGO_CSRF_COOKIE_SECURE, observatory } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK004: `https && CLASS(c)===CSRF && !c.secure`. */
export const ck004CsrfNotSecure: Rule = {
  id: 'CK004',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'CSRF cookie without Secure',
  why: 'The anti-CSRF token cookie is also sent and accepted over HTTP.',
  attack:
    'A network attacker reads or overwrites the CSRF token over HTTP and can then forge requests that pass the check.',
  fix: ruleFix('Mark the CSRF cookie Secure.'),
  fixTopics: ['secure'],
  missing: { attribute: 'Secure', specificity: 1 },
  sources: [DJANGO_CSRF_COOKIE_SECURE, observatory('cookies-without-secure-flag')],
  check: eachCookie(({ cookie, analysis }, page) => page.https && isClass(analysis, 'csrf') && !cookie.secure),
};

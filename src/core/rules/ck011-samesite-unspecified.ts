import { RFC_SAMESITE, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK011: `c.sameSite==='unspecified' && !AUTH(c) && CLASS(c)!==CSRF`. */
export const ck011SameSiteUnspecified: Rule = {
  id: 'CK011',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'No explicit SameSite (browser default applies)',
  why: 'The browser default (Lax in Chrome) applies. Chrome\'s cookie API reports both "no SameSite attribute" and "an unrecognised value" as unspecified.',
  attack:
    'Little on its own; behaviour differs between browsers, so cross-site requests may or may not carry this cookie.',
  fix: ruleFix('Set SameSite explicitly (Lax, Strict, or None; Secure for embedded use).'),
  fixTopics: ['samesite'],
  missing: { attribute: 'SameSite', specificity: 0 },
  sources: [zap('10054', 'Cookie without SameSite Attribute'), RFC_SAMESITE],
  check: eachCookie(
    ({ cookie, analysis }) => cookie.sameSite === 'unspecified' && !isAuth(analysis) && !isClass(analysis, 'csrf'),
  ),
};

import { owaspSession, rfc6265bis, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK009: `AUTH(c) && c.sameSite==='no_restriction'`. */
export const ck009AuthSameSiteNone: Rule = {
  id: 'CK009',
  severity: 'medium',
  scope: 'cookie',
  observable: 'store',
  title: 'Session cookie sent on cross-site requests (SameSite=None)',
  why: 'With SameSite=None the session cookie goes along with requests started by other sites (forms, iframes, fetch with credentials).',
  attack:
    "A malicious site makes the browser submit a request to this site with the user's session (CSRF); only CSRF tokens stand in the way.",
  fix: ruleFix(
    'Use SameSite=Lax (or Strict). If the app must run in cross-site iframes, consider a Partitioned cookie.',
  ),
  fixTopics: ['samesite'],
  sources: [
    zap('10054', 'Cookie with SameSite Attribute None (Low)'),
    owaspSession('SameSite Attribute', 'samesite-attribute'),
    rfc6265bis('§8.8 SameSite cookies', 'samesite-cookies'),
  ],
  check: eachCookie(({ cookie, analysis }) => isAuth(analysis) && cookie.sameSite === 'no_restriction'),
};

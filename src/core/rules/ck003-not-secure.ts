import { observatory, rfc6265bis, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

/**
 * CK003: `https && !c.secure` for cookies that are neither AUTH (CK001) nor CSRF (CK004); low for preferences,
 * info for tracking cookies (the table's "info if TRACKING" note), medium otherwise.
 */
export const ck003NotSecure: Rule = {
  id: 'CK003',
  severity: 'medium',
  severityNote: 'low for preference cookies, info for tracking cookies',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie without Secure on an HTTPS site',
  why: 'The site uses HTTPS but this cookie lacks Secure, so it is also sent over HTTP and can be set or overwritten from HTTP.',
  attack:
    'A network attacker reads the cookie from an http:// request, or injects a different value the site will then trust.',
  fix: ruleFix('Add Secure to every cookie on an HTTPS site.'),
  fixTopics: ['secure'],
  missing: { attribute: 'Secure', specificity: 0 },
  sources: [
    zap('10011', 'Cookie Without Secure Flag (Low, CWE-614)'),
    observatory('cookies-without-secure-flag (−20; −5 with HSTS)'),
    rfc6265bis('§8.3: servers SHOULD set Secure on every cookie', 'clear-text'),
  ],
  check: eachCookie(({ cookie, analysis }, page) => {
    if (!page.https || cookie.secure || isAuth(analysis) || isClass(analysis, 'csrf')) return false;
    if (isClass(analysis, 'tracking')) return { severity: 'info' };
    if (isClass(analysis, 'preference')) return { severity: 'low' };
    return true;
  }),
};

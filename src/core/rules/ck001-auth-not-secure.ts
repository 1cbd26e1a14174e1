import { observatory, owaspSession, rfc6265bis, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK001: `https && AUTH(c) && !c.secure`. */
export const ck001AuthNotSecure: Rule = {
  id: 'CK001',
  severity: 'high',
  scope: 'cookie',
  observable: 'store',
  title: 'Session cookie without Secure on an HTTPS site',
  why: 'This session/auth cookie is also sent over plain HTTP whenever the browser makes an http:// request to the site.',
  attack:
    'An attacker on the network (public Wi-Fi) makes the browser load any http:// URL of the site, reads the cookie in clear text and replays it to take over the session.',
  fix: ruleFix('Set the Secure attribute on the session cookie, and enable HSTS so the browser never uses HTTP.'),
  fixTopics: ['secure', 'https'],
  missing: { attribute: 'Secure', specificity: 1 },
  sources: [
    observatory('cookies-session-without-secure-flag (−40; −10 with HSTS)'),
    zap('10011', 'Cookie Without Secure Flag (Low)'),
    owaspSession('Secure Attribute', 'secure-attribute'),
    rfc6265bis('§8.3 Clear Text', 'clear-text'),
  ],
  check: eachCookie(({ cookie, analysis }, page) => page.https && isAuth(analysis) && !cookie.secure),
};

import { owaspSession, RFC_PREFIXES, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

const EXACT_PREFIX = /^__(Host|Secure)-/;

/** CK013: `https && AUTH(c) && !/^__(Host|Secure)-/.test(c.name)`. */
export const ck013AuthWithoutPrefix: Rule = {
  id: 'CK013',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Session cookie without a __Host- or __Secure- prefix',
  why: 'Without a prefix the server cannot tell whether the cookie was set by this host over HTTPS, or by a sibling subdomain or over HTTP.',
  attack:
    'An attacker controlling a subdomain (or a network attacker over HTTP) plants a cookie with the same name ("cookie tossing") to fix the victim\'s session to one the attacker knows.',
  fix: ruleFix('Rename the cookie to __Host-<name> (requires Secure, Path=/ and no Domain).'),
  fixTopics: ['host-prefix'],
  sources: [
    owaspSession('Cookie Name Prefixes', 'cookie-name-prefixes'),
    RFC_PREFIXES,
    rfc6265bis('§8.6 Weak integrity', 'weak-integrity'),
  ],
  check: eachCookie(({ cookie, analysis }, page) => page.https && isAuth(analysis) && !EXACT_PREFIX.test(cookie.name)),
};

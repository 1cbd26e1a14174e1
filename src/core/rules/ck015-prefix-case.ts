import { rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

const ANY_CASE_PREFIX = /^__(host|secure)-/i;
const EXACT_PREFIX = /^__(Host|Secure)-/;

/** CK015: name starts with a prefix in another case than `__Host-`/`__Secure-`. */
export const ck015PrefixCase: Rule = {
  id: 'CK015',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie prefix not in its exact case',
  why: 'Browsers match __Host-/__Secure- case-insensitively, but servers that compare names case-sensitively may not realise the browser enforced the prefix rules, or may be fooled by look-alikes such as __SeCuRe-.',
  attack: 'Look-alike names confuse server-side checks that rely on the exact prefix.',
  fix: ruleFix('Use the exact spelling __Host- or __Secure-.'),
  fixTopics: [],
  sources: [rfc6265bis('§5.4 UA name prefixes', 'ua-name-prefixes')],
  check: eachCookie(({ cookie }) => ANY_CASE_PREFIX.test(cookie.name) && !EXACT_PREFIX.test(cookie.name)),
};

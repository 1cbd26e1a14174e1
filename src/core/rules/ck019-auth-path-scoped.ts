import { owaspSession, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK019: `AUTH(c) && c.path!=='/'`. */
export const ck019AuthPathScoped: Rule = {
  id: 'CK019',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Session cookie limited by Path',
  why: 'Path does not isolate cookies from other applications on the same host: any page can set a cookie for any path, and scripts can read across paths.',
  attack: 'Another application on the same host reads or overrides this session cookie despite the Path.',
  fix: ruleFix('Do not rely on Path for security; give separate applications separate hosts.'),
  fixTopics: [],
  sources: [
    rfc6265bis('§8.5 Weak confidentiality', 'weak-confidentiality'),
    owaspSession('Domain and Path Attributes', 'domain-and-path-attributes'),
  ],
  check: eachCookie(({ cookie, analysis }) => isAuth(analysis) && cookie.path !== '/'),
};

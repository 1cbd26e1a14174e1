import { bareDomain } from '../cookie/cookie.ts';
import { owaspSession, rfc6265bis, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK016: domain cookie scoped to a parent of the page host (ZAP 90033). */
export const ck016LooselyScoped: Rule = {
  id: 'CK016',
  severity: 'medium',
  severityNote: 'medium for session/auth cookies, low otherwise',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie scoped to a parent domain',
  why: 'The Domain attribute names a parent domain, so every subdomain receives this cookie and can overwrite it.',
  attack:
    'A compromised or user-controlled subdomain (a blog, a staging host) reads the cookie or replaces it with its own value.',
  fix: ruleFix('Omit Domain (host-only cookie) unless sharing across subdomains is really required.'),
  fixTopics: ['host-only'],
  sources: [
    zap('90033', 'Loosely Scoped Cookie (Informational, CWE-565)'),
    owaspSession('Domain and Path Attributes', 'domain-and-path-attributes'),
    rfc6265bis('§8.6 Weak integrity', 'weak-integrity'),
  ],
  check: eachCookie(({ cookie, analysis }, page) => {
    const cd = bareDomain(cookie.domain);
    const host = page.url.hostname.toLowerCase();
    if (cookie.hostOnly || cd === host || !host.endsWith(`.${cd}`)) return false;
    return { severity: isAuth(analysis) ? 'medium' : 'low', detail: `Domain=${cd}` };
  }),
};

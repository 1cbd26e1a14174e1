import { domainMatches, pathMatches } from '../cookie/cookie.ts';
import { rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK005: plain-HTTP page, a Secure cookie matches its host and path but is not sent. */
export const ck005SecureCookieOnHttpPage: Rule = {
  id: 'CK005',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Secure cookie not sent to this HTTP page',
  why: 'A Secure cookie exists for this host but this page is plain HTTP, so the browser does not send it. HTTP pages also cannot create or overwrite Secure cookies ("Leave Secure Cookies Alone"). The site is reachable over HTTP.',
  attack:
    'While users can reach the HTTP version, an attacker can serve them a fake page over HTTP or strip the redirect to HTTPS.',
  fix: ruleFix('Redirect every HTTP request to HTTPS and enable HSTS.'),
  fixTopics: ['https'],
  sources: [rfc6265bis('§5.7 steps 13 and 16 (storage model)', 'storage-model')],
  check: eachCookie(
    ({ cookie }, page) =>
      page.insecureHttp &&
      cookie.secure &&
      domainMatches(cookie, page.url.hostname) &&
      pathMatches(cookie.path, page.url.pathname || '/'),
  ),
};

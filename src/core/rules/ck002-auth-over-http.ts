import { cookieAppliesTo } from '../cookie/cookie.ts';
import { observatory, owaspSession, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK002 (site): the page is plain HTTP and a session cookie is sent with it. */
export const ck002AuthOverHttp: Rule = {
  id: 'CK002',
  severity: 'high',
  scope: 'site',
  observable: 'store',
  title: 'Session cookie sent over plain HTTP',
  why: 'This page is served over plain HTTP and a session/auth cookie is sent with it, so it travels unencrypted.',
  attack: 'Anyone on the network path reads the session cookie from the request and uses it to act as the user.',
  fix: ruleFix('Serve the whole site over HTTPS, redirect HTTP to HTTPS, enable HSTS, then mark the cookie Secure.'),
  fixTopics: ['https', 'secure'],
  sources: [
    owaspSession('Transport Layer Security', 'transport-layer-security'),
    rfc6265bis('§8.3 Clear Text', 'clear-text'),
    observatory('cookies-without-secure-flag'),
  ],
  check(ctx) {
    if (!ctx.page.insecureHttp) return [];
    const sent = ctx.cookies.filter(
      ({ cookie, analysis }) => isAuth(analysis) && cookieAppliesTo(cookie, ctx.page.url),
    );
    if (sent.length === 0) return [];
    return [{ detail: `Sent over HTTP: ${sent.map((s) => s.cookie.name).join(', ')}` }];
  },
};

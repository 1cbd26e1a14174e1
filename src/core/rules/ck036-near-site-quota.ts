import { bareDomain, registrableDomain } from '../cookie/cookie.ts';
import { chromium, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import type { Rule } from './types.ts';

export const SITE_COOKIE_WARNING = 150;

/** CK036 (site): 150 or more cookies for the page's site (Chromium keeps 180 per eTLD+1). */
export const ck036NearSiteQuota: Rule = {
  id: 'CK036',
  severity: 'low',
  scope: 'site',
  observable: 'store',
  title: "Close to Chrome's 180-cookies-per-site limit",
  why: 'This site has close to 180 cookies. Past that Chrome evicts 30 of them, non-Secure ones first.',
  attack:
    'Anyone who can set cookies for the site (a subdomain, an HTTP page) can push it over the limit and evict the session cookie, logging users out.',
  fix: ruleFix('Reduce the number of cookies and mark the important ones Secure.'),
  fixTopics: [],
  sources: [
    chromium('cookie_monster.cc', 'kDomainMaxCookies = 180, kDomainPurgeCookies = 30'),
    rfc6265bis('§6.1 Limits', 'limits'),
  ],
  check(ctx) {
    const count = ctx.cookies.filter((c) => registrableDomain(bareDomain(c.cookie.domain)) === ctx.page.site).length;
    return count >= SITE_COOKIE_WARNING ? [{ detail: `${count} cookies for ${ctx.page.site}` }] : [];
  },
};

import { cookieAppliesTo, cookieSize } from '../cookie/cookie.ts';
import { rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import type { Rule } from './types.ts';

export const COOKIE_HEADER_LIMIT = 8190;

/** CK037 (site): the Cookie header sent to the page exceeds common 8 KB server limits. */
export const ck037LargeCookieHeader: Rule = {
  id: 'CK037',
  severity: 'low',
  scope: 'site',
  observable: 'store',
  title: 'Cookie header larger than 8 KB',
  why: 'The cookies sent to this page add up to a Cookie header above 8 KB, which many servers refuse.',
  attack: 'Requests fail with 400/431 errors; anyone able to set a few large cookies for the site can lock users out.',
  fix: ruleFix('Use fewer and smaller cookies.'),
  fixTopics: [],
  sources: [rfc6265bis('§4.2.1 Server syntax', 'server-syntax')],
  check(ctx) {
    const bytes = ctx.cookies
      .filter((c) => cookieAppliesTo(c.cookie, ctx.page.url))
      .reduce((sum, c) => sum + cookieSize(c.cookie) + 3, 0);
    return bytes > COOKIE_HEADER_LIMIT ? [{ detail: `${bytes} bytes` }] : [];
  },
};

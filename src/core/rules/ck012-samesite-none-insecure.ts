import { chromium, observatory, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import type { Rule } from './types.ts';

/** CK012 (raw header): `SameSite=None` without `Secure`; Chrome refuses the cookie. */
export const ck012SameSiteNoneInsecure: Rule = {
  id: 'CK012',
  severity: 'high',
  scope: 'cookie',
  observable: 'raw-header',
  title: 'SameSite=None without Secure (refused by Chrome)',
  why: 'Browsers ignore a cookie that asks for SameSite=None without Secure, so the server thinks it set a cookie the browser never stored.',
  attack:
    'Features that depend on the cookie break in Chrome; older browsers that accept it send it cross-site over plain HTTP.',
  fix: ruleFix('Add Secure to SameSite=None cookies, or use SameSite=Lax.'),
  fixTopics: ['secure'],
  sources: [
    rfc6265bis('§5.7 step 19', 'storage-model'),
    chromium('cookie_base.cc', 'EXCLUDE_SAMESITE_NONE_INSECURE'),
    observatory('cookies-samesite-flag-invalid (−20)'),
  ],
  check(ctx) {
    return ctx.headers
      .filter((h) => h.sameSite?.toLowerCase() === 'none' && !h.secure)
      .map((h) => ({ header: h, cookieName: h.name, detail: h.raw }));
  },
};

import { secondsToExpiry } from '../cookie/cookie.ts';
import { chromium, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

export const FOUR_HUNDRED_DAYS_S = 400 * 86_400;

/** CK021: expiry more than 400 days away, which Chrome never stores. */
export const ck021Beyond400Days: Rule = {
  id: 'CK021',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Expiry beyond the 400-day cap',
  why: 'Chrome caps every cookie at 400 days from when it was set, so a later expiry means the cookie comes from a non-Chrome store or an import. (A "2-year" _ga cookie lives at most 400 days in Chrome.)',
  attack: 'None; an anomaly worth knowing about.',
  fix: ruleFix('Set lifetimes of at most 400 days (34,560,000 seconds).'),
  fixTopics: [],
  sources: [
    rfc6265bis('§5.5 Cookie lifetime limits', 'cookie-lifetime-limits'),
    chromium('canonical_cookie.cc', 'ValidateAndAdjustExpiryDate'),
  ],
  check: eachCookie(({ cookie }, page) => (secondsToExpiry(cookie, page.nowMs) ?? 0) > FOUR_HUNDRED_DAYS_S),
};

import { cookieSize } from '../cookie/cookie.ts';
import { chromium, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/** 87.5 % of the 4096-octet name+value limit. */
export const NEAR_SIZE_LIMIT = 3584;

/** CK035: name + value above 3584 octets. */
export const ck035NearSizeLimit: Rule = {
  id: 'CK035',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie close to the 4096-byte limit',
  why: 'Name plus value is near the 4096-byte limit; a slightly larger value is silently dropped by the browser (cookie-based sessions grow past it easily).',
  attack: 'None directly; users get logged out or lose state without any error.',
  fix: ruleFix('Keep data on the server and the cookie small.'),
  fixTopics: ['server-side'],
  sources: [
    rfc6265bis('§5.6 step 5 and §5.7 step 4', 'set-cookie'),
    chromium('parsed_cookie.h', 'kMaxCookieNamePlusValueSize = 4096'),
  ],
  check: eachCookie(({ cookie }) => {
    const size = cookieSize(cookie);
    return size > NEAR_SIZE_LIMIT ? { detail: `${size} bytes` } : false;
  }),
};

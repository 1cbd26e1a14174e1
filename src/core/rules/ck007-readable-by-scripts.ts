import { zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK007: `!c.httpOnly && CLASS(c)∉{SESSION,CSRF} && !AUTH(c)`. */
export const ck007ReadableByScripts: Rule = {
  id: 'CK007',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie readable by page scripts',
  why: 'Page scripts can read this cookie. That is fine for preferences or analytics, but such a cookie must never hold secrets.',
  attack: 'An injected script can read whatever this cookie contains.',
  fix: ruleFix('Add HttpOnly unless front-end code needs to read the cookie.'),
  fixTopics: ['httponly'],
  missing: { attribute: 'HttpOnly', specificity: 0 },
  sources: [
    zap('10010', 'Cookie No HttpOnly Flag (ZAP flags every cookie, Low; downgraded here for non-auth cookies)'),
  ],
  check: eachCookie(({ cookie, analysis }) => !cookie.httpOnly && !isAuth(analysis) && !isClass(analysis, 'csrf')),
};

import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK008: `CLASS(c)===CSRF && !c.httpOnly`: expected, explained rather than flagged. */
export const ck008CsrfReadable: Rule = {
  id: 'CK008',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'CSRF cookie readable by scripts (expected)',
  why: 'Double-submit CSRF cookies (Django csrftoken, Laravel/Angular XSRF-TOKEN) are meant to be read by JavaScript, which copies the token into a header or form field.',
  attack: 'None by itself: a script that can read it can already send requests as the user.',
  fix: ruleFix(
    'Nothing to do. Optionally make it HttpOnly if you read the token from the page instead (Django CSRF_COOKIE_HTTPONLY = True).',
  ),
  fixTopics: [],
  missing: { attribute: 'HttpOnly', specificity: 1 },
  sources: [
    {
      label: 'Django CSRF_COOKIE_HTTPONLY (default False)',
      url: 'https://docs.djangoproject.com/en/stable/ref/settings/#csrf-cookie-httponly',
    },
    { label: 'Laravel docs: X-XSRF-TOKEN', url: 'https://laravel.com/docs/csrf#csrf-x-xsrf-token' },
  ],
  check: eachCookie(({ cookie, analysis }) => isClass(analysis, 'csrf') && !cookie.httpOnly),
};

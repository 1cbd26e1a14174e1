import { observatory, RFC_SAMESITE, zap } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import type { Rule } from './types.ts';

const VALID_SAMESITE = /^(strict|lax|none)$/i;

/**
 * CK041 (raw header): SameSite present but empty or not Strict/Lax/None.
 * OWASP ZAP 10054-3 (Cookie with Invalid SameSite Attribute) and half of MDN HTTP Observatory's
 * `cookies-samesite-flag-invalid`; Chrome stores unknown values as "unspecified", so raw-header mode (docs/rules.md §3.1).
 */
export const ck041InvalidSameSite: Rule = {
  id: 'CK041',
  severity: 'low',
  scope: 'cookie',
  observable: 'raw-header',
  title: 'Invalid SameSite value',
  why: 'The SameSite attribute is empty or not Strict, Lax or None. Browsers ignore it and apply their default (Lax in Chrome), so the cookie does not behave as the server intended.',
  attack:
    'A cookie meant to be Strict is sent on cross-site top-level navigations under the Lax default, weakening CSRF protection.',
  fix: ruleFix('Write SameSite=Strict, SameSite=Lax or SameSite=None; Secure exactly.'),
  fixTopics: ['samesite'],
  sources: [
    zap('10054', 'Cookie with Invalid SameSite Attribute (Low)'),
    observatory('cookies-samesite-flag-invalid (−20)'),
    RFC_SAMESITE,
  ],
  check(ctx) {
    return ctx.headers
      .filter((h) => h.sameSite !== undefined && !VALID_SAMESITE.test(h.sameSite))
      .map((h) => ({ header: h, cookieName: h.name, detail: `SameSite=${h.sameSite ?? ''}` }));
  },
};

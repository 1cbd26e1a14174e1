import { observatory, owaspSession, RFC_HTTPONLY, zap } from '../sources.ts';
import { hasLayer } from './decoded-data.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK006: `AUTH(c) && !c.httpOnly`; high when the value is a JWT or holds personal data. */
export const ck006AuthNotHttpOnly: Rule = {
  id: 'CK006',
  severity: 'medium',
  severityNote: 'high when the value is a JWT or contains personal data',
  scope: 'cookie',
  observable: 'store',
  title: 'Session cookie readable by JavaScript (no HttpOnly)',
  why: 'Page scripts can read this session/auth cookie through document.cookie.',
  attack:
    'Any injected script (XSS, a compromised third-party script) reads the token and sends it to the attacker, who then uses the session from anywhere.',
  fix: ruleFix('Set HttpOnly on session and auth cookies.'),
  fixTopics: ['httponly'],
  missing: { attribute: 'HttpOnly', specificity: 1 },
  sources: [
    observatory('cookies-session-without-httponly-flag (−30)'),
    zap('10010', 'Cookie No HttpOnly Flag (Low, CWE-1004)'),
    owaspSession('HttpOnly Attribute', 'httponly-attribute'),
    RFC_HTTPONLY,
  ],
  check: eachCookie(({ cookie, analysis }) => {
    if (!isAuth(analysis) || cookie.httpOnly) return false;
    const exposesData = hasLayer(analysis, 'jwt') || analysis.sensitive.length > 0;
    return exposesData ? { severity: 'high', detail: 'The value is a JWT or contains personal data.' } : true;
  }),
};

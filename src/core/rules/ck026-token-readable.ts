import { OWASP_JWT, RFC_HTTPONLY } from '../sources.ts';
import { hasLayer } from './decoded-data.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isAuth } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK026: a JWS/JWE used as an auth token and readable by scripts. */
export const ck026TokenReadable: Rule = {
  id: 'CK026',
  severity: 'medium',
  scope: 'cookie',
  observable: 'store',
  title: 'Bearer token (JWT) readable by scripts',
  why: 'This cookie holds a JWT/JWE used for authentication and lacks HttpOnly, so page scripts can read it.',
  attack:
    "Token sidejacking: an XSS payload reads the token and replays it from the attacker's machine until it expires.",
  fix: ruleFix('Keep bearer tokens in an HttpOnly; Secure; SameSite cookie.'),
  fixTopics: ['httponly'],
  missing: { attribute: 'HttpOnly', specificity: 2 },
  sources: [
    { label: 'OWASP JSON Web Token Cheat Sheet: Token Sidejacking', url: `${OWASP_JWT.url}#token-sidejacking` },
    RFC_HTTPONLY,
  ],
  check: eachCookie(
    ({ cookie, analysis }) =>
      !cookie.httpOnly && isAuth(analysis) && (hasLayer(analysis, 'jwt') || hasLayer(analysis, 'jwe')),
  ),
};

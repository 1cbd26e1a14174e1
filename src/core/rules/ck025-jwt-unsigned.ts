import { isUnsecuredJwt } from '../decode/jwt.ts';
import { OWASP_JWT, RFC7519_UNSECURED, RFC8725_ALG } from '../sources.ts';
import { jwtOf } from './decoded-data.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK025: a JWT with `alg: none` or an empty signature segment. */
export const ck025JwtUnsigned: Rule = {
  id: 'CK025',
  severity: 'high',
  scope: 'cookie',
  observable: 'store',
  title: 'Unsigned JWT (alg "none")',
  why: 'This JSON Web Token carries no signature, so nothing proves the server issued its claims.',
  attack:
    'If the server accepts it, anyone edits the claims (user id, role) and sends the forged token to become another user.',
  fix: ruleFix('Reject alg "none" on the server and pin the expected signing algorithm; issue signed tokens only.'),
  fixTopics: [],
  sources: [RFC7519_UNSECURED, RFC8725_ALG, OWASP_JWT],
  check: eachCookie(({ analysis }) => {
    const jwt = jwtOf(analysis);
    if (jwt === null) return false;
    const alg = typeof jwt.header.alg === 'string' ? jwt.header.alg : '';
    return isUnsecuredJwt(jwt) ? { detail: `alg: ${alg || '(missing)'}` } : false;
  }),
};

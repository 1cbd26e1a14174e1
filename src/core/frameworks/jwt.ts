/**
 * JSON Web Tokens in cookies, whatever framework wrote them: recognised from the value (src/core/classify/classify.ts),
 * no fix lines. Sources: RFC 7519 (JWT) https://www.rfc-editor.org/rfc/rfc7519, §6 unsecured JWTs; RFC 7516 (JWE)
 * https://www.rfc-editor.org/rfc/rfc7516
 */
import type { FrameworkFacts } from './types.ts';

export const jwt = {
  id: 'jwt',
  label: 'JSON Web Token',
  docs: [
    { label: 'RFC 7519: JSON Web Token', url: 'https://www.rfc-editor.org/rfc/rfc7519' },
    { label: 'RFC 7516: JSON Web Encryption', url: 'https://www.rfc-editor.org/rfc/rfc7516' },
  ],
  explain: {
    'jwt-auth': {
      what: 'A signed JWT naming a user: readable claims, protected against changes by the signature only.',
      dataLives: 'browser',
    },
    'jwt-unsigned': {
      what: 'An unsecured JWT (alg "none", RFC 7519 §6): readable claims with nothing that stops anyone from changing them.',
      dataLives: 'browser',
      holderCan:
        'Read the claims and write new ones; a server that accepts alg "none" believes whatever the cookie says.',
    },
    'jwt-unsigned-auth': {
      what: 'An unsecured JWT (alg "none", RFC 7519 §6) naming a user: anyone can read the claims and rewrite them, e.g. put in another user id.',
      dataLives: 'browser',
      holderCan:
        'Log in as the user it names, or as any other user by changing the claims, if the server accepts alg "none".',
    },
  },
} satisfies FrameworkFacts;

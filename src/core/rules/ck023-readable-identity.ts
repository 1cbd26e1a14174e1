import { DJANGO_SESSIONS, rfc6265bis } from '../sources.ts';
import { decodedKeys } from './decoded-data.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie, isClass } from './predicates.ts';
import type { Rule } from './types.ts';

export const IDENTITY_KEY = /^(user(_?id)?|uid|sub|email|role|roles|is_?admin|is_?staff|perm|scope|groups?)$/i;
/** Django signed_cookies stores the user under these keys (F2). */
const DJANGO_AUTH_KEY = /^_auth_user_(id|hash)$/;

/** CK023: client-side data whose decoded payload carries identity or authorisation keys. */
export const ck023ReadableIdentity: Rule = {
  id: 'CK023',
  severity: 'medium',
  scope: 'cookie',
  observable: 'store',
  title: 'Identity or permissions stored readable in the cookie',
  why: "The session data itself is in the cookie and anyone holding it can decode and read it: signed is not encrypted. Its integrity rests entirely on the server's secret key.",
  attack:
    'Whoever obtains the cookie learns who the user is and what they may do; if the signing key leaks, they can forge any user or role.',
  fix: ruleFix('Use a server-side session store (or encrypt the cookie); keep identities and secrets on the server.'),
  fixTopics: ['server-side'],
  sources: [DJANGO_SESSIONS, rfc6265bis('§8.3 Clear Text (SHOULD encrypt and sign)', 'clear-text')],
  check: eachCookie(({ analysis }) => {
    if (!isClass(analysis, 'client-data')) return false;
    const keys = decodedKeys(analysis).filter((k) => IDENTITY_KEY.test(k) || DJANGO_AUTH_KEY.test(k));
    return keys.length === 0 ? false : { detail: `Readable keys: ${keys.join(', ')}` };
  }),
};

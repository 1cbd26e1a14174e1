import { chromium, rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/** RFC 9110 token characters. */
const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
/** cookie-octet = %x21 / %x23-2B / %x2D-3A / %x3C-5B / %x5D-7E, optionally wrapped in DQUOTE. */
const COOKIE_VALUE = /^(?:"[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*"|[\x21\x23-\x2B\x2D-\x3A\x3C-\x5B\x5D-\x7E]*)$/;

export function nonConformance(name: string, value: string): string | null {
  if (!TOKEN.test(name)) return 'the name is not an HTTP token';
  if (!COOKIE_VALUE.test(value))
    return 'the value has characters outside cookie-octet (space, comma, quote, backslash or non-ASCII)';
  return null;
}

/** CK038: name not a token or value outside cookie-octet. */
export const ck038NonconformingCharacters: Rule = {
  id: 'CK038',
  severity: 'info',
  scope: 'cookie',
  observable: 'store',
  title: 'Cookie with non-standard characters',
  why: 'The name or value uses characters the cookie grammar does not allow; clients, proxies and frameworks handle them differently (Chromium can exclude non-ASCII cookies).',
  attack: 'Parsing differences between components can be abused to smuggle or split cookies.',
  fix: ruleFix('Base64- or URL-encode the value; use token characters in the name.'),
  fixTopics: [],
  sources: [rfc6265bis('§4.1.1 Syntax', 'abnf-syntax'), chromium('canonical_cookie.cc', 'kDisallowNonAsciiCookies')],
  check: eachCookie(({ cookie }) => {
    const problem = nonConformance(cookie.name, cookie.value);
    return problem === null ? false : { detail: problem };
  }),
};

import { bareDomain } from '../cookie/cookie.ts';
import { rfc6265bis } from '../sources.ts';
import { ruleFix } from './framework-fixes.ts';
import { eachCookie } from './predicates.ts';
import type { Rule } from './types.ts';

/** CK017: `!c.hostOnly && cd === u.hostname`. */
export const ck017DomainEqualsHost: Rule = {
  id: 'CK017',
  severity: 'low',
  scope: 'cookie',
  observable: 'store',
  title: 'Domain attribute equal to the host',
  why: 'Setting Domain to the host itself still widens the cookie to all subdomains of the host; leaving Domain out keeps it to this host only.',
  attack: 'Any subdomain of this host receives the cookie and can overwrite it.',
  fix: ruleFix('Remove the Domain attribute.'),
  fixTopics: ['host-only'],
  sources: [rfc6265bis('§4.1.2.3 The Domain attribute', 'attribute-domain')],
  check: eachCookie(
    ({ cookie }, page) => !cookie.hostOnly && bareDomain(cookie.domain) === page.url.hostname.toLowerCase(),
  ),
};

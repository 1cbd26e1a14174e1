/**
 * Why Chrome would refuse a Set-Cookie header (or ignore part of it), in plain words with the fix.
 * Checks follow 6265bis §5.6–5.7 and Chromium's CookieInclusionStatus exclusions.
 */
import { domainMatches, isSecureContextUrl, registrableDomain, utf8Length } from '../cookie/cookie.ts';
import type { SourceLink } from '../sources.ts';
import { chromium, rfc6265bis } from '../sources.ts';
import { type ParsedSetCookie, parseSetCookieHeader } from './parse.ts';
import { isPublicSuffix, MAX_ATTRIBUTE_VALUE_BYTES } from './store.ts';

/** What is wrong with a prefixed Set-Cookie, or null when the prefix contract holds (6265bis §5.7 steps 20–21). */
export function prefixViolation(h: ParsedSetCookie): string | null {
  if (h.prefix === null) return null;
  const problems: string[] = [];
  if (!h.secure) problems.push('no Secure');
  if (h.prefix === '__Host-') {
    if (h.domain !== undefined) problems.push('has a Domain attribute');
    if (h.path !== '/') problems.push('Path is not /');
  }
  return problems.length === 0 ? null : `${h.prefix} cookie with ${problems.join(', ')}`;
}

export const MAX_NAME_VALUE_BYTES = 4096;

export type RefusalCode =
  | 'invalid-characters'
  | 'empty-name-and-value'
  | 'name-value-too-long'
  | 'secure-from-insecure-origin'
  | 'domain-mismatch'
  | 'public-suffix-domain'
  | 'prefix-violated'
  | 'samesite-none-insecure'
  | 'partitioned-insecure'
  | 'cross-site-samesite'
  | 'attribute-too-long';

export interface Refusal {
  code: RefusalCode;
  /** 'rejected': the cookie is not stored. 'attribute-ignored': stored, but without the oversized attribute. */
  effect: 'rejected' | 'attribute-ignored';
  reason: string;
  fix: string;
  source: SourceLink;
}

/** Control characters other than HTAB (0x00-0x08, 0x0A-0x1F, 0x7F). */
function hasControlChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09) || code === 0x7f) return true;
  }
  return false;
}

type Check = (h: ParsedSetCookie, request: URL, page: URL) => Omit<Refusal, 'effect'> | null;

const STORAGE = rfc6265bis('§5.7 Storage model', 'storage-model');

const REJECTING_CHECKS: readonly Check[] = [
  (h) =>
    hasControlChar(h.raw)
      ? {
          code: 'invalid-characters',
          reason: 'The header contains control characters, which browsers refuse.',
          fix: 'Encode the value (base64 or URL encoding).',
          source: chromium('canonical_cookie.cc', 'EXCLUDE_DISALLOWED_CHARACTER'),
        }
      : null,
  (h) =>
    h.name === '' && h.value === ''
      ? {
          code: 'empty-name-and-value',
          reason: 'The cookie has neither a name nor a value.',
          fix: 'Send name=value.',
          source: rfc6265bis('§5.6 step 5', 'set-cookie'),
        }
      : null,
  (h) =>
    utf8Length(h.name) + utf8Length(h.value) > MAX_NAME_VALUE_BYTES
      ? {
          code: 'name-value-too-long',
          reason: `Name plus value is ${utf8Length(h.name) + utf8Length(h.value)} bytes; browsers drop cookies above 4096.`,
          fix: 'Keep the data on the server and store a short ID in the cookie.',
          source: chromium('parsed_cookie.h', 'kMaxCookieNamePlusValueSize = 4096'),
        }
      : null,
  (h, request) =>
    h.secure && !isSecureContextUrl(request)
      ? {
          code: 'secure-from-insecure-origin',
          reason: 'A Secure cookie was set by a plain-HTTP response; only secure origins may set Secure cookies.',
          fix: 'Serve the response over HTTPS.',
          source: rfc6265bis('§5.7 step 13', 'storage-model'),
        }
      : null,
  (h, request) => {
    if (h.domain === undefined || h.domain.length > MAX_ATTRIBUTE_VALUE_BYTES) return null;
    const domain = h.domain.replace(/^\./, '').toLowerCase();
    const host = request.hostname.toLowerCase();
    if (domain === '') return null;
    if (isPublicSuffix(domain) && domain !== host) {
      return {
        code: 'public-suffix-domain',
        reason: `Domain=${domain} is a public suffix; a cookie cannot be set for a whole public suffix.`,
        fix: 'Omit Domain, or use your registrable domain.',
        source: rfc6265bis('§5.7 step 9', 'storage-model'),
      };
    }
    return domainMatches({ domain, hostOnly: false }, host)
      ? null
      : {
          code: 'domain-mismatch',
          reason: `Domain=${domain} does not match the host ${host} that set the cookie.`,
          fix: 'Omit Domain, or use the host or one of its parent domains.',
          source: rfc6265bis('§5.7 step 10', 'storage-model'),
        };
  },
  (h, request) => {
    const problem =
      prefixViolation(h) ??
      (h.prefix !== null && !isSecureContextUrl(request) ? `${h.prefix} cookie set from an insecure origin` : null);
    return problem === null
      ? null
      : {
          code: 'prefix-violated',
          reason: `${problem}; browsers refuse prefixed cookies that break the prefix rules.`,
          fix: 'Secure always; for __Host- also Path=/ and no Domain, set over HTTPS.',
          source: rfc6265bis('§5.7 steps 20–21', 'storage-model'),
        };
  },
  (h) =>
    h.sameSite?.toLowerCase() === 'none' && !h.secure
      ? {
          code: 'samesite-none-insecure',
          reason: 'SameSite=None without Secure is refused.',
          fix: 'Add Secure, or use SameSite=Lax.',
          source: chromium('cookie_base.cc', 'EXCLUDE_SAMESITE_NONE_INSECURE'),
        }
      : null,
  (h) =>
    h.partitioned && !h.secure
      ? {
          code: 'partitioned-insecure',
          reason: 'Partitioned without Secure is refused.',
          fix: 'Add Secure (and preferably the __Host- prefix).',
          source: chromium('cookie_util.cc', 'IsCookiePartitionedValid'),
        }
      : null,
  (h, request, page) =>
    registrableDomain(request.hostname) !== registrableDomain(page.hostname) && h.sameSite?.toLowerCase() !== 'none'
      ? {
          code: 'cross-site-samesite',
          reason: 'A cross-site response cannot set a SameSite=Lax/Strict cookie (no SameSite counts as Lax).',
          fix: 'Use SameSite=None; Secure (and Partitioned for embedded use) for cookies set in a third-party context.',
          source: STORAGE,
        }
      : null,
];

function oversizedAttribute(h: ParsedSetCookie): Omit<Refusal, 'effect'> | null {
  const big = h.attributes.find((a) => utf8Length(a.value) > MAX_ATTRIBUTE_VALUE_BYTES);
  return big === undefined
    ? null
    : {
        code: 'attribute-too-long',
        reason: `The ${big.name} attribute is longer than 1024 bytes, so the browser ignores it.`,
        fix: `Shorten ${big.name}.`,
        source: chromium('parsed_cookie.h', 'kMaxCookieAttributeValueSize = 1024'),
      };
}

/**
 * The browser's likely reason for refusing the cookie, or for ignoring one of its attributes; null when Chrome
 * would store it as written. `pageUrl` is the top-level page (defaults to the request URL: a navigation).
 */
export function explainRefusal(
  header: string | ParsedSetCookie,
  requestUrl: string,
  pageUrl: string = requestUrl,
): Refusal | null {
  const h = typeof header === 'string' ? parseSetCookieHeader(header, requestUrl) : header;
  if (h === null) {
    return {
      code: 'empty-name-and-value',
      effect: 'rejected',
      reason: 'The header holds no cookie.',
      fix: 'Send name=value.',
      source: rfc6265bis('§5.6 step 5', 'set-cookie'),
    };
  }
  const request = new URL(requestUrl);
  const page = new URL(pageUrl);
  for (const check of REJECTING_CHECKS) {
    const refusal = check(h, request, page);
    if (refusal !== null) return { ...refusal, effect: 'rejected' };
  }
  const ignored = oversizedAttribute(h);
  return ignored === null ? null : { ...ignored, effect: 'attribute-ignored' };
}

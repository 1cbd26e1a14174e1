/**
 * What Chrome would refuse (errors), what it would accept but change or what breaks expectations (warnings), and
 * what needs a yes from the user (needsConfirmation), checked on the editor's draft before any write.
 * Facts and sources: RFC 6265bis (https://datatracker.ietf.org/doc/draft-ietf-httpbis-rfc6265bis/) §4.1 (syntax,
 * prefixes), §5.5 (400-day cap), §5.6-5.7 (limits, SameSite=None needs Secure); Chromium net/cookies/parsed_cookie.h
 * (4096 and 1024 byte limits), canonical_cookie.cc and cookie_util.cc (prefix checks, IsCookiePrefixValid).
 */
import {
  bareDomain,
  domainMatches,
  isSecureContextUrl,
  MAX_ATTRIBUTE_BYTES,
  MAX_EXPIRY_SECONDS,
  MAX_NAME_VALUE_BYTES,
  publicSuffixOf,
  topLevelSite,
  utf8Length,
} from '../cookie/cookie.ts';
import type { Cookie } from '../cookie/model.ts';
import {
  hasEdgeSpaces,
  isConformingValue,
  isCookieOctet,
  isTokenChar,
  isTokenName,
  nonConformingChars,
  refusedNameChar,
  refusedValueChar,
} from '../cookie/text.ts';
import { type CookieDraft, draftExpirationDate, draftHost, draftOwnSite } from './draft.ts';

export interface FieldIssue {
  field: keyof CookieDraft | 'form';
  code: string;
  message: string;
}

export interface ValidationResult {
  errors: FieldIssue[];
  warnings: FieldIssue[];
  needsConfirmation: FieldIssue[];
}

export interface ValidationContext {
  pageUrl: string;
  nowMs: number;
  /**
   * The stored cookie being edited, if any. A Domain that does not match the page, or Secure on an http page, is an
   * error when the edit introduces it (adding, or changing that attribute) and only a warning on an existing cookie
   * kept as it is: editing a third-party cookie the page uses must stay possible.
   */
  original?: Pick<Cookie, 'domain' | 'hostOnly' | 'secure'>;
}

type Add = (field: FieldIssue['field'], code: string, message: string) => void;
interface Sink {
  error: Add;
  warn: Add;
  confirm: Add;
}

export function validateCookieEdit(draft: CookieDraft, ctx: ValidationContext): ValidationResult {
  const result: ValidationResult = { errors: [], warnings: [], needsConfirmation: [] };
  const sink: Sink = {
    error: (field, code, message) => void result.errors.push({ field, code, message }),
    warn: (field, code, message) => void result.warnings.push({ field, code, message }),
    confirm: (field, code, message) => void result.needsConfirmation.push({ field, code, message }),
  };
  const page = new URL(ctx.pageUrl);
  checkName(draft, sink);
  checkValue(draft, sink);
  checkSize(draft, sink);
  checkPrefixes(draft, sink);
  checkDomain(draft, page, sink, ctx.original);
  checkPath(draft, sink);
  checkSecurity(draft, page, sink, ctx.original);
  checkPartition(draft, ctx.pageUrl, sink);
  checkExpiry(draft, ctx.nowMs, sink);
  if (draft.storeId.trim() === '')
    sink.error('storeId', 'store-missing', 'Choose the cookie store (normal or incognito) to write to.');
  return result;
}

function checkName(d: CookieDraft, s: Sink): void {
  const refused = refusedNameChar(d.name);
  if (refused) s.error('name', 'name-refused-char', `Chrome refuses names containing ${refused}. Remove it.`);
  else if (hasEdgeSpaces(d.name))
    s.error('name', 'name-edge-space', 'Chrome refuses names that start or end with a space. Remove the spaces.');
  else if (!isTokenName(d.name)) {
    s.warn(
      'name',
      'name-nonconforming',
      `Chrome accepts it, but RFC 6265bis §4.1.1 allows only token characters in names; servers may not read ${nonConformingChars(d.name, isTokenChar)}.`,
    );
  }
  if (d.name === '' && d.value === '')
    s.error('name', 'empty-cookie', 'Give the cookie a name or a value: Chrome refuses a cookie with neither.');
  else if (d.name === '') {
    s.warn(
      'name',
      'name-empty',
      'A cookie without a name is sent as just its value; RFC 6265bis §4.1.1 tells servers not to use nameless cookies.',
    );
    // 6265bis §5.7 (storage model): a nameless cookie whose value starts with a prefix is ignored.
    if (/^__(secure|host)-/i.test(d.value))
      s.error(
        'value',
        'hidden-prefix',
        'A nameless cookie cannot have a value starting with __Secure- or __Host-: Chrome refuses it. Add a name.',
      );
  }
}

function checkValue(d: CookieDraft, s: Sink): void {
  const refused = refusedValueChar(d.value);
  if (refused)
    s.error(
      'value',
      'value-refused-char',
      `Chrome refuses values containing ${refused}. Remove it or URL-encode the value (";" becomes %3B).`,
    );
  else if (hasEdgeSpaces(d.value))
    s.error('value', 'value-edge-space', 'Chrome refuses values that start or end with a space. Remove the spaces.');
  else if (!isConformingValue(d.value)) {
    s.warn(
      'value',
      'value-nonconforming',
      `Chrome accepts it, but RFC 6265bis §4.1.1 excludes ${nonConformingChars(d.value, isCookieOctet)} from values; servers may cut or reject it. URL- or base64-encode the value.`,
    );
  }
}

function checkSize(d: CookieDraft, s: Sink): void {
  const bytes = utf8Length(d.name) + utf8Length(d.value);
  if (bytes > MAX_NAME_VALUE_BYTES) {
    s.error(
      'value',
      'too-large',
      `Name and value take ${bytes} bytes (UTF-8); Chrome refuses more than ${MAX_NAME_VALUE_BYTES}. Remove ${bytes - MAX_NAME_VALUE_BYTES} bytes.`,
    );
  }
}

function checkPrefixes(d: CookieDraft, s: Sink): void {
  // Prefixes match case-insensitively in Chrome (cookie_util.cc GetCookiePrefix, 6265bis §5.4). `__Http-` and
  // `__Host-Http-` (Chromium net/cookies/cookie_util.cc IsCookiePrefixValid, kPrefixHttp / kPrefixHostHttp; 6265bis
  // editor's draft §4.1.3) also require HttpOnly; Chromium 156 refuses them otherwise (test/e2e/write-path.test.ts).
  const lower = d.name.toLowerCase();
  const prefix = PREFIXES.find((p) => lower.startsWith(p.toLowerCase()));
  if (!prefix) return;
  const host = prefix.startsWith('__Host-');
  const http = prefix.endsWith('Http-');
  const section = http ? '6265bis §4.1.3' : host ? '6265bis §4.1.3.2' : '6265bis §4.1.3.1';
  if (!d.secure)
    s.error(
      'secure',
      host ? 'host-prefix-secure' : 'secure-prefix-secure',
      `A ${prefix} cookie must be Secure (${section}). Tick Secure.`,
    );
  if (http && !d.httpOnly)
    s.error(
      'httpOnly',
      'http-prefix-httponly',
      `A ${prefix} cookie must be HttpOnly (${section}): Chrome refuses it otherwise. Tick HttpOnly.`,
    );
  if (host && d.path !== '/' && d.path !== '')
    s.error('path', 'host-prefix-path', `A ${prefix} cookie must have Path=/ (${section}). Set the path to /.`);
  if (host && !d.hostOnly)
    s.error(
      'hostOnly',
      'host-prefix-domain',
      `A ${prefix} cookie must not have a Domain (${section}). Make it host-only.`,
    );
  if (!d.name.startsWith(prefix))
    s.warn(
      'name',
      'prefix-case',
      `Chrome treats this as the ${prefix} prefix, but servers should write it exactly as ${prefix}.`,
    );
}

/** Longest first: `__Host-Http-` before `__Host-`. */
const PREFIXES = ['__Host-Http-', '__Http-', '__Host-', '__Secure-'] as const;

function checkDomain(d: CookieDraft, page: URL, s: Sink, original?: ValidationContext['original']): void {
  const host = draftHost(d, page.href);
  if (utf8Length(host) > MAX_ATTRIBUTE_BYTES) {
    s.error(
      'domain',
      'domain-too-long',
      `The domain takes ${utf8Length(host)} bytes; Chrome ignores attributes over ${MAX_ATTRIBUTE_BYTES} bytes.`,
    );
    return;
  }
  let canonical: string;
  try {
    canonical = new URL(`http://${host}/`).hostname;
  } catch {
    s.error(
      'domain',
      'domain-invalid',
      `"${host}" is not a host name. Use letters, digits, dots and hyphens, e.g. example.com.`,
    );
    return;
  }
  if (canonical !== host) s.warn('domain', 'domain-canonical', `Chrome will store the domain as ${canonical}.`);
  const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(canonical) || canonical.startsWith('[');
  if (!d.hostOnly && isIp)
    s.error('hostOnly', 'domain-ip', 'An IP address has no subdomains: make the cookie host-only.');
  // Chromium cookie_util::GetCookieDomainWithString refuses a Domain that is a public suffix (6265bis §5.7 step 9).
  if (!d.hostOnly && !isIp && publicSuffixOf(canonical) === canonical) {
    s.error(
      'domain',
      'domain-public-suffix',
      `${canonical} is a public suffix shared by unrelated sites; Chrome refuses a cookie for all of it. Use your own domain, or make it host-only.`,
    );
  }
  if (!domainMatches({ domain: canonical, hostOnly: d.hostOnly }, page.hostname)) {
    const scope = d.hostOnly ? `only to ${canonical}` : `to ${canonical} and its subdomains`;
    const introduced = !original || bareDomain(original.domain) !== canonical || original.hostOnly !== d.hostOnly;
    if (introduced) {
      s.error(
        'domain',
        'domain-mismatch',
        `This cookie would be sent ${scope}, which does not include the page's host ${page.hostname}: the page could never have set it. Use ${page.hostname} or a parent domain of it.`,
      );
    } else {
      s.warn(
        'domain',
        'domain-mismatch',
        `This cookie is sent ${scope}, not to the page's host ${page.hostname}; the page could not have set it itself.`,
      );
    }
  }
}

function checkPath(d: CookieDraft, s: Sink): void {
  if (utf8Length(d.path) > MAX_ATTRIBUTE_BYTES) {
    s.error(
      'path',
      'path-too-long',
      `The path takes ${utf8Length(d.path)} bytes; Chrome ignores attributes over ${MAX_ATTRIBUTE_BYTES} bytes.`,
    );
    return;
  }
  if (d.path === '') {
    // Deliberate: Chrome would use the default path of the URL (6265bis §5.1.4); the editor asks for it explicitly.
    s.error('path', 'path-empty', 'Write the path: / for every page of the site, or e.g. /app for one part of it.');
    return;
  }
  if (!d.path.startsWith('/')) {
    s.error(
      'path',
      'path-not-absolute',
      'The path must start with "/" (e.g. / or /app); Chrome refuses any other path (CreateSanitizedCookie).',
    );
    return;
  }
  const refused = refusedValueChar(d.path);
  if (refused) {
    s.error('path', 'path-refused-char', `Paths cannot contain ${refused}.`);
    return;
  }
  // Chrome canonicalises the path like a URL path (url::CanonicalizePath in CanonicalCookie::CreateSanitizedCookie):
  // "?", "#", spaces and non-ASCII are escaped and dot segments resolved, and `cookies.set` stores the cookie under
  // that other path without an error. The write would then make a different cookie than the one asked for (and the
  // read-back could not find it), so a path that is not already canonical is refused with the canonical form.
  const canonical = canonicalPath(d.path);
  if (canonical !== d.path)
    s.error(
      'path',
      'path-canonical',
      `Chrome would store this path as ${canonical}, a different cookie. Write the path as ${canonical}.`,
    );
}

export function canonicalPath(path: string): string {
  return new URL(`http://h${path.replace(/\?/g, '%3F').replace(/#/g, '%23')}`).pathname;
}

function checkSecurity(d: CookieDraft, page: URL, s: Sink, original?: ValidationContext['original']): void {
  // 6265bis §5.7 step 19; Chromium EXCLUDE_SAMESITE_NONE_INSECURE.
  if (d.sameSite === 'no_restriction' && !d.secure)
    s.error(
      'sameSite',
      'samesite-none-insecure',
      'SameSite=None requires Secure: Chrome refuses it otherwise. Tick Secure or choose Lax.',
    );
  // 6265bis "Leave Secure Cookies Alone"; potentially trustworthy hosts (localhost, 127.x, [::1]) count as secure.
  if (
    d.secure &&
    !isSecureContextUrl(page) &&
    !(original?.secure ?? false) &&
    domainMatches({ domain: draftHost(d, page.href), hostOnly: d.hostOnly }, page.hostname)
  ) {
    s.error(
      'secure',
      'secure-on-insecure-page',
      `This page is plain http (${page.host}), which cannot set or read Secure cookies (6265bis §5.7 step 13). Untick Secure, or serve the page over https.`,
    );
  } else if (d.secure && !isSecureContextUrl(page)) {
    s.warn(
      'secure',
      'secure-on-insecure-page',
      `The page is served over http (${page.host}), so the browser will not send this Secure cookie to it, and the page cannot see it.`,
    );
  }
}

function checkPartition(d: CookieDraft, pageUrl: string, s: Sink): void {
  if (!d.partitioned) return;
  // Chromium cookie_util::IsCookiePartitionedValid: Partitioned requires Secure.
  if (!d.secure)
    s.error(
      'partitioned',
      'partitioned-insecure',
      'A partitioned (CHIPS) cookie must be Secure: Chrome refuses it otherwise. Tick Secure.',
    );
  const site = d.topLevelSite.trim();
  if (site === '') return;
  let url: URL;
  try {
    url = new URL(site);
  } catch {
    s.error(
      'topLevelSite',
      'partition-site-invalid',
      `"${site}" is not a site. Write it as scheme and registrable domain, e.g. https://example.com.`,
    );
    return;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    // Deliberate: Chrome's API stores a partition of any scheme, but only http(s) pages are top-level sites that set cookies.
    s.error(
      'topLevelSite',
      'partition-site-scheme',
      `A top-level site is an http or https site, e.g. https://${url.hostname || 'example.com'}.`,
    );
    return;
  }
  if (url.pathname !== '/' || url.port !== '' || url.search || url.hash || site.endsWith('/')) {
    s.error(
      'topLevelSite',
      'partition-site-invalid',
      `Write the top-level site as scheme and domain only, e.g. ${url.protocol}//${url.hostname}.`,
    );
    return;
  }
  // Chrome keys a partition by the schemeful site (CookiePartitionKey, net/cookies/cookie_partition_key.cc): given a
  // host, `cookies.set` stores the cookie in the site's partition without an error, so the write would make another
  // cookie than the one asked for. Only the site itself is accepted.
  const siteOfIt = topLevelSite(url);
  if (site !== siteOfIt) {
    s.error(
      'topLevelSite',
      'partition-site-not-site',
      `Chrome keys partitions by site, so it would store this cookie in ${siteOfIt}'s partition. Write the top-level site as ${siteOfIt}.`,
    );
    return;
  }
  // Chrome refuses hasCrossSiteAncestor=false for a cookie whose site is not the top-level site (cookies_helpers.cc):
  // it can only come from editing an existing first-party partitioned cookie and moving it to another partition.
  if (d.hasCrossSiteAncestor === false && draftOwnSite(d, pageUrl) !== siteOfIt) {
    s.error(
      'topLevelSite',
      'partition-cross-site',
      `This cookie was first-party in its partition; in ${siteOfIt}'s partition it would be cross-site, which Chrome refuses for an existing cookie. Add it as a new cookie instead.`,
    );
  }
}

function checkExpiry(d: CookieDraft, nowMs: number, s: Sink): void {
  const e = d.expiry;
  const raw = e.kind === 'date' ? e.epochSeconds : e.kind === 'max-age' ? e.seconds : 0;
  if (!Number.isFinite(raw)) {
    s.error('expiry', 'expiry-invalid', 'The expiry is not a valid date or number of seconds.');
    return;
  }
  const at = draftExpirationDate(e, nowMs);
  if (at === undefined) return;
  const nowS = nowMs / 1000;
  if (at <= nowS) {
    s.confirm('expiry', 'expiry-past', 'This expiry is not in the future: saving deletes the cookie.');
    return;
  }
  // 6265bis §5.5; Chromium CanonicalCookie::ValidateAndAdjustExpiryDate caps at creation + 400 days.
  if (at > nowS + MAX_EXPIRY_SECONDS) {
    const capped = new Date((nowS + MAX_EXPIRY_SECONDS) * 1000);
    s.warn('expiry', 'expiry-capped', `Chrome caps it at 400 days: it will expire on ${formatUtc(capped)}.`);
  }
}

function formatUtc(d: Date): string {
  return `${d.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

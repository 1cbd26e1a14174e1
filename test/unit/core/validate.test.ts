import { describe, expect, test } from 'vitest';

import type { CookieDraft } from '../../../src/core/write/draft.ts';
import { validateCookieEdit, type ValidationResult } from '../../../src/core/write/validate.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);
const NOW_S = NOW / 1000;
const DAY = 86_400;
const PAGE = 'https://example.com/app/page';

const base: CookieDraft = {
  name: 'sid',
  value: 'abc',
  domain: 'example.com',
  hostOnly: true,
  path: '/',
  expiry: { kind: 'session' },
  secure: true,
  httpOnly: true,
  sameSite: 'lax',
  partitioned: false,
  topLevelSite: '',
  storeId: '0',
};

type Level = keyof ValidationResult;
function run(patch: Partial<CookieDraft>, pageUrl = PAGE): ValidationResult {
  return validateCookieEdit({ ...base, ...patch }, { pageUrl, nowMs: NOW });
}
function codes(r: ValidationResult, level: Level): string[] {
  return r[level].map((i) => i.code);
}

test('the base draft is clean', () => {
  expect(run({})).toEqual({ errors: [], warnings: [], needsConfirmation: [] });
});

// [rule, patch, page, level, code, expected present?]
const rows: [string, Partial<CookieDraft>, string, Level, string, boolean][] = [
  // characters: what Chrome refuses vs what is only non-conforming
  ['";" in name refused', { name: 'a;b' }, PAGE, 'errors', 'name-refused-char', true],
  ['"=" in name refused', { name: 'a=b' }, PAGE, 'errors', 'name-refused-char', true],
  ['control char in name refused', { name: 'a\x01b' }, PAGE, 'errors', 'name-refused-char', true],
  ['DEL in name refused', { name: 'a\x7fb' }, PAGE, 'errors', 'name-refused-char', true],
  ['tab in name refused', { name: 'a\tb' }, PAGE, 'errors', 'name-refused-char', true],
  ['"~" (0x7e, last token char) in name fine', { name: 'a~b' }, PAGE, 'errors', 'name-refused-char', false],
  ['"~" is a token char: no warning', { name: 'a~b' }, PAGE, 'warnings', 'name-nonconforming', false],
  ['space inside name is only non-conforming', { name: 'a b' }, PAGE, 'warnings', 'name-nonconforming', true],
  ['space inside name is not an error', { name: 'a b' }, PAGE, 'errors', 'name-refused-char', false],
  ['"(" in name is non-conforming', { name: 'a(b' }, PAGE, 'warnings', 'name-nonconforming', true],
  ['non-ASCII name is non-conforming', { name: 'é' }, PAGE, 'warnings', 'name-nonconforming', true],
  ['leading space in name refused', { name: ' sid' }, PAGE, 'errors', 'name-edge-space', true],
  ['trailing space in name refused', { name: 'sid ' }, PAGE, 'errors', 'name-edge-space', true],
  ['";" in value refused', { value: 'a;b' }, PAGE, 'errors', 'value-refused-char', true],
  ['"=" in value fine', { value: 'a=b' }, PAGE, 'errors', 'value-refused-char', false],
  ['"=" in value conforming', { value: 'a=b' }, PAGE, 'warnings', 'value-nonconforming', false],
  ['newline in value refused', { value: 'a\nb' }, PAGE, 'errors', 'value-refused-char', true],
  ['space in value non-conforming', { value: 'a b' }, PAGE, 'warnings', 'value-nonconforming', true],
  ['comma in value non-conforming', { value: 'a,b' }, PAGE, 'warnings', 'value-nonconforming', true],
  ['backslash in value non-conforming', { value: 'a\\b' }, PAGE, 'warnings', 'value-nonconforming', true],
  ['quote inside value non-conforming', { value: 'a"b' }, PAGE, 'warnings', 'value-nonconforming', true],
  ['DQUOTE-wrapped value conforming', { value: '"ab"' }, PAGE, 'warnings', 'value-nonconforming', false],
  ['non-ASCII value non-conforming', { value: 'ü' }, PAGE, 'warnings', 'value-nonconforming', true],
  ['leading space in value refused', { value: ' a' }, PAGE, 'errors', 'value-edge-space', true],
  ['space inside value is not refused', { value: 'a b' }, PAGE, 'errors', 'value-edge-space', false],
  // empty name and value
  ['empty name and value refused', { name: '', value: '' }, PAGE, 'errors', 'empty-cookie', true],
  ['empty value alone is fine', { value: '' }, PAGE, 'errors', 'empty-cookie', false],
  ['empty name with a value warns', { name: '' }, PAGE, 'warnings', 'name-empty', true],
  ['empty name with a value is not an error', { name: '' }, PAGE, 'errors', 'empty-cookie', false],
  ['nameless cookie hiding a prefix refused', { name: '', value: '__host-x' }, PAGE, 'errors', 'hidden-prefix', true],
  ['named cookie with that value fine', { name: 'n', value: '__host-x' }, PAGE, 'errors', 'hidden-prefix', false],
  // 4096 bytes, UTF-8
  ['name+value 4096 bytes accepted', { name: 'ab', value: 'v'.repeat(4094) }, PAGE, 'errors', 'too-large', false],
  ['name+value 4097 bytes refused', { name: 'ab', value: 'v'.repeat(4095) }, PAGE, 'errors', 'too-large', true],
  ['4096 bytes with 2-byte chars accepted', { name: 'é', value: 'é'.repeat(2047) }, PAGE, 'errors', 'too-large', false],
  [
    '4097 bytes with a 3-byte char refused',
    { name: 'ab', value: '€' + 'v'.repeat(4092) },
    PAGE,
    'errors',
    'too-large',
    true,
  ],
  [
    '4096 bytes with a 4-byte char accepted',
    { name: 'ab', value: '😀' + 'v'.repeat(4090) },
    PAGE,
    'errors',
    'too-large',
    false,
  ],
  // 1024-byte attributes
  ['path of 1024 bytes accepted', { path: '/' + 'p'.repeat(1023) }, PAGE, 'errors', 'path-too-long', false],
  ['path of 1025 bytes refused', { path: '/' + 'p'.repeat(1024) }, PAGE, 'errors', 'path-too-long', true],
  [
    'domain of 1025 bytes refused',
    { domain: 'a'.repeat(1013) + '.example.com' },
    PAGE,
    'errors',
    'domain-too-long',
    true,
  ],
  [
    'domain of 1024 bytes not refused for length',
    { domain: 'a'.repeat(1012) + '.example.com' },
    PAGE,
    'errors',
    'domain-too-long',
    false,
  ],
  // prefixes
  [
    '__Host- without Secure refused',
    { name: '__Host-id', secure: false, sameSite: 'lax' },
    PAGE,
    'errors',
    'host-prefix-secure',
    true,
  ],
  ['__Host- with Secure fine', { name: '__Host-id' }, PAGE, 'errors', 'host-prefix-secure', false],
  ['__Host- with Path=/app refused', { name: '__Host-id', path: '/app' }, PAGE, 'errors', 'host-prefix-path', true],
  ['__Host- with Domain refused', { name: '__Host-id', hostOnly: false }, PAGE, 'errors', 'host-prefix-domain', true],
  [
    '__host- (lower case) is still a prefix',
    { name: '__host-id', hostOnly: false },
    PAGE,
    'errors',
    'host-prefix-domain',
    true,
  ],
  ['__host- (lower case) warns about case', { name: '__host-id' }, PAGE, 'warnings', 'prefix-case', true],
  ['__Host- exact case: no case warning', { name: '__Host-id' }, PAGE, 'warnings', 'prefix-case', false],
  ['_Host- is not a prefix', { name: '_Host-id', hostOnly: false }, PAGE, 'errors', 'host-prefix-domain', false],
  [
    '__Secure- without Secure refused',
    { name: '__Secure-id', secure: false },
    PAGE,
    'errors',
    'secure-prefix-secure',
    true,
  ],
  [
    '__SECURE- without Secure refused',
    { name: '__SECURE-id', secure: false },
    PAGE,
    'errors',
    'secure-prefix-secure',
    true,
  ],
  ['__Secure- with Secure fine', { name: '__Secure-id' }, PAGE, 'errors', 'secure-prefix-secure', false],
  // SameSite=None, Partitioned
  [
    'SameSite=None without Secure refused',
    { sameSite: 'no_restriction', secure: false },
    PAGE,
    'errors',
    'samesite-none-insecure',
    true,
  ],
  ['SameSite=None with Secure fine', { sameSite: 'no_restriction' }, PAGE, 'errors', 'samesite-none-insecure', false],
  [
    'Partitioned without Secure refused',
    { partitioned: true, secure: false },
    PAGE,
    'errors',
    'partitioned-insecure',
    true,
  ],
  ['Partitioned with Secure fine', { partitioned: true }, PAGE, 'errors', 'partitioned-insecure', false],
  [
    'partition site with a path refused',
    { partitioned: true, topLevelSite: 'https://example.com/x' },
    PAGE,
    'errors',
    'partition-site-invalid',
    true,
  ],
  [
    'partition site not a URL refused',
    { partitioned: true, topLevelSite: 'example.com' },
    PAGE,
    'errors',
    'partition-site-invalid',
    true,
  ],
  [
    'partition site https://example.com fine',
    { partitioned: true, topLevelSite: 'https://example.com' },
    PAGE,
    'errors',
    'partition-site-invalid',
    false,
  ],
  // Secure on http pages
  ['Secure on an http page refused', {}, 'http://example.com/', 'errors', 'secure-on-insecure-page', true],
  ['Secure on https page fine', {}, 'https://example.com/', 'warnings', 'secure-on-insecure-page', false],
  [
    'Secure on http://localhost fine',
    { domain: 'localhost' },
    'http://localhost:3000/',
    'warnings',
    'secure-on-insecure-page',
    false,
  ],
  [
    'Secure on http://127.0.0.1 fine',
    { domain: '127.0.0.1' },
    'http://127.0.0.1:8080/',
    'warnings',
    'secure-on-insecure-page',
    false,
  ],
  ['Secure on http://[::1] fine', { domain: '' }, 'http://[::1]:8080/', 'warnings', 'secure-on-insecure-page', false],
  [
    'Secure on http://128.0.0.1 refused',
    { domain: '' },
    'http://128.0.0.1/',
    'errors',
    'secure-on-insecure-page',
    true,
  ],
  // Domain
  [
    'Domain that does not match the page refused',
    { domain: 'other.com', hostOnly: false },
    PAGE,
    'errors',
    'domain-mismatch',
    true,
  ],
  [
    'parent Domain of the page host fine',
    { domain: 'example.com', hostOnly: false },
    'https://www.example.com/',
    'warnings',
    'domain-mismatch',
    false,
  ],
  [
    'host-only cookie for a sibling host refused',
    { domain: 'a.example.com' },
    'https://www.example.com/',
    'errors',
    'domain-mismatch',
    true,
  ],
  [
    'Domain=co.uk (public suffix) refused',
    { domain: 'co.uk', hostOnly: false },
    'https://shop.co.uk/',
    'errors',
    'domain-public-suffix',
    true,
  ],
  [
    'Domain=shop.co.uk fine',
    { domain: 'shop.co.uk', hostOnly: false },
    'https://shop.co.uk/',
    'errors',
    'domain-public-suffix',
    false,
  ],
  [
    'Domain=github.io (private suffix) refused',
    { domain: 'github.io', hostOnly: false },
    'https://me.github.io/',
    'errors',
    'domain-public-suffix',
    true,
  ],
  [
    'host-only cookie on me.github.io fine',
    { domain: 'me.github.io' },
    'https://me.github.io/',
    'errors',
    'domain-public-suffix',
    false,
  ],
  [
    'Domain on an IP address refused',
    { domain: '10.0.0.1', hostOnly: false },
    'https://10.0.0.1/',
    'errors',
    'domain-ip',
    true,
  ],
  ['host-only on an IP address fine', { domain: '10.0.0.1' }, 'https://10.0.0.1/', 'errors', 'domain-ip', false],
  ['domain with a space refused', { domain: 'exa mple.com' }, PAGE, 'errors', 'domain-invalid', true],
  // Path
  ['path without leading slash refused', { path: 'app' }, PAGE, 'errors', 'path-not-absolute', true],
  ['path "/" fine', { path: '/' }, PAGE, 'errors', 'path-not-absolute', false],
  [
    'empty path refused by policy (Chrome would take the default path)',
    { path: '' },
    PAGE,
    'errors',
    'path-empty',
    true,
  ],
  [
    'empty path is not also a __Host- path error',
    { name: '__Host-id', path: '' },
    PAGE,
    'errors',
    'host-prefix-path',
    false,
  ],
  [
    'partition site with another scheme refused by policy',
    { partitioned: true, topLevelSite: 'ftp://example.com' },
    PAGE,
    'errors',
    'partition-site-scheme',
    true,
  ],
  ['path with ";" refused', { path: '/a;b' }, PAGE, 'errors', 'path-refused-char', true],
  // Chrome stores a non-canonical path under its canonical form, silently (measured in test/e2e/write-path.test.ts)
  ['path with a space refused: Chrome stores /a%20b', { path: '/a b' }, PAGE, 'errors', 'path-canonical', true],
  ['path with ? refused: Chrome stores /a%3Fb', { path: '/a?b' }, PAGE, 'errors', 'path-canonical', true],
  ['path with # refused: Chrome stores /a%23b', { path: '/a#b' }, PAGE, 'errors', 'path-canonical', true],
  ['path with a dot segment refused', { path: '/a/../b' }, PAGE, 'errors', 'path-canonical', true],
  ['path with non-ASCII refused', { path: '/é' }, PAGE, 'errors', 'path-canonical', true],
  ['escaped path kept as written', { path: '/a%20b' }, PAGE, 'errors', 'path-canonical', false],
  ['plain path is stored as is', { path: '/app/x' }, PAGE, 'errors', 'path-canonical', false],
  // __Http- and __Host-Http- (Chromium IsCookiePrefixValid): Secure and HttpOnly, and for __Host-Http- no Domain, Path=/
  [
    '__Http- without HttpOnly refused',
    { name: '__Http-id', httpOnly: false },
    PAGE,
    'errors',
    'http-prefix-httponly',
    true,
  ],
  [
    '__Http- without Secure refused',
    { name: '__Http-id', httpOnly: true, secure: false, sameSite: 'lax' },
    PAGE,
    'errors',
    'secure-prefix-secure',
    true,
  ],
  [
    '__Http- with Secure and HttpOnly fine',
    { name: '__Http-id', httpOnly: true },
    PAGE,
    'errors',
    'http-prefix-httponly',
    false,
  ],
  [
    '__http- (lower case) is still a prefix',
    { name: '__http-id', httpOnly: false },
    PAGE,
    'errors',
    'http-prefix-httponly',
    true,
  ],
  [
    '__Http- may have a Domain',
    { name: '__Http-id', httpOnly: true, hostOnly: false, domain: 'example.com' },
    PAGE,
    'errors',
    'host-prefix-domain',
    false,
  ],
  [
    '__Host-Http- without HttpOnly refused',
    { name: '__Host-Http-id', httpOnly: false },
    PAGE,
    'errors',
    'http-prefix-httponly',
    true,
  ],
  [
    '__Host-Http- with Domain refused',
    { name: '__Host-Http-id', httpOnly: true, hostOnly: false },
    PAGE,
    'errors',
    'host-prefix-domain',
    true,
  ],
  [
    '__Host-Http- with Path=/app refused',
    { name: '__Host-Http-id', httpOnly: true, path: '/app' },
    PAGE,
    'errors',
    'host-prefix-path',
    true,
  ],
  [
    '__Host-Http- complete is fine',
    { name: '__Host-Http-id', httpOnly: true },
    PAGE,
    'errors',
    'http-prefix-httponly',
    false,
  ],
  [
    '__Host- alone does not need HttpOnly',
    { name: '__Host-id', httpOnly: false },
    PAGE,
    'errors',
    'http-prefix-httponly',
    false,
  ],
  // a partition is keyed by site (CookiePartitionKey): a host, or upper case, would be stored in another partition
  [
    'partition site that is a host refused',
    { partitioned: true, topLevelSite: 'https://www.example.com' },
    PAGE,
    'errors',
    'partition-site-not-site',
    true,
  ],
  [
    'partition site in upper case refused',
    { partitioned: true, topLevelSite: 'https://EXAMPLE.com' },
    PAGE,
    'errors',
    'partition-site-not-site',
    true,
  ],
  [
    'partition site under a multi-label suffix is its site',
    { partitioned: true, topLevelSite: 'https://shop.example.co.uk' },
    PAGE,
    'errors',
    'partition-site-not-site',
    true,
  ],
  [
    'partition site http://example.com fine',
    { partitioned: true, topLevelSite: 'http://example.com' },
    PAGE,
    'errors',
    'partition-site-not-site',
    false,
  ],
  [
    'partition site an IP address fine',
    { partitioned: true, topLevelSite: 'https://127.0.0.1' },
    PAGE,
    'errors',
    'partition-site-not-site',
    false,
  ],
  [
    'first-party partitioned cookie moved cross-site refused',
    { partitioned: true, topLevelSite: 'https://other.test', hasCrossSiteAncestor: false },
    PAGE,
    'errors',
    'partition-cross-site',
    true,
  ],
  [
    'first-party partitioned cookie kept first-party fine',
    { partitioned: true, topLevelSite: 'https://example.com', hasCrossSiteAncestor: false },
    PAGE,
    'errors',
    'partition-cross-site',
    false,
  ],
  // Expiry
  [
    'expiry one second ago deletes',
    { expiry: { kind: 'date', epochSeconds: NOW_S - 1 } },
    PAGE,
    'needsConfirmation',
    'expiry-past',
    true,
  ],
  [
    'expiry exactly now deletes',
    { expiry: { kind: 'date', epochSeconds: NOW_S } },
    PAGE,
    'needsConfirmation',
    'expiry-past',
    true,
  ],
  [
    'expiry one second ahead is fine',
    { expiry: { kind: 'date', epochSeconds: NOW_S + 1 } },
    PAGE,
    'needsConfirmation',
    'expiry-past',
    false,
  ],
  ['Max-Age=0 deletes', { expiry: { kind: 'max-age', seconds: 0 } }, PAGE, 'needsConfirmation', 'expiry-past', true],
  ['Max-Age=1 is fine', { expiry: { kind: 'max-age', seconds: 1 } }, PAGE, 'needsConfirmation', 'expiry-past', false],
  [
    'exactly 400 days not capped',
    { expiry: { kind: 'date', epochSeconds: NOW_S + 400 * DAY } },
    PAGE,
    'warnings',
    'expiry-capped',
    false,
  ],
  [
    '400 days + 1 s capped',
    { expiry: { kind: 'date', epochSeconds: NOW_S + 400 * DAY + 1 } },
    PAGE,
    'warnings',
    'expiry-capped',
    true,
  ],
  [
    'Max-Age 400 days + 1 s capped',
    { expiry: { kind: 'max-age', seconds: 400 * DAY + 1 } },
    PAGE,
    'warnings',
    'expiry-capped',
    true,
  ],
  [
    'NaN expiry refused',
    { expiry: { kind: 'date', epochSeconds: Number.NaN } },
    PAGE,
    'errors',
    'expiry-invalid',
    true,
  ],
  [
    'session cookie has no expiry issue',
    { expiry: { kind: 'session' } },
    PAGE,
    'needsConfirmation',
    'expiry-past',
    false,
  ],
  // store
  ['missing store refused', { storeId: '' }, PAGE, 'errors', 'store-missing', true],
];

describe('validateCookieEdit rules', () => {
  test.each(rows)('%s', (_rule, patch, page, level, code, present) => {
    const r = run(patch, page);
    expect(codes(r, level).includes(code)).toBe(present);
  });
});

describe("an existing cookie kept as it is may stay out of the page's reach (third-party cookies stay editable)", () => {
  test('its own foreign domain only warns; moving a cookie to a foreign domain is refused', () => {
    const original = { domain: 'widget.test', hostOnly: true, secure: true };
    const kept = validateCookieEdit(
      { ...base, ...{ domain: 'widget.test', secure: true } },
      { pageUrl: PAGE, nowMs: NOW, original },
    );
    expect(kept.errors.map((e) => e.code)).not.toContain('domain-mismatch');
    expect(kept.warnings.map((e) => e.code)).toContain('domain-mismatch');
    const moved = validateCookieEdit(
      { ...base, ...{ domain: 'other.test', secure: true } },
      { pageUrl: PAGE, nowMs: NOW, original },
    );
    expect(moved.errors.map((e) => e.code)).toContain('domain-mismatch');
  });

  test('a Secure cookie that already exists on an http page only warns; ticking Secure there is refused', () => {
    const page = 'http://example.com/';
    const existing = validateCookieEdit(
      { ...base, secure: true },
      { pageUrl: page, nowMs: NOW, original: { domain: 'example.com', hostOnly: true, secure: true } },
    );
    expect(existing.errors.map((e) => e.code)).not.toContain('secure-on-insecure-page');
    const ticked = validateCookieEdit(
      { ...base, secure: true },
      { pageUrl: page, nowMs: NOW, original: { domain: 'example.com', hostOnly: true, secure: false } },
    );
    expect(ticked.errors.map((e) => e.code)).toContain('secure-on-insecure-page');
  });
});

describe('messages are specific and at the field', () => {
  test('the 400-day warning names the capped date', () => {
    const r = run({ expiry: { kind: 'date', epochSeconds: NOW_S + 1000 * DAY } });
    expect(r.warnings).toContainEqual({
      field: 'expiry',
      code: 'expiry-capped',
      message: 'Chrome caps it at 400 days: it will expire on 2027-12-30 12:00 UTC.',
    });
  });

  test('size errors say how many bytes to remove', () => {
    const r = run({ name: 'ab', value: 'é'.repeat(2048) });
    expect(r.errors).toContainEqual(
      expect.objectContaining({ field: 'value', message: expect.stringContaining('4098 bytes') }),
    );
    expect(r.errors[0]?.message).toContain('Remove 2 bytes');
  });

  test('a refused character is named', () => {
    expect(run({ value: 'a\x00' }).errors[0]?.message).toContain('U+0000');
  });

  test('__Host- issues point at secure, path and hostOnly', () => {
    const r = run({ name: '__Host-x', secure: false, path: '/a', hostOnly: false });
    expect(r.errors.map((e) => e.field).sort()).toEqual(['hostOnly', 'path', 'secure']);
  });
});

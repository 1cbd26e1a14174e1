import { describe, expect, test } from 'vitest';

import {
  cookieAppliesTo,
  cookieKey,
  cookieSize,
  cookieUrl,
  defaultPath,
  domainMatches,
  isSecureContextUrl,
  pathMatches,
  registrableDomain,
  topLevelSite,
} from '../../../src/core/cookie/cookie.ts';
import { cookie } from '../../fixtures/cookies.ts';

describe('cookie identity', () => {
  test('name, domain, path, partition key and store all count', () => {
    const base = cookieKey(cookie());
    expect(cookieKey(cookie({ value: 'other' }))).toBe(base);
    for (const over of [
      { name: 'm' },
      { domain: '.example.com' },
      { path: '/a' },
      { storeId: '1' },
      { partitionKey: { topLevelSite: 'https://a.test' } },
    ]) {
      expect(cookieKey(cookie(over))).not.toBe(base);
    }
  });
});

describe('matching (RFC 6265bis §5.1.3, §5.1.4)', () => {
  test.each([
    [{ domain: 'example.com', hostOnly: true }, 'example.com', true],
    [{ domain: 'example.com', hostOnly: true }, 'www.example.com', false],
    [{ domain: '.example.com', hostOnly: false }, 'www.example.com', true],
    [{ domain: '.example.com', hostOnly: false }, 'example.com', true],
    [{ domain: '.example.com', hostOnly: false }, 'badexample.com', false],
    [{ domain: '.0.0.1', hostOnly: false }, '127.0.0.1', false],
  ])('domainMatches(%o, %s) = %s', (c, host, expected) => {
    expect(domainMatches(c, host)).toBe(expected);
  });

  test.each([
    ['/', '/anything', true],
    ['/shop', '/shop', true],
    ['/shop', '/shop/cart', true],
    ['/shop', '/shopping', false],
    ['/shop/', '/shop/cart', true],
    ['/shop', '/', false],
  ])('pathMatches(%s, %s) = %s', (cookiePath, requestPath, expected) => {
    expect(pathMatches(cookiePath, requestPath)).toBe(expected);
  });

  test.each([
    ['https://a.test/', true],
    ['http://localhost:8000/', true],
    ['http://app.localhost/', true],
    ['http://127.0.0.1/', true],
    ['http://example.com/', false],
  ])('%s is a secure context for cookies: %s', (url, expected) => {
    expect(isSecureContextUrl(new URL(url))).toBe(expected);
  });

  test('Secure cookies are not sent to http pages except trustworthy ones', () => {
    const secure = cookie({ secure: true });
    expect(cookieAppliesTo(secure, new URL('http://example.com/'))).toBe(false);
    expect(cookieAppliesTo(secure, new URL('https://example.com/'))).toBe(true);
    expect(cookieAppliesTo(cookie({ domain: 'localhost', secure: true }), new URL('http://localhost:9/'))).toBe(true);
  });
});

describe('sites and URLs', () => {
  test.each([
    ['www.example.co.uk', 'example.co.uk'],
    ['a.b.example.com', 'example.com'],
    ['user.github.io', 'user.github.io'],
    ['localhost', 'localhost'],
    ['127.0.0.1', '127.0.0.1'],
  ])('registrableDomain(%s) = %s', (host, site) => {
    expect(registrableDomain(host)).toBe(site);
  });

  test('topLevelSite is schemeful', () => {
    expect(topLevelSite(new URL('https://www.example.com:8443/x'))).toBe('https://example.com');
    expect(topLevelSite(new URL('http://localhost:8000/'))).toBe('http://localhost');
  });

  test('cookieUrl and defaultPath', () => {
    expect(cookieUrl(cookie({ domain: '.example.com', path: '/a', secure: true }))).toBe('https://example.com/a');
    expect(defaultPath(new URL('https://e.test/a/b/c'))).toBe('/a/b');
    expect(defaultPath(new URL('https://e.test/a'))).toBe('/');
  });

  test('size counts UTF-8 bytes of name and value', () => {
    expect(cookieSize({ name: 'ab', value: 'é€😀' })).toBe(2 + 2 + 3 + 4);
  });
});

describe('the Public Suffix List is installed, not imported', () => {
  test('without it, the last two labels stand in; with it, private and multi-label suffixes are exact', async () => {
    const { installPublicSuffixList } = await import('../../../src/core/cookie/cookie.ts');
    const { getDomain, getPublicSuffix } = await import('tldts');
    const exact = {
      getDomain: (h: string) => getDomain(h, { allowPrivateDomains: true }),
      getPublicSuffix: (h: string) => getPublicSuffix(h, { allowPrivateDomains: true }),
    };
    installPublicSuffixList({ getDomain: () => null, getPublicSuffix: () => null });
    expect(registrableDomain('www.example.co.uk')).toBe('www.example.co.uk'); // a list that knows nothing
    installPublicSuffixList(exact);
    expect(registrableDomain('www.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('me.github.io')).toBe('me.github.io');
  });
});

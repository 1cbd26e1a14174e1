import { describe, expect, test } from 'vitest';

import {
  explainRefusal,
  type ParsedSetCookie,
  parseSetCookieHeader,
  parseSetCookieHeaders,
  type RefusalCode,
  toStoredCookie,
} from '../../../src/core/set-cookie/index.ts';

const NOW_MS = Date.UTC(2026, 0, 15, 12, 0, 0);
const NOW_S = NOW_MS / 1000;

function parse(line: string, url = 'https://example.com/'): ParsedSetCookie {
  const parsed = parseSetCookieHeader(line, url);
  if (parsed === null) throw new Error(`no cookie in ${line}`);
  return parsed;
}

describe('parseSetCookieHeader', () => {
  test('OWASP example keeps every attribute, the raw SameSite and the prefix', () => {
    const h = parse('Set-Cookie: __Host-SessionID=a%3Db; Secure; HttpOnly; SameSite=Strict; Path=/');
    expect(h).toMatchObject({
      raw: '__Host-SessionID=a%3Db; Secure; HttpOnly; SameSite=Strict; Path=/',
      name: '__Host-SessionID',
      value: 'a%3Db',
      secure: true,
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      partitioned: false,
      prefix: '__Host-',
    });
    expect(h.attributes.map((a) => a.name)).toEqual(['Secure', 'HttpOnly', 'SameSite', 'Path']);
  });
  test('Domain, Max-Age, Expires, Partitioned, bare SameSite, case-insensitive prefix', () => {
    const h = parse(
      '__secure-x=1; Domain=.Example.com; Max-Age=60; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Partitioned; SameSite',
    );
    expect(h).toMatchObject({
      domain: '.Example.com',
      maxAge: 60,
      partitioned: true,
      sameSite: '',
      prefix: '__Secure-',
    });
    expect(h.expires?.toISOString()).toBe('2026-10-21T07:28:00.000Z');
  });
  test('empty lines give no cookie; several lines parse in order', () => {
    expect(parseSetCookieHeader('  ', 'https://example.com/')).toBeNull();
    expect(parseSetCookieHeaders(['a=1', '', 'b=2'], 'https://example.com/').map((h) => h.name)).toEqual(['a', 'b']);
  });
});

describe('explainRefusal', () => {
  const https = 'https://app.example.com/login';
  const http = 'http://app.example.com/login';
  test.each<{ header: string; url: string; page?: string; code: RefusalCode | null }>([
    { header: '__Host-SessionID=v; Secure; HttpOnly; SameSite=Strict; Path=/', url: https, code: null },
    { header: 'id=1; SameSite=None', url: https, code: 'samesite-none-insecure' },
    { header: 'id=1; SameSite=None; Secure', url: https, code: null },
    { header: '__Host-id=1; Secure; Path=/; Domain=example.com', url: https, code: 'prefix-violated' },
    { header: '__Host-id=1; Secure', url: https, code: 'prefix-violated' },
    { header: '__Secure-id=1', url: https, code: 'prefix-violated' },
    { header: '__Secure-id=1; Secure', url: http, code: 'secure-from-insecure-origin' },
    { header: 'id=1; Secure', url: http, code: 'secure-from-insecure-origin' },
    { header: 'id=1; Secure', url: 'http://localhost:3000/', code: null },
    { header: 'id=1; Domain=other.com', url: https, code: 'domain-mismatch' },
    { header: 'id=1; Domain=shop.example.com', url: https, code: 'domain-mismatch' },
    { header: 'id=1; Domain=.example.com', url: https, code: null },
    { header: 'id=1; Domain=com', url: https, code: 'public-suffix-domain' },
    { header: 'id=1; Domain=github.io', url: 'https://me.github.io/', code: 'public-suffix-domain' },
    { header: `id=${'x'.repeat(4095)}`, url: https, code: 'name-value-too-long' },
    { header: `i=${'x'.repeat(4095)}`, url: https, code: null },
    { header: `id=1; Path=/${'p'.repeat(1024)}`, url: https, code: 'attribute-too-long' },
    { header: 'id=1; Partitioned', url: https, code: 'partitioned-insecure' },
    { header: 'id=1; Secure; Partitioned; SameSite=None', url: https, code: null },
    { header: 'id=a\u0001b', url: https, code: 'invalid-characters' },
    { header: '=', url: https, code: 'empty-name-and-value' },
    { header: 'id=1; SameSite=Lax', url: 'https://widgets.other.net/', page: https, code: 'cross-site-samesite' },
    { header: 'id=1; SameSite=None; Secure', url: 'https://widgets.other.net/', page: https, code: null },
  ])('$header from $url → $code', ({ header, url, page, code }) => {
    expect(explainRefusal(header, url, page)?.code ?? null).toBe(code);
  });
  test('every refusal explains itself and gives a fix', () => {
    const refusal = explainRefusal('id=1; SameSite=None', https);
    expect(refusal).toMatchObject({ effect: 'rejected' });
    expect(refusal?.reason).toMatch(/Secure/);
    expect(refusal?.fix).toMatch(/Secure/);
  });
  test('an oversized attribute is ignored, not fatal', () => {
    expect(explainRefusal(`id=1; Path=/${'p'.repeat(1024)}`, https)?.effect).toBe('attribute-ignored');
  });
});

describe('toStoredCookie', () => {
  const url = 'https://app.example.com/account/settings';
  test('host-only without Domain, default-path from the request path, session cookie', () => {
    expect(toStoredCookie(parse('id=1', url), url, undefined, NOW_MS)).toEqual({
      name: 'id',
      value: '1',
      domain: 'app.example.com',
      hostOnly: true,
      path: '/account',
      secure: false,
      httpOnly: false,
      sameSite: 'unspecified',
      session: true,
      storeId: '0',
    });
  });
  test('Domain gives a domain cookie with a leading dot; Domain equal to the host too', () => {
    expect(toStoredCookie(parse('id=1; Domain=Example.com', url), url, undefined, NOW_MS)).toMatchObject({
      domain: '.example.com',
      hostOnly: false,
    });
    expect(toStoredCookie(parse('id=1; Domain=app.example.com', url), url, undefined, NOW_MS)).toMatchObject({
      domain: '.app.example.com',
      hostOnly: false,
    });
  });
  test('Max-Age wins over Expires', () => {
    const c = toStoredCookie(
      parse('id=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT; Max-Age=3600', url),
      url,
      undefined,
      NOW_MS,
    );
    expect(c).toMatchObject({ session: false, expirationDate: NOW_S + 3600 });
  });
  test('Expires is used without Max-Age', () => {
    const c = toStoredCookie(parse('id=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT', url), url, undefined, NOW_MS);
    expect(c.expirationDate).toBe(Date.UTC(2026, 9, 21, 7, 28) / 1000);
  });
  test('expiry is capped at 400 days', () => {
    const c = toStoredCookie(parse('_ga=GA1.1.1.1; Max-Age=63072000', url), url, undefined, NOW_MS);
    expect(c.expirationDate).toBe(NOW_S + 400 * 86_400);
  });
  test('explicit Path and SameSite mapping', () => {
    expect(toStoredCookie(parse('id=1; Path=/; SameSite=None; Secure', url), url, undefined, NOW_MS)).toMatchObject({
      path: '/',
      sameSite: 'no_restriction',
      secure: true,
    });
    expect(toStoredCookie(parse('id=1; Path=relative; SameSite=bogus', url), url, undefined, NOW_MS)).toMatchObject({
      path: '/account',
      sameSite: 'unspecified',
    });
  });
  test('Partitioned + Secure gets the top-level site as partition key', () => {
    const c = toStoredCookie(
      parse('w=1; Secure; Partitioned; SameSite=None; Path=/', 'https://widget.other.net/'),
      'https://widget.other.net/',
      'https://news.example',
      NOW_MS,
    );
    expect(c.partitionKey).toEqual({ topLevelSite: 'https://news.example' });
  });
});

import { describe, expect, test } from 'vitest';

import { ck011SameSiteUnspecified } from '../../../../src/core/rules/ck011-samesite-unspecified.ts';
import { ck012SameSiteNoneInsecure } from '../../../../src/core/rules/ck012-samesite-none-insecure.ts';
import { ck013AuthWithoutPrefix } from '../../../../src/core/rules/ck013-auth-without-prefix.ts';
import { ck014PrefixViolated } from '../../../../src/core/rules/ck014-prefix-violated.ts';
import { ck015PrefixCase } from '../../../../src/core/rules/ck015-prefix-case.ts';
import { ck016LooselyScoped } from '../../../../src/core/rules/ck016-loosely-scoped.ts';
import { ck017DomainEqualsHost } from '../../../../src/core/rules/ck017-domain-equals-host.ts';
import { ck018DuplicateNames } from '../../../../src/core/rules/ck018-duplicate-names.ts';
import { ck019AuthPathScoped } from '../../../../src/core/rules/ck019-auth-path-scoped.ts';
import { ck020PersistentSession } from '../../../../src/core/rules/ck020-persistent-session.ts';
import {
  analyzed,
  type CookieCase,
  CSRF,
  DAY_S,
  expectCookieCase,
  expectHeaderCase,
  type HeaderCase,
  NOW_S,
  PREFERENCE,
  run,
  SESSION,
} from './helpers.ts';

const OWASP_HOST_EXAMPLE = '__Host-SessionID=3f6b1c; Secure; HttpOnly; SameSite=Strict; Path=/';

describe('CK011 no explicit SameSite (non-auth)', () => {
  test.each<CookieCase>([
    { label: 'preference, unspecified', cookie: { sameSite: 'unspecified' }, analysis: PREFERENCE, fires: 'info' },
    { label: 'preference, lax', analysis: PREFERENCE, fires: false },
    { label: 'session, unspecified (CK010)', cookie: { sameSite: 'unspecified' }, analysis: SESSION, fires: false },
    { label: 'csrf, unspecified (CK010)', cookie: { sameSite: 'unspecified' }, analysis: CSRF, fires: false },
  ])('$label', (row) => expectCookieCase(ck011SameSiteUnspecified, row));
});

describe('CK012 SameSite=None without Secure (raw header)', () => {
  test.each<HeaderCase>([
    { label: 'None without Secure', header: 'a=1; SameSite=None', fires: true },
    { label: 'none (any case) without Secure', header: 'a=1; samesite=NONE; Path=/', fires: true },
    { label: 'None with Secure', header: 'a=1; SameSite=None; Secure', fires: false },
    { label: 'Lax without Secure', header: 'a=1; SameSite=Lax', fires: false },
  ])('$label', (row) => expectHeaderCase(ck012SameSiteNoneInsecure, row));
  test('is a raw-header rule and ignores the store', () => {
    expect(ck012SameSiteNoneInsecure.observable).toBe('raw-header');
    expect(run(ck012SameSiteNoneInsecure, [analyzed({ sameSite: 'no_restriction', secure: false })])).toEqual([]);
  });
});

describe('CK013 session cookie without prefix', () => {
  test.each<CookieCase>([
    { label: 'sessionid on https', cookie: { name: 'sessionid' }, analysis: SESSION, fires: 'low' },
    { label: 'OWASP example __Host-SessionID', cookie: { name: '__Host-SessionID' }, analysis: SESSION, fires: false },
    { label: '__Secure- prefix', cookie: { name: '__Secure-sid' }, analysis: SESSION, fires: false },
    { label: 'wrong-case prefix does not count', cookie: { name: '__host-sid' }, analysis: SESSION, fires: 'low' },
    { label: 'http page', page: 'http://example.com/', cookie: { name: 'sid' }, analysis: SESSION, fires: false },
    { label: 'not auth', cookie: { name: 'theme' }, analysis: PREFERENCE, fires: false },
  ])('$label', (row) => expectCookieCase(ck013AuthWithoutPrefix, row));
});

describe('CK014 prefix contract violated (raw header)', () => {
  test.each<HeaderCase>([
    { label: 'OWASP example is valid', header: OWASP_HOST_EXAMPLE, fires: false },
    { label: '__Host- without Secure', header: '__Host-id=1; Path=/', fires: true },
    { label: '__Host- with Domain', header: '__Host-id=1; Secure; Path=/; Domain=example.com', fires: true },
    { label: '__Host- with Path=/app', header: '__Host-id=1; Secure; Path=/app', fires: true },
    { label: '__Host- without Path', header: '__Host-id=1; Secure', fires: true },
    { label: '__Secure- without Secure', header: '__Secure-id=1', fires: true },
    { label: '__secure- (any case) without Secure', header: '__secure-id=1', fires: true },
    { label: '__Secure- with Secure and Domain', header: '__Secure-id=1; Secure; Domain=example.com', fires: false },
    { label: 'no prefix', header: 'id=1', fires: false },
  ])('$label', (row) => expectHeaderCase(ck014PrefixViolated, row));
});

describe('CK015 prefix in another case', () => {
  test.each<CookieCase>([
    { label: '__SeCuRe-', cookie: { name: '__SeCuRe-id' }, fires: 'low' },
    { label: '__host-', cookie: { name: '__host-id' }, fires: 'low' },
    { label: '__Host- exact', cookie: { name: '__Host-id' }, fires: false },
    { label: 'no prefix', cookie: { name: 'id' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck015PrefixCase, row));
});

describe('CK016 loosely scoped cookie', () => {
  const page = 'https://app.example.com/';
  test.each<CookieCase>([
    {
      label: 'session on parent domain',
      page,
      cookie: { domain: '.example.com', hostOnly: false },
      analysis: SESSION,
      fires: 'medium',
    },
    { label: 'other cookie on parent domain', page, cookie: { domain: '.example.com', hostOnly: false }, fires: 'low' },
    { label: 'host-only', page, cookie: { domain: 'app.example.com' }, fires: false },
    {
      label: 'Domain equal to host (CK017)',
      page,
      cookie: { domain: '.app.example.com', hostOnly: false },
      fires: false,
    },
    { label: 'unrelated domain', page, cookie: { domain: '.other.com', hostOnly: false }, fires: false },
  ])('$label', (row) => expectCookieCase(ck016LooselyScoped, row));
});

describe('CK017 Domain equal to host', () => {
  test.each<CookieCase>([
    { label: '.example.com on example.com', cookie: { domain: '.example.com', hostOnly: false }, fires: 'low' },
    { label: 'host-only', fires: false },
    {
      label: 'parent domain (CK016)',
      page: 'https://a.example.com/',
      cookie: { domain: '.example.com', hostOnly: false },
      fires: false,
    },
  ])('$label', (row) => expectCookieCase(ck017DomainEqualsHost, row));
});

describe('CK018 duplicate names (site)', () => {
  const page = 'https://app.example.com/account';
  test('two session cookies with the same name sent to the page: medium', () => {
    const hits = run(
      ck018DuplicateNames,
      [
        analyzed({ name: 'sid', domain: 'app.example.com' }, SESSION),
        analyzed({ name: 'sid', domain: '.example.com', hostOnly: false, path: '/account' }),
      ],
      { page },
    );
    expect(hits).toMatchObject([{ cookieName: 'sid', severity: 'medium' }]);
  });
  test('non-auth duplicates: low', () => {
    const hits = run(
      ck018DuplicateNames,
      [
        analyzed({ name: 'lang', domain: 'app.example.com' }),
        analyzed({ name: 'lang', domain: '.example.com', hostOnly: false }),
      ],
      { page },
    );
    expect(hits).toMatchObject([{ severity: 'low' }]);
  });
  test('same name but only one is sent to the page', () => {
    const hits = run(
      ck018DuplicateNames,
      [
        analyzed({ name: 'sid', domain: 'app.example.com' }, SESSION),
        analyzed({ name: 'sid', domain: 'app.example.com', path: '/admin' }, SESSION),
      ],
      { page },
    );
    expect(hits).toEqual([]);
  });
});

describe('CK019 session cookie limited by Path', () => {
  test.each<CookieCase>([
    { label: 'session on /app', cookie: { path: '/app' }, analysis: SESSION, fires: 'info' },
    { label: 'session on /', analysis: SESSION, fires: false },
    { label: 'non-auth on /app', cookie: { path: '/app' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck019AuthPathScoped, row));
});

describe('CK020 persistent session cookie', () => {
  test.each<CookieCase>([
    {
      label: 'Django default 2 weeks: low',
      cookie: { session: false, expirationDate: NOW_S + 14 * DAY_S },
      analysis: SESSION,
      fires: 'low',
    },
    {
      label: '90 days: medium',
      cookie: { session: false, expirationDate: NOW_S + 90 * DAY_S },
      analysis: SESSION,
      fires: 'medium',
    },
    { label: 'non-persistent', analysis: SESSION, fires: false },
    {
      label: 'persistent preference',
      cookie: { session: false, expirationDate: NOW_S + 90 * DAY_S },
      analysis: PREFERENCE,
      fires: false,
    },
  ])('$label', (row) => expectCookieCase(ck020PersistentSession, row));
});

import { describe, expect, test } from 'vitest';

import { ck001AuthNotSecure } from '../../../../src/core/rules/ck001-auth-not-secure.ts';
import { ck002AuthOverHttp } from '../../../../src/core/rules/ck002-auth-over-http.ts';
import { ck003NotSecure } from '../../../../src/core/rules/ck003-not-secure.ts';
import { ck004CsrfNotSecure } from '../../../../src/core/rules/ck004-csrf-not-secure.ts';
import { ck005SecureCookieOnHttpPage } from '../../../../src/core/rules/ck005-secure-cookie-on-http-page.ts';
import { ck006AuthNotHttpOnly } from '../../../../src/core/rules/ck006-auth-not-httponly.ts';
import { ck007ReadableByScripts } from '../../../../src/core/rules/ck007-readable-by-scripts.ts';
import { ck008CsrfReadable } from '../../../../src/core/rules/ck008-csrf-readable.ts';
import { ck009AuthSameSiteNone } from '../../../../src/core/rules/ck009-auth-samesite-none.ts';
import { ck010AuthSameSiteUnspecified } from '../../../../src/core/rules/ck010-auth-samesite-unspecified.ts';
import {
  analyzed,
  type CookieCase,
  CSRF,
  expectCookieCase,
  jwtLayer,
  PREFERENCE,
  run,
  SESSION,
  TRACKING,
} from './helpers.ts';

const HTTP = 'http://example.com/';

describe('CK001 session cookie without Secure on HTTPS', () => {
  test.each<CookieCase>([
    { label: 'session cookie, not Secure, https page', cookie: { secure: false }, analysis: SESSION, fires: 'high' },
    {
      label: 'auth-token class counts as AUTH even if isAuth is false',
      cookie: { secure: false },
      analysis: { class: 'auth-token', isAuth: false },
      fires: 'high',
    },
    {
      label: 'session-id class counts as AUTH even if isAuth is false',
      cookie: { secure: false },
      analysis: { class: 'session-id', isAuth: false },
      fires: 'high',
    },
    {
      label: 'client-data marked isAuth',
      cookie: { secure: false },
      analysis: { class: 'client-data', isAuth: true },
      fires: 'high',
    },
    {
      label: 'OWASP example __Host-SessionID; Secure',
      analysis: SESSION,
      cookie: { name: '__Host-SessionID' },
      fires: false,
    },
    { label: 'not auth', cookie: { secure: false }, analysis: PREFERENCE, fires: false },
    { label: 'http page (CK002 covers it)', page: HTTP, cookie: { secure: false }, analysis: SESSION, fires: false },
  ])('$label', (row) => expectCookieCase(ck001AuthNotSecure, row));
});

describe('CK002 session cookie sent over plain HTTP (site)', () => {
  test('fires once for the site when a session cookie applies to an http page', () => {
    const hits = run(ck002AuthOverHttp, [analyzed({ secure: false, name: 'sessionid' }, SESSION)], { page: HTTP });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.detail).toContain('sessionid');
  });
  test.each([
    { label: 'https page', page: 'https://example.com/', secure: false, spec: SESSION },
    { label: 'localhost is trustworthy', page: 'http://localhost:8000/', secure: false, spec: SESSION },
    { label: 'Secure cookie is not sent over http', page: HTTP, secure: true, spec: SESSION },
    { label: 'not an auth cookie', page: HTTP, secure: false, spec: PREFERENCE },
  ])('does not fire: $label', ({ page, secure, spec }) => {
    const domain = new URL(page).hostname;
    expect(run(ck002AuthOverHttp, [analyzed({ secure, domain }, spec)], { page })).toEqual([]);
  });
});

describe('CK003 cookie without Secure on HTTPS', () => {
  test.each<CookieCase>([
    { label: 'unknown cookie', cookie: { secure: false }, fires: 'medium' },
    { label: 'client data', cookie: { secure: false }, analysis: { class: 'client-data' }, fires: 'medium' },
    { label: 'preference downgraded to low', cookie: { secure: false }, analysis: PREFERENCE, fires: 'low' },
    { label: 'tracking downgraded to info', cookie: { secure: false }, analysis: TRACKING, fires: 'info' },
    { label: 'Secure set', fires: false },
    { label: 'auth cookie (CK001 covers it)', cookie: { secure: false }, analysis: SESSION, fires: false },
    { label: 'csrf cookie (CK004 covers it)', cookie: { secure: false }, analysis: CSRF, fires: false },
    { label: 'http page', page: HTTP, cookie: { secure: false }, fires: false },
  ])('$label', (row) => expectCookieCase(ck003NotSecure, row));
});

describe('CK004 CSRF cookie without Secure', () => {
  test.each<CookieCase>([
    { label: 'csrftoken not Secure', cookie: { name: 'csrftoken', secure: false }, analysis: CSRF, fires: 'low' },
    { label: 'csrftoken Secure', cookie: { name: 'csrftoken' }, analysis: CSRF, fires: false },
    { label: 'http page', page: HTTP, cookie: { secure: false }, analysis: CSRF, fires: false },
  ])('$label', (row) => expectCookieCase(ck004CsrfNotSecure, row));
});

describe('CK005 Secure cookie on an HTTP page', () => {
  test.each<CookieCase>([
    { label: 'Secure cookie matching the http page', page: HTTP, fires: 'info' },
    { label: 'https page', fires: false },
    { label: 'not Secure', page: HTTP, cookie: { secure: false }, fires: false },
    { label: 'other path', page: HTTP, cookie: { path: '/admin' }, fires: false },
    { label: 'localhost is trustworthy', page: 'http://localhost/', cookie: { domain: 'localhost' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck005SecureCookieOnHttpPage, row));
});

describe('CK006 session cookie without HttpOnly', () => {
  test.each<CookieCase>([
    { label: 'opaque session id', cookie: { httpOnly: false }, analysis: SESSION, fires: 'medium' },
    {
      label: 'JWT value raises to high',
      cookie: { httpOnly: false },
      analysis: { class: 'auth-token', layers: [jwtLayer({ alg: 'HS256' }, { sub: '1' }, 'sig')] },
      fires: 'high',
    },
    {
      label: 'PII raises to high',
      cookie: { httpOnly: false },
      analysis: { ...SESSION, sensitive: [{ kind: 'email', where: 'value', sample: 'a@b.io' }] },
      fires: 'high',
    },
    { label: 'HttpOnly set', analysis: SESSION, fires: false },
    { label: 'not auth', cookie: { httpOnly: false }, analysis: PREFERENCE, fires: false },
  ])('$label', (row) => expectCookieCase(ck006AuthNotHttpOnly, row));
});

describe('CK007 readable by scripts (non-auth)', () => {
  test.each<CookieCase>([
    { label: 'preference without HttpOnly', cookie: { httpOnly: false }, analysis: PREFERENCE, fires: 'info' },
    { label: 'HttpOnly', analysis: PREFERENCE, fires: false },
    { label: 'session (CK006 covers it)', cookie: { httpOnly: false }, analysis: SESSION, fires: false },
    { label: 'csrf (CK008 explains it)', cookie: { httpOnly: false }, analysis: CSRF, fires: false },
  ])('$label', (row) => expectCookieCase(ck007ReadableByScripts, row));
});

describe('CK008 CSRF cookie readable (expected)', () => {
  test.each<CookieCase>([
    { label: 'XSRF-TOKEN readable', cookie: { name: 'XSRF-TOKEN', httpOnly: false }, analysis: CSRF, fires: 'info' },
    { label: 'CSRF HttpOnly', analysis: CSRF, fires: false },
    { label: 'not CSRF', cookie: { httpOnly: false }, fires: false },
  ])('$label', (row) => expectCookieCase(ck008CsrfReadable, row));
});

describe('CK009 session cookie with SameSite=None', () => {
  test.each<CookieCase>([
    { label: 'session, no_restriction', cookie: { sameSite: 'no_restriction' }, analysis: SESSION, fires: 'medium' },
    { label: 'session, lax', analysis: SESSION, fires: false },
    { label: 'tracking, no_restriction', cookie: { sameSite: 'no_restriction' }, analysis: TRACKING, fires: false },
  ])('$label', (row) => expectCookieCase(ck009AuthSameSiteNone, row));
});

describe('CK010 session/CSRF cookie without SameSite', () => {
  test.each<CookieCase>([
    { label: 'session, unspecified', cookie: { sameSite: 'unspecified' }, analysis: SESSION, fires: 'low' },
    { label: 'csrf, unspecified', cookie: { sameSite: 'unspecified' }, analysis: CSRF, fires: 'low' },
    { label: 'session, strict', cookie: { sameSite: 'strict' }, analysis: SESSION, fires: false },
    {
      label: 'preference, unspecified (CK011)',
      cookie: { sameSite: 'unspecified' },
      analysis: PREFERENCE,
      fires: false,
    },
  ])('$label', (row) => expectCookieCase(ck010AuthSameSiteUnspecified, row));
});

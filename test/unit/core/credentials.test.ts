/**
 * Issue 13: redaction covers every credential. What the explain pane says gives access (a holder "can be you",
 * "be logged in", "log in as") is what the export's Redact replaces, for cookies built with the real framework
 * algorithms (test helpers) and for generated names and values.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { analyzeCookie } from '../../../src/core/analyze.ts';
import { explainCookie, GIVES_ACCESS } from '../../../src/core/classify/explain.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { exportCookies } from '../../../src/core/formats/export.ts';
import { isRedactedValue, redact } from '../../../src/core/formats/secrets.ts';
import { cookie, djangoDumps, itsdangerousDumps, NOW_MS, railsGcm } from './helpers.ts';

const PAGE = 'https://app.example.com/';
const nowS = Math.floor(NOW_MS / 1000);
const analysisOf = (c: Cookie) => analyzeCookie(c, PAGE, NOW_MS);
const SIGNED_COOKIES = 'django.contrib.sessions.backends.signed_cookies';
const loggedIn = {
  _auth_user_id: '7',
  _auth_user_backend: 'django.contrib.auth.backends.ModelBackend',
  _auth_user_hash: 'b'.repeat(64),
};

const explainedAsAccess = (c: Cookie): boolean => GIVES_ACCESS.test(explainCookie(c.name, analysisOf(c)).holderCan);
const redacted = (c: Cookie): boolean => isRedactedValue(redact([c], analysisOf)[0]?.value ?? '');

describe('the reported leaks are redacted', () => {
  test.each([
    [
      'Django signed_cookies session with _auth_user_id',
      cookie('sessionid', djangoDumps(loggedIn, SIGNED_COOKIES, 's3cret', nowS)),
    ],
    [
      'the same under a custom SESSION_COOKIE_NAME',
      cookie('shop_session', djangoDumps(loggedIn, SIGNED_COOKIES, 's3cret', nowS)),
    ],
    [
      "a plain *_auth cookie (the demo site's legacy_auth)",
      cookie('legacy_auth', Buffer.from('user=dj4e_user;role=student').toString('base64')),
    ],
    [
      'a remember-me cookie',
      cookie(
        'remember_user_token',
        'W1sxXSwiJDJhJDEwJGFiYyIsIjE3MDAwMDAwMDAuMCJd--0123456789abcdef0123456789abcdef01234567',
      ),
    ],
    ['a Flask session', cookie('session', itsdangerousDumps({ _user_id: '7', _fresh: true }, 's3cret', nowS))],
    [
      'a Rails encrypted session',
      cookie('_app_session', railsGcm('{"session_id":"abc","warden.user.user.key":[[1]]}')),
    ],
  ])('%s: explained as giving access, and redacted', (_label, c) => {
    expect(explainedAsAccess(c)).toBe(true);
    expect(redacted(c)).toBe(true);
    const out = exportCookies('json', [c], { analysisOf, redactSecrets: true });
    expect(out.text).not.toContain(c.value);
    expect(out.secrets).toHaveLength(1);
  });

  test.each([
    ['a theme preference', cookie('theme', 'dark')],
    ['a CSRF token', cookie('csrftoken', 'Ab3'.repeat(21) + 'x')],
    ['an analytics id', cookie('_ga', 'GA1.2.123456789.1700000000')],
  ])('%s is neither explained as access nor redacted', (_label, c) => {
    expect(explainedAsAccess(c)).toBe(false);
    expect(redacted(c)).toBe(false);
  });
});

describe('explained as giving access ⇒ redacted', () => {
  const nameArb = fc.oneof(
    fc.constantFrom(
      'sessionid',
      'session',
      'sid',
      'PHPSESSID',
      'JSESSIONID',
      'connect.sid',
      'legacy_auth',
      'auth',
      'site_auth',
      'remember_me',
      'rememberme',
      'remember_web_59ba36',
      'token',
      'access_token',
      'id_token',
      'theme',
      'lang',
      '_ga',
      'csrftoken',
      'prefs',
      'cart',
      'user',
      'username',
      'is_admin',
      '_app_session',
      '.AspNetCore.Cookies',
    ),
    fc.stringMatching(/^[A-Za-z_][A-Za-z0-9_.-]{0,12}$/),
  );
  const valueArb = fc.oneof(
    fc.constant(djangoDumps(loggedIn, SIGNED_COOKIES, 's3cret', nowS)),
    fc.constant(djangoDumps({ cart: [1, 2] }, SIGNED_COOKIES, 's3cret', nowS, false)),
    fc.constant(itsdangerousDumps({ _user_id: '7' }, 's3cret', nowS)),
    fc.constant(railsGcm('{"session_id":"abc"}')),
    fc.constant('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI3In0.c2lnbmF0dXJlc2lnbmF0dXJlc2ln'),
    fc.constant(Buffer.from('user=bob;role=admin').toString('base64')),
    fc.constant(Buffer.from(JSON.stringify({ theme: 'dark' })).toString('base64')),
    fc.stringMatching(/^[a-z0-9]{32}$/),
    fc.stringMatching(/^[A-Za-z0-9_-]{8,40}$/),
    fc.constantFrom('dark', 'en', '1', 'true', 'GA1.2.1.2'),
  );
  test('for generated names and values', () => {
    fc.assert(
      fc.property(nameArb, valueArb, (name, value) => {
        const c = cookie(name, value);
        if (explainedAsAccess(c)) expect(redacted(c)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

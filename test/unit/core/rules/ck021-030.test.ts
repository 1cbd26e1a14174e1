import { describe, test } from 'vitest';

import { ck021Beyond400Days } from '../../../../src/core/rules/ck021-beyond-400-days.ts';
import { ck022PersonalData } from '../../../../src/core/rules/ck022-personal-data.ts';
import { ck023ReadableIdentity } from '../../../../src/core/rules/ck023-readable-identity.ts';
import { ck024EditableAuthorization } from '../../../../src/core/rules/ck024-editable-authorization.ts';
import { ck025JwtUnsigned } from '../../../../src/core/rules/ck025-jwt-unsigned.ts';
import { ck026TokenReadable } from '../../../../src/core/rules/ck026-token-readable.ts';
import { ck027JwtLifetime } from '../../../../src/core/rules/ck027-jwt-lifetime.ts';
import { ck028LowEntropy } from '../../../../src/core/rules/ck028-low-entropy.ts';
import { ck029PredictableSessionId } from '../../../../src/core/rules/ck029-predictable-session-id.ts';
import { ck030FrameworkFingerprint } from '../../../../src/core/rules/ck030-framework-fingerprint.ts';
import {
  type CookieCase,
  DAY_S,
  expectCookieCase,
  jsonLayer,
  jwtLayer,
  jwtLayerFromToken,
  NOW_S,
  SESSION,
} from './helpers.ts';

describe('CK021 expiry beyond 400 days', () => {
  test.each<CookieCase>([
    {
      label: '2-year _ga from a non-Chrome store',
      cookie: { session: false, expirationDate: NOW_S + 730 * DAY_S },
      fires: 'info',
    },
    { label: '399 days', cookie: { session: false, expirationDate: NOW_S + 399 * DAY_S }, fires: false },
    { label: 'session cookie', fires: false },
  ])('$label', (row) => expectCookieCase(ck021Beyond400Days, row));
});

describe('CK022 personal or secret data', () => {
  test.each<CookieCase>([
    { label: 'e-mail', analysis: { sensitive: [{ kind: 'email', where: 'value', sample: 'a@b.io' }] }, fires: 'high' },
    {
      label: 'card',
      analysis: { sensitive: [{ kind: 'card', where: 'JSON key cc', sample: '4111…' }] },
      fires: 'high',
    },
    {
      label: 'password',
      analysis: { sensitive: [{ kind: 'password', where: 'kv pwd', sample: '***' }] },
      fires: 'high',
    },
    {
      label: 'authz flag only (CK024 territory)',
      analysis: { sensitive: [{ kind: 'authz-flag', where: 'kv role', sample: 'admin' }] },
      fires: false,
    },
    { label: 'nothing sensitive', fires: false },
  ])('$label', (row) => expectCookieCase(ck022PersonalData, row));
});

describe('CK023 identity readable in client-side data', () => {
  test.each<CookieCase>([
    {
      label: 'cookie-session JSON with user_id',
      analysis: { class: 'client-data', layers: [jsonLayer({ user_id: 7, cart: [] })] },
      fires: 'medium',
    },
    {
      label: 'Django signed_cookies _auth_user_id',
      analysis: { class: 'client-data', layers: [jsonLayer({ _auth_user_id: '1' })] },
      fires: 'medium',
    },
    {
      label: 'JWT sub claim',
      analysis: { class: 'client-data', layers: [jwtLayer({ alg: 'HS256' }, { sub: '1' }, 's')] },
      fires: 'medium',
    },
    {
      label: 'nested role',
      analysis: { class: 'client-data', layers: [jsonLayer({ profile: { role: 'admin' } })] },
      fires: 'medium',
    },
    {
      label: 'client data without identity keys',
      analysis: { class: 'client-data', layers: [jsonLayer({ cart: [1, 2] })] },
      fires: false,
    },
    { label: 'not client data', analysis: { class: 'preference', layers: [jsonLayer({ user: 'x' })] }, fires: false },
  ])('$label', (row) => expectCookieCase(ck023ReadableIdentity, row));
});

describe('CK024 authorisation flag in a plain cookie', () => {
  test.each<CookieCase>([
    { label: 'WSTG IsAdmin=No', cookie: { name: 'IsAdmin', value: 'No' }, fires: 'high' },
    { label: 'role=admin', cookie: { name: 'role', value: 'admin' }, fires: 'high' },
    { label: 'logged_in="1" quoted', cookie: { name: 'logged_in', value: '"1"' }, fires: 'high' },
    { label: 'signed role value', cookie: { name: 'role', value: 'admin.3b8f0c' }, fires: false },
    { label: 'unrelated name', cookie: { name: 'theme', value: 'yes' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck024EditableAuthorization, row));
});

describe('CK025 unsigned JWT', () => {
  // The OWASP/RFC 7519 example shape: eyJhbGciOiJub25lIn0.<payload>. = {"alg":"none"} with an empty signature
  const algNone = `eyJhbGciOiJub25lIn0.${Buffer.from('{"sub":"admin"}').toString('base64url')}.`;
  test.each<CookieCase>([
    {
      label: 'eyJhbGciOiJub25lIn0.<payload>.',
      cookie: { value: algNone },
      analysis: { layers: [jwtLayerFromToken(algNone)] },
      fires: 'high',
    },
    {
      label: 'alg none, empty signature',
      analysis: { layers: [jwtLayer({ alg: 'none' }, { sub: '1' }, '')] },
      fires: 'high',
    },
    { label: 'alg NoNe', analysis: { layers: [jwtLayer({ alg: 'NoNe' }, { sub: '1' }, 'x')] }, fires: 'high' },
    { label: 'HS256 with empty signature', analysis: { layers: [jwtLayer({ alg: 'HS256' }, {}, '')] }, fires: 'high' },
    { label: 'HS256 signed', analysis: { layers: [jwtLayer({ alg: 'HS256' }, {}, 'c2ln')] }, fires: false },
    { label: 'no JWT', fires: false },
  ])('$label', (row) => expectCookieCase(ck025JwtUnsigned, row));
});

describe('CK026 bearer token readable by scripts', () => {
  const jwt = [jwtLayer({ alg: 'RS256' }, { sub: '1' }, 'sig')];
  const jwe = [{ kind: 'jwe' as const, label: 'JWE', text: '', data: { header: { alg: 'dir', enc: 'A256GCM' } } }];
  test.each<CookieCase>([
    {
      label: 'auth JWT without HttpOnly',
      cookie: { httpOnly: false },
      analysis: { class: 'auth-token', layers: jwt },
      fires: 'medium',
    },
    {
      label: 'auth JWE without HttpOnly',
      cookie: { httpOnly: false },
      analysis: { class: 'client-data', isAuth: true, layers: jwe },
      fires: 'medium',
    },
    { label: 'auth JWT HttpOnly', analysis: { class: 'auth-token', layers: jwt }, fires: false },
    {
      label: 'non-auth JWT',
      cookie: { httpOnly: false },
      analysis: { class: 'client-data', layers: jwt },
      fires: false,
    },
  ])('$label', (row) => expectCookieCase(ck026TokenReadable, row));
});

describe('CK027 JWT lifetime', () => {
  const jwt = (payload: Record<string, unknown>) => ({ layers: [jwtLayer({ alg: 'HS256' }, payload, 's')] });
  test.each<CookieCase>([
    { label: 'no exp', analysis: jwt({ sub: '1' }), fires: 'low' },
    { label: 'expired', analysis: jwt({ exp: NOW_S - 60 }), fires: 'low' },
    { label: '90-day token', analysis: jwt({ iat: NOW_S - DAY_S, exp: NOW_S + 89 * DAY_S }), fires: 'low' },
    { label: '1-hour token', analysis: jwt({ iat: NOW_S - 60, exp: NOW_S + 3600 }), fires: false },
    { label: 'exp without iat, in the future', analysis: jwt({ exp: NOW_S + 3600 }), fires: false },
  ])('$label', (row) => expectCookieCase(ck027JwtLifetime, row));
});

describe('CK028 low-entropy session ID', () => {
  test.each<CookieCase>([
    { label: '40 bits', analysis: { ...SESSION, classification: { entropyBits: 40 } }, fires: 'medium' },
    { label: '63.9 bits', analysis: { ...SESSION, classification: { entropyBits: 63.9 } }, fires: 'medium' },
    { label: '64 bits (OWASP minimum)', analysis: { ...SESSION, classification: { entropyBits: 64 } }, fires: false },
    { label: 'no estimate', analysis: SESSION, fires: false },
    { label: 'not a session id', analysis: { class: 'tracking', classification: { entropyBits: 20 } }, fires: false },
  ])('$label', (row) => expectCookieCase(ck028LowEntropy, row));
});

describe('CK029 predictable session ID', () => {
  test.each<CookieCase>([
    { label: 'digits only', cookie: { value: '1234567' }, analysis: SESSION, fires: 'low' },
    { label: 'epoch seconds inside', cookie: { value: 'u7-1768478400-ab' }, analysis: SESSION, fires: 'low' },
    { label: 'UUIDv1', cookie: { value: 'c232ab00-9414-11ec-b3c8-9e6bdeced846' }, analysis: SESSION, fires: 'low' },
    { label: 'e-mail', cookie: { value: 'bob%40example.com-77' }, analysis: SESSION, fires: 'low' },
    { label: 'repeated chunk', cookie: { value: 'deadbeefdeadbeef' }, analysis: SESSION, fires: 'low' },
    {
      label: 'random Django sessionid',
      cookie: { value: 'q8x3n0f7k2m9p4r6t1v5w8y0z3b6c9d2' },
      analysis: SESSION,
      fires: false,
    },
    { label: 'UUIDv4', cookie: { value: '3b241101-e2bb-4255-8caf-4136c566a962' }, analysis: SESSION, fires: false },
    { label: 'digits but not a session id', cookie: { value: '1234567' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck029PredictableSessionId, row));
});

describe('CK030 framework default name', () => {
  test.each<CookieCase>([
    { label: 'PHPSESSID', cookie: { name: 'PHPSESSID' }, fires: 'info' },
    { label: 'JSESSIONID', cookie: { name: 'JSESSIONID' }, fires: 'info' },
    { label: 'connect.sid', cookie: { name: 'connect.sid' }, fires: 'info' },
    { label: 'Rails _shop_session', cookie: { name: '_shop_session' }, fires: 'info' },
    { label: '.AspNetCore.Session', cookie: { name: '.AspNetCore.Session' }, fires: 'info' },
    { label: 'ASPSESSIONIDQQGGGNCG', cookie: { name: 'ASPSESSIONIDQQGGGNCG' }, fires: 'info' },
    { label: 'generic __Host-id', cookie: { name: '__Host-id' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck030FrameworkFingerprint, row));
});

import { randomBytes, randomUUID } from 'node:crypto';

import cookieSignature from 'cookie-signature';
import { EncryptJWT, UnsecuredJWT } from 'jose';
import jsonwebtoken from 'jsonwebtoken';
import Keygrip from 'keygrip';
import { describe, expect, it } from 'vitest';

import { analyzeCookie } from '../../../../src/core/analyze.ts';
import { analyzeCookies } from '../../../../src/core/analyze-jar.ts';
import { explainCookie, READABILITY_WORDS } from '../../../../src/core/classify/explain.ts';
import { cookie, djangoDumps, itsdangerousDumps, laravelEncrypt, NOW_MS, railsGcm } from '../helpers.ts';

const PAGE = 'https://app.example.com/';
const nowS = Math.floor(NOW_MS / 1000);
const analyze = (name: string, value: string) => analyzeCookie(cookie(name, value), PAGE, NOW_MS);

describe('framework formats built with the real algorithms', () => {
  const expressId = randomBytes(24).toString('base64url');
  const cases: Array<{ name: string; value: string; expected: Record<string, unknown>; layers?: string[] }> = [
    {
      name: 'sessionid',
      value: djangoDumps(
        {
          _auth_user_id: '1',
          _auth_user_backend: 'django.contrib.auth.backends.ModelBackend',
          _auth_user_hash: 'a'.repeat(64),
        },
        'django.contrib.sessions.backends.signed_cookies',
        's3cret',
        nowS,
      ),
      expected: { class: 'client-data', readability: 'signed', framework: 'django', isAuth: true, confidence: 'high' },
      layers: ['framework', 'base64url', 'zlib', 'json'],
    },
    {
      name: 'sessionid',
      value: djangoDumps({ a: 1 }, 'django.contrib.sessions.backends.signed_cookies', 's3cret', nowS, false),
      expected: { class: 'client-data', readability: 'signed', framework: 'django' },
      layers: ['framework', 'base64url', 'json'],
    },
    {
      name: 'sessionid',
      value: 'q8w7e6r5t4y3u2i1o9p8a7s6d5f4g3h2',
      expected: { class: 'session-id', readability: 'opaque', framework: 'django', entropyBits: 165 },
    },
    {
      name: 'csrftoken',
      value: 'Ab3'.repeat(21) + 'x',
      expected: { class: 'csrf', framework: 'django', isAuth: false },
    },
    {
      name: 'messages',
      value: djangoDumps([['__json_message', 0, 25, 'Saved!']], 'django.contrib.messages', 's3cret', nowS, true, false),
      expected: {
        class: 'client-data',
        readability: 'signed',
        framework: 'django',
        frameworkLabel: 'Django messages (cookie storage)',
      },
    },
    {
      name: 'session',
      value: itsdangerousDumps({ _user_id: '5', _fresh: true, csrf_token: 'abc' }, 'flask-secret', nowS),
      expected: { class: 'client-data', readability: 'signed', framework: 'flask', isAuth: true },
      layers: ['framework', 'base64url', 'json'],
    },
    {
      name: 'session',
      value: itsdangerousDumps(
        { cart: Array.from({ length: 30 }, (_, i) => ({ item: i, qty: 1 })) },
        'flask-secret',
        nowS,
        true,
      ),
      expected: { class: 'client-data', framework: 'flask' },
      layers: ['framework', 'base64url', 'zlib', 'json'],
    },
    {
      name: 'connect.sid',
      value: encodeURIComponent(`s:${cookieSignature.sign(expressId, 'keyboard cat')}`),
      expected: { class: 'session-id', readability: 'opaque', framework: 'express', confidence: 'high' },
      layers: ['url', 'framework'],
    },
    {
      name: '_shop_session',
      value: railsGcm(JSON.stringify({ session_id: 'abc', _csrf_token: 'x' })),
      expected: { class: 'client-data', readability: 'encrypted', framework: 'rails', isAuth: true },
      layers: ['url', 'framework'],
    },
    {
      name: 'laravel_session',
      value: laravelEncrypt('a'.repeat(40)),
      expected: { class: 'session-id', readability: 'encrypted', framework: 'laravel', isAuth: true },
    },
    { name: 'XSRF-TOKEN', value: laravelEncrypt('t'.repeat(40)), expected: { class: 'csrf', framework: 'laravel' } },
    {
      name: 'PHPSESSID',
      value: randomBytes(16).toString('hex'),
      expected: { class: 'session-id', framework: 'php', entropyBits: 128 },
    },
    {
      name: 'JSESSIONID',
      value: `${randomBytes(16).toString('hex').toUpperCase()}.node1`,
      expected: { class: 'session-id', framework: 'java', entropyBits: 128 },
    },
    {
      name: 'ASP.NET_SessionId',
      value: 'abcdefghijklmnopqrstuv01',
      expected: { class: 'session-id', framework: 'aspnet', entropyBits: 120 },
    },
    {
      name: '.AspNetCore.Cookies',
      value: Buffer.concat([Buffer.from([0x09, 0xf0, 0xc9, 0xf0]), randomBytes(120)]).toString('base64url'),
      expected: { class: 'client-data', readability: 'encrypted', framework: 'aspnetcore', isAuth: true },
    },
    {
      name: 'SESSION',
      value: Buffer.from(randomUUID()).toString('base64'),
      expected: { class: 'session-id', framework: 'spring', entropyBits: 122 },
    },
    {
      name: 'remember_token',
      value: `7|${randomBytes(64).toString('hex')}`,
      expected: { class: 'auth-token', framework: 'flask', isAuth: true },
    },
  ];

  it.each(cases)('$name → $expected.class', ({ name, value, expected, layers }) => {
    const a = analyze(name, value);
    expect(a.classification).toMatchObject(expected);
    if (layers) expect(a.layers.map((l) => l.kind)).toEqual(layers);
  });

  it('cookie-session with keygrip: payload is signed client data, .sig is its signature', () => {
    const value = Buffer.from(JSON.stringify({ userId: 3 })).toString('base64');
    const sig = new Keygrip(['k1']).sign(`session=${value}`);
    const [payload, signature] = analyzeCookies([cookie('session', value), cookie('session.sig', sig)], PAGE, NOW_MS);
    expect(payload?.analysis.classification).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      framework: 'express',
      confidence: 'high',
    });
    expect(signature?.analysis.classification).toMatchObject({ subtype: 'signature', confidence: 'high' });
  });
});

describe('Express res.cookie values (expressjs/express lib/response.js, cookie-signature)', () => {
  it('an object value is "j:" + JSON: readable client data, not an opaque unknown', () => {
    const value = encodeURIComponent(`j:${JSON.stringify({ theme: 'dark', recent: [3, 1] })}`);
    const a = analyze('prefs_blob', value);
    expect(a.classification).toMatchObject({
      class: 'client-data',
      readability: 'readable',
      framework: 'express',
      formatId: 'express-json',
      isAuth: false,
    });
    expect(a.layers.map((l) => l.kind)).toEqual(['url', 'framework', 'json']);
    expect(a.classification.evidence[0]).toMatch(/^"j:" \+ JSON \{"theme": "dark"/);
  });

  it('a signed value is "s:" + value + "." + HMAC: signed, readable, and not an express-session id', () => {
    const plain = analyze('greeting', encodeURIComponent(`s:${cookieSignature.sign('hello alice', 'keyboard cat')}`));
    expect(plain.classification).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      framework: 'express',
      formatId: 'express-signed',
    });
    const json = analyze(
      'cart',
      encodeURIComponent(`s:${cookieSignature.sign(`j:${JSON.stringify({ items: [1, 2] })}`, 'keyboard cat')}`),
    );
    expect(json.classification).toMatchObject({ class: 'client-data', readability: 'signed', subtype: 'signed-json' });
    expect(json.layers.map((l) => l.kind)).toEqual(['url', 'framework', 'json']);
  });
});

describe('JWT / JWE', () => {
  it('a JWS with sub is an auth token with ISO dates in the layer text', () => {
    const token = jsonwebtoken.sign({ sub: '42', email: 'dan@example.com' }, 'secret', {
      algorithm: 'HS256',
      expiresIn: 3600,
    });
    const a = analyze('access_token', token);
    expect(a.classification).toMatchObject({
      class: 'auth-token',
      readability: 'signed',
      framework: 'jwt',
      isAuth: true,
    });
    expect(a.layers[0]?.text).toMatch(/"exp":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z \(\d+\)"/);
    expect(a.layers[0]?.text).toMatch(/"iat":"\d{4}-/);
    expect(a.sensitive).toContainEqual({ kind: 'email', where: 'JWT claim email', sample: 'dan@example.com' });
  });

  it('alg none is flagged in the evidence, and is readable, not signed (RFC 7519 §6)', () => {
    const token = new UnsecuredJWT({ sub: 'x' }).encode();
    const a = analyze('jwt', token);
    expect(a.classification.class).toBe('auth-token');
    expect(a.classification.readability).toBe('readable');
    expect(a.classification.evidence.join(' ')).toMatch(/alg "none"/);
    // Nowhere is it called signed: not the label, the explanation, the readability words or the lesson.
    const e = explainCookie('jwt', a);
    const words = [
      a.classification.frameworkLabel,
      e.what,
      e.holderCan,
      e.lesson,
      READABILITY_WORDS[a.classification.readability],
      ...a.classification.evidence,
    ].join(' ');
    expect(words).not.toMatch(/(?<!un|not |neither )\bsigned\b/i);
  });

  it('a JWE is encrypted; under Auth.js names it is the session', async () => {
    const jwe = await new EncryptJWT({ sub: '1' })
      .setProtectedHeader({ alg: 'dir', enc: 'A256CBC-HS512' })
      .encrypt(randomBytes(64));
    expect(analyze('__Secure-authjs.session-token', jwe).classification).toMatchObject({
      class: 'client-data',
      readability: 'encrypted',
      framework: 'authjs',
      isAuth: true,
    });
    expect(analyze('blob', jwe).classification).toMatchObject({ readability: 'encrypted', class: 'client-data' });
    expect(analyze('blob', jwe).layers[0]?.kind).toBe('jwe');
  });
});

describe('negative and disambiguation cases', () => {
  it('F6a: an itsdangerous value whose payload starts with eyJ is Flask, a JWT is not Flask', () => {
    const flask = itsdangerousDumps({ user: 1 }, 'k', nowS);
    expect(flask.startsWith('eyJ')).toBe(true);
    expect(analyze('session', flask).classification.framework).toBe('flask');
    const jwt = jsonwebtoken.sign({ user: 1 }, 'k', { noTimestamp: true });
    expect(analyze('session', jwt).classification.framework).toBe('jwt');
  });

  it.each([
    ['random base64url', randomBytes(32).toString('base64url')],
    ['random base64', randomBytes(30).toString('base64')],
    ['hex', randomBytes(20).toString('hex')],
  ])('an opaque token that merely looks like base64 (%s) is not client data', (_label, value) => {
    const a = analyze('auth_token', value);
    expect(a.classification.class).toBe('session-id');
    expect(a.classification.readability).toBe('opaque');
  });

  it('tracker lookup runs before the session heuristic: _hjSession_ is tracking', () => {
    expect(analyze('_hjSession_123', 'eyJpZCI6IjEifQ==').classification.class).toBe('tracking');
    expect(analyze('ai_session', 'abc|1700000000000|1700000000000').classification.class).toBe('tracking');
    expect(analyze('heroku-session-affinity', 'ACyDaANoA2gDZAAM').classification.class).toBe('infrastructure');
  });

  it('collision guard: sessionid is Instagram only on instagram.com, SID is Google only on google.*', () => {
    const ig = analyzeCookie(
      cookie('sessionid', '123%3Aabc', { domain: '.instagram.com', hostOnly: false }),
      'https://www.instagram.com/',
      NOW_MS,
    );
    expect(ig.classification.known?.vendor).toBe('Instagram');
    expect(analyze('sessionid', 'q8w7e6r5t4y3u2i1o9p8a7s6d5f4g3h2').classification.framework).toBe('django');
    const sid = analyzeCookie(
      cookie('SID', 'x'.repeat(70), { domain: '.google.de', hostOnly: false }),
      'https://www.google.de/',
      NOW_MS,
    );
    expect(sid.classification.known?.vendor).toBe('Google');
    expect(analyze('SID', 'abcdefabcdefabcdefab').classification.known).toBeUndefined();
  });
});

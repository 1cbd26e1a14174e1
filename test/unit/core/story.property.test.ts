/**
 * One consistent story per cookie: class, readability, "data lives", "whoever holds it", the lesson and the findings
 * come from one analysis and never contradict each other or the decoded value. The invariants (README "One story
 * per cookie") are checked over generated jars holding cookies of every kind, each value made by the real algorithm
 * (Django signing, itsdangerous, cookie-signature, keygrip, jsonwebtoken, jose, AES-GCM/CBC), under names that
 * collide with vendor and framework names, with and without a vendor's sibling cookie.
 */
import { randomBytes } from 'node:crypto';

import cookieSignature from 'cookie-signature';
import fc from 'fast-check';
import { UnsecuredJWT } from 'jose';
import jsonwebtoken from 'jsonwebtoken';
import Keygrip from 'keygrip';
import { describe, expect, it } from 'vitest';

import type { CookieAnalysis } from '../../../src/core/analysis-types.ts';
import { analyzeJar } from '../../../src/core/analyze-jar.ts';
import { valueIsData } from '../../../src/core/classify/classify.ts';
import { DATA_LIVES_WORDS, explainCookie, READABILITY_WORDS } from '../../../src/core/classify/explain.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import { decodeCookieValue } from '../../../src/core/decode/index.ts';
import { isUnsecuredJwt, type JwtData } from '../../../src/core/decode/jwt.ts';
import { valueArb } from '../../fixtures/cookie-arbitrary.ts';
import { djangoDumps, itsdangerousDumps, laravelEncrypt, NOW_MS, railsGcm } from './helpers.ts';

const nowS = Math.floor(NOW_MS / 1000);
const SECRET = 'property-test-secret';

const jsonObject = fc.dictionary(
  fc.stringMatching(/^[a-z_]{1,8}$/),
  fc.oneof(fc.integer(), fc.boolean(), fc.stringMatching(/^[A-Za-z0-9 @.]{0,12}$/)),
  { minKeys: 1, maxKeys: 4 },
);
const hex = (n: number) => fc.uint8Array({ minLength: n, maxLength: n }).map((b) => Buffer.from(b).toString('hex'));
const lowerAlnum = (n: number) => fc.stringMatching(new RegExp(`^[a-z0-9]{${n}}$`));
const hs256 = (claims: Record<string, unknown>) =>
  jsonwebtoken.sign(claims, SECRET, { algorithm: 'HS256', noTimestamp: true });

/** A value of one kind, made by the real algorithm; `sig` asks for a `<name>.sig` companion (cookie-session). */
type Made = { value: string; sig?: (name: string) => string };
const VALUE_KINDS: fc.Arbitrary<Made>[] = [
  lowerAlnum(32).map((value) => ({ value })), // Django db/cache/file session key
  jsonObject.map((o) => ({ value: djangoDumps(o, 'django.contrib.sessions.backends.signed_cookies', SECRET, nowS) })),
  jsonObject.map((o) => ({ value: itsdangerousDumps(o, SECRET, nowS) })),
  fc.uint8Array({ minLength: 24, maxLength: 24 }).map((b) => ({
    value: encodeURIComponent(`s:${cookieSignature.sign(Buffer.from(b).toString('base64url'), SECRET)}`),
  })),
  jsonObject.map((o) => ({ value: encodeURIComponent(`j:${JSON.stringify(o)}`) })), // Express res.cookie object
  jsonObject.map((o) => ({ value: encodeURIComponent(`s:${cookieSignature.sign(`j:${JSON.stringify(o)}`, SECRET)}`) })),
  jsonObject.map((o) => {
    const value = Buffer.from(JSON.stringify(o)).toString('base64');
    return { value, sig: (name: string) => new Keygrip([SECRET]).sign(`${name}=${value}`) };
  }),
  jsonObject.map((o) => ({ value: hs256(o) })),
  fc.record({ sub: fc.stringMatching(/^[0-9]{1,4}$/) }).map((c) => ({ value: hs256(c) })),
  jsonObject.map((o) => ({ value: new UnsecuredJWT(o).encode() })),
  fc
    .record({ sub: fc.stringMatching(/^[0-9]{1,4}$/), role: fc.constantFrom('admin', 'user') })
    .map((c) => ({ value: new UnsecuredJWT(c).encode() })),
  jsonObject.map((o) => ({ value: JSON.stringify(o) })),
  jsonObject.map((o) => ({ value: encodeURIComponent(JSON.stringify(o)) })),
  jsonObject.map((o) => ({ value: Buffer.from(JSON.stringify(o)).toString('base64') })),
  jsonObject.map((o) => ({
    value: Object.entries(o)
      .map(([k, v]) => `${k}=${String(v)}`)
      .join('&'),
  })),
  jsonObject.map((o) => ({
    value: encodeURIComponent(`a:1:{s:4:"data";s:${JSON.stringify(o).length}:"${JSON.stringify(o)}";}`),
  })), // PHP serialize()
  jsonObject.map((o) => ({ value: railsGcm(JSON.stringify(o)) })),
  fc.constant(null).map(() => ({ value: laravelEncrypt(randomBytes(20).toString('hex')) })),
  hex(16).map((value) => ({ value })),
  fc.uint8Array({ minLength: 24, maxLength: 32 }).map((b) => ({ value: Buffer.from(b).toString('base64url') })),
  fc
    .constantFrom(
      'c1-7a2abe82733a34e84aa472d57fb5c3c1?key=824bdj25mhg1242bdb385',
      '9f2c1f3e-6b5a-4d3c-8e1f-2a3b4c5d6e7f',
      'US',
      'USD',
      'dark',
      'en',
    )
    .map((value) => ({ value })),
  fc.integer({ min: 100000000, max: 999999999 }).map((n) => ({ value: `GA1.1.${n}.${nowS}` })),
  valueArb.map((value) => ({ value })),
];

/** Names that collide: vendor rows with generic names, framework defaults, session and token words, trackers. */
const NAMES = fc.constantFrom(
  'cart',
  'localization',
  'keep_alive',
  'cart_currency',
  'messages',
  'sessionid',
  'csrftoken',
  'SESSION',
  'session',
  'sid',
  'connect.sid',
  'PHPSESSID',
  'JSESSIONID',
  'laravel_session',
  '_myapp_session',
  'access_token',
  'jwt',
  'remember_token',
  'prefs',
  'theme',
  'lang',
  'username',
  'is_admin',
  '_ga',
  '_hjSessionUser_1',
  'IDE',
  'SID',
  'ai_session',
  'data',
  'x',
);
const DOMAINS = fc.constantFrom(
  'app.example.com',
  '.example.com',
  'mugs.myshopify.com',
  '.doubleclick.net',
  '.google.com',
);
/** Cookies that corroborate vendors: a jar may hold any of them next to the cookie under test. */
const SIBLINGS = fc.subarray(['_shopify_y', '_shopify_s', '_ga', 'csrftoken', 'other']);

const cookieOf = (
  name: string,
  value: string,
  domain: string,
  flags: { httpOnly: boolean; secure: boolean; persistent: boolean },
): Cookie => ({
  name,
  value,
  domain,
  hostOnly: !domain.startsWith('.'),
  path: '/',
  secure: flags.secure,
  httpOnly: flags.httpOnly,
  sameSite: 'lax',
  session: !flags.persistent,
  ...(flags.persistent ? { expirationDate: nowS + 90 * 86400 } : {}),
  storeId: '0',
});

const jarArb = fc
  .record({
    name: NAMES,
    made: fc.oneof(...VALUE_KINDS),
    domain: DOMAINS,
    siblings: SIBLINGS,
    flags: fc.record({ httpOnly: fc.boolean(), secure: fc.boolean(), persistent: fc.boolean() }),
    page: fc.constantFrom('https://app.example.com/', 'http://app.example.com/', 'https://mugs.myshopify.com/'),
  })
  .map(({ name, made, domain, siblings, flags, page }) => {
    const subject = cookieOf(name, made.value, domain, flags);
    const others = siblings
      .filter((n) => n !== name)
      .map((n) => cookieOf(n, 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d', 'app.example.com', flags));
    if (made.sig) others.push(cookieOf(`${name}.sig`, made.sig(name), domain, flags));
    return { subject, jar: [subject, ...others], page };
  });

const AFFIRMATIVE_SIGNED = /(?<!un|not |neither )\bsigned\b/i;
/** Rules whose finding is about a session cookie (titles "Session cookie ...", "Session ID ..."). */
const SESSION_RULES = new Set(['CK001', 'CK002', 'CK006', 'CK009', 'CK013', 'CK019', 'CK020', 'CK028', 'CK029']);

function jwtLayerOf(a: CookieAnalysis): JwtData | null {
  const layer = a.layers.find((l) => l.kind === 'jwt');
  return layer ? (layer.data as JwtData) : null;
}

describe('one story per cookie (property tests over generated jars)', () => {
  it('class, readability, data lives, holder, lesson and findings agree with each other and with the decoded value', () => {
    fc.assert(
      fc.property(jarArb, ({ subject, jar, page }) => {
        const result = analyzeJar({ pageUrl: page, cookies: jar, nowMs: NOW_MS });
        const a = result.cookies[0]?.analysis;
        if (!a) throw new Error('no analysis');
        const c = a.classification;
        const e = explainCookie(subject.name, a);
        const decode = decodeCookieValue(subject.name, subject.value, {
          nowMs: NOW_MS,
          siblingNames: new Set(jar.map((k) => k.name)),
        });

        // 1. A value that is the data itself is never a key to server-side data.
        if (valueIsData(decode)) {
          expect(c.class).not.toBe('session-id');
          expect(e.dataLives).not.toBe('server');
        }
        // 2. Readable or signed data lives in the browser.
        if (c.readability === 'readable' || c.readability === 'signed') expect(e.dataLives).toBe('browser');
        // 3. A session ID is an opaque key (or an encrypted wrapper around one); its data is on the server.
        if (c.class === 'session-id') {
          expect(['opaque', 'encrypted']).toContain(c.readability);
          expect(e.dataLives).toBe('server');
          expect(e.lesson).toMatch(/is only the key to your session/);
        }
        // 4. Client data and tokens carry the data; the lesson says so in the words of the readability.
        if (c.class === 'client-data' || c.class === 'auth-token') {
          expect(e.dataLives).not.toBe('server');
          expect(e.lesson).toMatch(/carries the data itself/);
        }
        expect(DATA_LIVES_WORDS[e.dataLives]).toBeTruthy();
        // 5. An unsecured JWT is never "signed", anywhere in what is shown.
        const jwt = jwtLayerOf(a);
        if (jwt && isUnsecuredJwt(jwt)) {
          expect(c.readability).toBe('readable');
          const words = [
            c.frameworkLabel ?? '',
            e.what,
            e.holderCan,
            e.lesson,
            READABILITY_WORDS[c.readability],
            ...c.evidence,
          ].join(' ');
          expect(words).not.toMatch(AFFIRMATIVE_SIGNED);
        }
        // 6. A vendor is either known (corroborated) or a possibility in the evidence, never both.
        const possibility = c.evidence.some((line) => / is also used by /.test(line));
        if (possibility) expect(c.known).toBeUndefined();
        // 7. Findings about a session cookie fire only on a cookie the analysis calls a session.
        for (const f of result.findings) {
          if (!SESSION_RULES.has(f.ruleId) || f.cookieName !== subject.name) continue;
          const sameCookie = result.cookies
            .filter((k) => k.cookie.name === subject.name)
            .map((k) => k.analysis.classification);
          for (const k of sameCookie) {
            const session =
              k.class === 'session-id' || k.class === 'auth-token' || (k.isAuth && k.framework !== undefined);
            expect(session, `${f.ruleId} on ${subject.name} (${k.class})`).toBe(true);
          }
        }
        // 8. The grade is the report's, computed from the same findings.
        expect(result.report.cookieCount).toBe(jar.length);
      }),
      { numRuns: 600 },
    );
  });
});

/**
 * Per-cookie framework fixes and the settings block: a fix names what controls its cookie, the block restates no
 * default (unless the cookie shows it overridden, and then says so), a __Host- name comes with what the prefix needs,
 * and two rules reporting the same missing attribute on one cookie make one finding.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import type { AnalyzedCookie } from '../../../../src/core/analysis-types.ts';
import type { Cookie, SameSite } from '../../../../src/core/cookie/model.ts';
import { FIX_FRAMEWORKS, REGISTRIES } from '../../../../src/core/frameworks/index.ts';
import type { CookieAttribute, SettingChange } from '../../../../src/core/frameworks/types.ts';
import { buildSiteReport } from '../../../../src/core/report/report.ts';
import { managedCookieOf } from '../../../../src/core/rules/advice.ts';
import { runRules } from '../../../../src/core/rules/engine.ts';
import { analyzed, CSRF, DAY_S, jwtLayer, NOW_MS, NOW_S, SESSION, TRACKING } from '../rules/helpers.ts';

const HTTPS = 'https://shop.example.com/';

function report(cookies: AnalyzedCookie[], pageUrl = HTTPS) {
  const findings = runRules({ pageUrl, cookies, nowMs: NOW_MS });
  return { findings, report: buildSiteReport({ pageUrl, cookies, findings }) };
}

const djangoSession = (over: Partial<Cookie> = {}) =>
  analyzed(
    { name: 'sessionid', secure: false, httpOnly: true, sameSite: 'lax', ...over },
    { ...SESSION, classification: { framework: 'django' } },
  );
const djangoCsrf = (over: Partial<Cookie> = {}) =>
  analyzed(
    {
      name: 'csrftoken',
      secure: false,
      httpOnly: false,
      sameSite: 'lax',
      session: false,
      expirationDate: NOW_S + 300 * DAY_S,
      ...over,
    },
    { ...CSRF, classification: { framework: 'django' } },
  );
const jwt = jwtLayer({ alg: 'HS256' }, { sub: '1' }, 'sig');
const accessToken = analyzed(
  { name: 'access_token', secure: true, httpOnly: false, sameSite: 'strict' },
  { class: 'auth-token', layers: [jwt] },
);
const cart = analyzed(
  { name: 'cart', secure: false, httpOnly: false, sameSite: 'unspecified' },
  { class: 'preference' },
);

/** Every setting key that controls a cookie the framework sets (its session, CSRF, messages ... cookies). */
function cookieControlKeys(fw: (typeof FIX_FRAMEWORKS)[number]): string[] {
  return REGISTRIES[fw].managed.flatMap((m) => [
    ...Object.values(m.controls).map((c) => c.key),
    ...(m.serverSide?.settings ?? []).map((x) => x.key),
  ]);
}

describe('a fix names what controls the cookie', () => {
  const { findings, report: r } = report([djangoSession(), djangoCsrf(), accessToken, cart]);
  const fixOf = (rule: string, name: string) => findings.find((f) => f.ruleId === rule && f.cookieName === name)?.fix;

  test('the session cookie gets SESSION_COOKIE_*, the CSRF cookie CSRF_COOKIE_*', () => {
    expect(fixOf('CK001', 'sessionid')?.frameworks.django).toContain('SESSION_COOKIE_SECURE = True');
    expect(fixOf('CK001', 'sessionid')?.frameworks.django).not.toContain('CSRF_');
    expect(fixOf('CK004', 'csrftoken')?.frameworks.django).toBe('CSRF_COOKIE_SECURE = True');
  });

  test('cookies the application sets get the call that sets them, with their own name and flags', () => {
    // The JWT keeps its Secure and SameSite=Strict and gains HttpOnly.
    expect(fixOf('CK026', 'access_token')?.frameworks.django).toBe(
      'response.set_cookie("access_token", value, secure=True, httponly=True, samesite="Strict")',
    );
    expect(fixOf('CK026', 'access_token')?.frameworks.express).toBe(
      "res.cookie('access_token', value, { secure: true, httpOnly: true, sameSite: 'strict' })",
    );
    expect(fixOf('CK003', 'cart')?.frameworks.django).toBe('response.set_cookie("cart", value, secure=True)');
    expect(fixOf('CK003', 'cart')?.frameworks.flask).toBe('response.set_cookie("cart", value, secure=True)');
    expect(fixOf('CK003', 'cart')?.frameworks.laravel).toContain("cookie(name: 'cart'");
    expect(fixOf('CK003', 'cart')?.frameworks.php).toBe("setcookie('cart', $value, ['secure' => true]);");
    expect(fixOf('CK003', 'cart')?.frameworks.aspnetcore).toContain(
      'Response.Cookies.Append("cart", value, new CookieOptions { Secure = true });',
    );
  });

  test('app-set cookies never bring settings into the block', () => {
    for (const name of ['access_token', 'cart']) {
      for (const f of findings.filter((x) => x.cookieName === name)) expect(f.fix.settings ?? {}).toEqual({});
    }
    expect(r.frameworkSettings?.lines).not.toContain('SESSION_COOKIE_HTTPONLY = True');
    expect(r.frameworkSettings?.lines.join('\n')).not.toMatch(/access_token|cart/);
  });

  test('property: a cookie no framework sets never brings a setting, whatever its attributes and the page', () => {
    const managedName = (n: string) =>
      FIX_FRAMEWORKS.some((fw) => managedCookieOf(REGISTRIES[fw], { cookie: { name: n } as Cookie }));
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9_.]{0,12}$/).filter((n) => !managedName(n)),
        fc.record({
          secure: fc.boolean(),
          httpOnly: fc.boolean(),
          hostOnly: fc.boolean(),
          session: fc.boolean(),
          sameSite: fc.constantFrom<SameSite>('lax', 'strict', 'no_restriction', 'unspecified'),
        }),
        fc.constantFrom(
          'session-id',
          'auth-token',
          'client-data',
          'preference',
          'unknown',
        ) as fc.Arbitrary<'session-id'>,
        fc.constantFrom(HTTPS, 'http://127.0.0.1:8000/', 'http://shop.example.com/'),
        (name, attrs, cls, pageUrl) => {
          const c = analyzed(
            {
              name,
              ...attrs,
              domain: attrs.hostOnly ? 'shop.example.com' : '.example.com',
              ...(attrs.session ? {} : { expirationDate: NOW_S + 60 * DAY_S }),
            },
            { class: cls, layers: [jwt] },
          );
          const findings = runRules({ pageUrl, cookies: [c], nowMs: NOW_MS });
          // Site-wide settings (HTTPS redirects) may appear; none of the settings that control a framework's cookies.
          for (const f of findings) {
            if (f.cookieName !== name) continue;
            for (const fw of FIX_FRAMEWORKS)
              for (const st of f.fix.settings?.[fw] ?? [])
                expect(cookieControlKeys(fw), `${f.ruleId} ${fw}`).not.toContain(st.key);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  test("a vendor's tracker gets no framework line", () => {
    const ga = analyzed({ name: '_ga', secure: false, httpOnly: false }, TRACKING);
    for (const f of report([djangoSession({ secure: true }), ga]).findings.filter((x) => x.cookieName === '_ga'))
      expect(f.fix.frameworks).toEqual({});
  });

  test("Django's messages cookie is controlled by the SESSION_COOKIE_* flags", () => {
    const messages = analyzed(
      { name: 'messages', secure: false, httpOnly: true },
      { class: 'client-data', classification: { framework: 'django', formatId: 'django-messages' } },
    );
    const { findings: fs } = report([djangoSession({ secure: true }), messages]);
    expect(fs.find((f) => f.cookieName === 'messages' && f.ruleId === 'CK003')?.fix.frameworks.django).toBe(
      'SESSION_COOKIE_SECURE = True',
    );
  });
});

describe('every framework: its own session cookie by its settings, any other cookie by the call that sets it', () => {
  const SESSIONS: Record<(typeof FIX_FRAMEWORKS)[number], [string, string]> = {
    django: ['sessionid', 'SESSION_COOKIE_NAME = "__Host-sessionid"'],
    express: ['connect.sid', "name: '__Host-connect.sid'"],
    flask: ['session', 'SESSION_COOKIE_NAME = "__Host-session"'],
    rails: ['_shop_session', 'key: "__Host-_shop_session"'],
    laravel: ['laravel_session', 'SESSION_COOKIE=__Host-laravel_session'],
    php: ['PHPSESSID', 'session.name = "__Host-PHPSESSID"'],
    spring: ['SESSION', 'server.servlet.session.cookie.name=__Host-SESSION'],
    java: ['JSESSIONID', '<name>__Host-JSESSIONID</name>'],
    aspnetcore: ['.AspNetCore.Session', 'options.Cookie.Name = "__Host-.AspNetCore.Session";'],
  };
  test.each(FIX_FRAMEWORKS.map((fw) => [fw, ...SESSIONS[fw]] as const))('%s: %s', (fw, name, renameLine) => {
    const session = analyzed(
      { name, secure: false, httpOnly: true, sameSite: 'lax' },
      { ...SESSION, classification: { framework: fw === 'java' ? 'java' : fw } },
    );
    const { report: r, findings } = report([session, cart]);
    expect(r.frameworkSettings?.framework).toBe(fw);
    const block = r.frameworkSettings?.lines.join('\n') ?? '';
    expect(block).toContain(renameLine);
    // The rename comes with the framework's own Secure setting.
    const secureKey = managedCookieOf(REGISTRIES[fw], { cookie: session.cookie })?.controls.secure?.key ?? 'missing';
    expect(block).toContain(secureKey.split('.').pop());
    expect(block).not.toMatch(/cart/);
    const cartFix = findings.find((f) => f.cookieName === 'cart' && f.ruleId === 'CK003')?.fix.frameworks[fw] ?? '';
    expect(cartFix).toMatch(/["']cart["']/);
  });
});

describe('the settings block is coherent and minimal', () => {
  test('a Django block: each line changes something, the __Host- names come with Secure', () => {
    const { report: r } = report([djangoSession({ session: false, expirationDate: NOW_S + 14 * DAY_S }), djangoCsrf()]);
    expect(r.frameworkSettings).toMatchObject({ framework: 'django', file: 'settings.py' });
    expect(r.frameworkSettings?.lines).toEqual([
      'SESSION_COOKIE_SECURE = True',
      'SECURE_SSL_REDIRECT = True',
      'SECURE_HSTS_SECONDS = 31536000',
      'CSRF_COOKIE_SECURE = True',
      'SESSION_COOKIE_NAME = "__Host-sessionid"',
      'SESSION_EXPIRE_AT_BROWSER_CLOSE = True',
      'CSRF_COOKIE_NAME = "__Host-csrftoken"',
    ]);
  });

  test('a default is restated only when the cookie shows it overridden, and says so', () => {
    const { report: r } = report([
      djangoSession({ secure: true, httpOnly: false, sameSite: 'unspecified', name: '__Host-sessionid' }),
    ]);
    expect(r.frameworkSettings?.lines).toEqual([
      "SESSION_COOKIE_HTTPONLY = True  # the default; this site's __Host-sessionid cookie shows it is overridden",
      'SESSION_COOKIE_SAMESITE = "Lax"  # the default; this site\'s __Host-sessionid cookie shows it is overridden',
    ]);
    // A well-configured Django session: nothing to paste.
    expect(report([djangoSession({ secure: true, name: '__Host-sessionid' })]).report.frameworkSettings?.lines).toEqual(
      [],
    );
  });

  test('express-session on http: no Secure and no __Host- name (it would not send the cookie), and why', () => {
    const sid = analyzed(
      { name: 'connect.sid', secure: false, httpOnly: false, sameSite: 'unspecified' },
      { ...SESSION, classification: { framework: 'express', formatId: 'express-session' } },
    );
    const { report: http, findings } = report([sid], 'http://127.0.0.1:3000/');
    expect(http.frameworkSettings?.lines).toEqual([
      '// express-session: set these in app.use(session({ ... })), merged into your options',
      "  cookie: { httpOnly: true /* the default; this site's connect.sid cookie shows it is overridden */, sameSite: 'lax' },",
    ]);
    expect(http.frameworkSettings?.options).toEqual({ session: { cookie: { httpOnly: true, sameSite: 'lax' } } });
    expect(findings.find((f) => f.ruleId === 'CK030')?.fix.frameworks.express).toMatch(
      /does not send a Secure cookie over http/,
    );
    const { report: https } = report([sid], 'https://shop.example.com/');
    expect(https.frameworkSettings?.options).toEqual({
      session: { name: '__Host-connect.sid', cookie: { secure: true, httpOnly: true, sameSite: 'lax' } },
    });
  });

  test('on a plain-http site (not loopback) no Secure and no __Host- name: the browser would refuse the cookie', () => {
    const { report: r, findings } = report([djangoSession(), djangoCsrf()], 'http://shop.example.com/');
    expect(r.frameworkSettings?.lines.join('\n')).not.toMatch(/SECURE = True|__Host-/);
    expect(findings.find((f) => f.ruleId === 'CK030' && f.cookieName === 'sessionid')?.fix.frameworks.django).toMatch(
      /^# Secure and a __Host- name need HTTPS/,
    );
    // Loopback is a secure context: there the rename comes with Secure.
    expect(report([djangoSession()], 'http://127.0.0.1:8000/').report.frameworkSettings?.lines).toEqual([
      'SESSION_COOKIE_NAME = "__Host-sessionid"',
      'SESSION_COOKIE_SECURE = True',
    ]);
  });

  /** The managed cookie after the block is applied, by the registry's own controls (what the framework would send). */
  function applied(c: Cookie, framework: keyof typeof REGISTRIES, settings: readonly SettingChange[]): Cookie {
    const m = managedCookieOf(REGISTRIES[framework], { cookie: c });
    if (!m) return c;
    const next = { ...c };
    for (const [attr, control] of Object.entries(m.controls) as [
      CookieAttribute,
      NonNullable<(typeof m.controls)[CookieAttribute]>,
    ][]) {
      const s = settings.find((x) => x.key === control.key && x.group === m.group);
      if (!s) continue;
      if (attr === 'name') next.name = String(s.value);
      if (attr === 'secure')
        next.secure =
          s.value === control.encode(true as never) ||
          JSON.stringify(s.value) === JSON.stringify(control.encode(true as never));
      if (attr === 'httpOnly')
        next.httpOnly = JSON.stringify(s.value) === JSON.stringify(control.encode(true as never));
      if (attr === 'path') next.path = '/';
      if (attr === 'domain') next.hostOnly = true;
      if (attr === 'sameSite') next.sameSite = 'lax';
      if (attr === 'persistent') next.session = true;
    }
    return next;
  }

  const SAMESITES: SameSite[] = ['lax', 'strict', 'no_restriction', 'unspecified'];
  const managedCookie = fc.record({
    framework: fc.constantFrom(...FIX_FRAMEWORKS),
    pick: fc.nat(),
    secure: fc.boolean(),
    httpOnly: fc.boolean(),
    hostOnly: fc.boolean(),
    sameSite: fc.constantFrom(...SAMESITES),
    path: fc.constantFrom('/', '/app'),
    persistent: fc.boolean(),
    https: fc.boolean(),
  });

  test('property: every block is a set of distinct settings, restates no default silently, and honours the __Host- prefix', () => {
    fc.assert(
      fc.property(managedCookie, (p) => {
        const reg = REGISTRIES[p.framework];
        const m = reg.managed[p.pick % reg.managed.length];
        const first = m?.names.find((n): n is string => typeof n === 'string') ?? 'x_session';
        const c = analyzed(
          {
            name: first,
            secure: p.secure,
            httpOnly: p.httpOnly,
            hostOnly: p.hostOnly,
            domain: p.hostOnly ? 'shop.example.com' : '.example.com',
            sameSite: p.sameSite,
            path: p.path,
            session: !p.persistent,
            ...(p.persistent ? { expirationDate: NOW_S + 40 * DAY_S } : {}),
          },
          m?.role === 'csrf' ? CSRF : SESSION,
        );
        const pageUrl = p.https ? HTTPS : 'http://127.0.0.1:8000/';
        const findings = runRules({ pageUrl, cookies: [c], nowMs: NOW_MS });
        const settings = findings.flatMap((f) => f.fix.settings?.[p.framework] ?? []);
        const block = buildSiteReport({ pageUrl, cookies: [c], findings });
        if (block.frameworkSettings?.framework !== p.framework) return;
        // Distinct keys: no two lines contradict each other.
        const keys = new Set<string>();
        for (const s of settings) {
          const same = settings.filter((x) => x.key === s.key && x.group === s.group);
          expect(new Set(same.map((x) => JSON.stringify(x.value))).size).toBe(1);
          keys.add(`${s.group}/${s.key}`);
        }
        // A default is written only with the note saying the cookie shows it overridden.
        for (const s of settings) {
          const control = m && Object.values(m.controls).find((x) => x.key === s.key);
          if (control && JSON.stringify(control.default) === JSON.stringify(s.value))
            expect(s.note).toMatch(/overridden/);
        }
        // After the block: a __Host- name only with Secure, Path=/ and no Domain.
        const after = applied(c.cookie, p.framework, settings);
        if (after.name.startsWith('__Host-')) {
          expect(after.secure).toBe(true);
          expect(after.path).toBe('/');
          expect(after.hostOnly).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('one finding per problem', () => {
  test('a readable JWT is one finding (CK026, at the worse severity), counted once in the grade', () => {
    const { findings, report: r } = report([accessToken]);
    const httpOnly = findings.filter(
      (f) => f.cookieName === 'access_token' && (f.ruleId === 'CK006' || f.ruleId === 'CK026'),
    );
    expect(httpOnly.map((f) => [f.ruleId, f.severity])).toEqual([['CK026', 'high']]);
    expect(httpOnly[0]?.detail).toContain('Also reported by CK006');
    expect(r.deductions.map((d) => d.ruleId)).not.toContain('CK006');
    expect(r.deductions.find((d) => d.ruleId === 'CK026')?.points).toBe(30);
  });

  test('a muted specific finding gives way to the general one', () => {
    const findings = runRules({
      pageUrl: HTTPS,
      cookies: [accessToken],
      nowMs: NOW_MS,
      muted: { rules: ['CK026'], cookies: [] },
    });
    expect(
      findings.filter((f) => f.cookieName === 'access_token' && /CK0(06|26)/.test(f.ruleId)).map((f) => f.ruleId),
    ).toEqual(['CK006']);
  });

  test('property: no two findings report the same missing attribute on one cookie', () => {
    fc.assert(
      fc.property(
        fc.record({
          secure: fc.boolean(),
          httpOnly: fc.boolean(),
          sameSite: fc.constantFrom<SameSite>('lax', 'unspecified', 'no_restriction'),
          cls: fc.constantFrom(
            'session-id',
            'auth-token',
            'csrf',
            'preference',
            'unknown',
          ) as fc.Arbitrary<'session-id'>,
          jwt: fc.boolean(),
        }),
        (p) => {
          const c = analyzed(
            { name: 'tok', secure: p.secure, httpOnly: p.httpOnly, sameSite: p.sameSite },
            { class: p.cls, layers: p.jwt ? [jwt] : [] },
          );
          const findings = runRules({ pageUrl: HTTPS, cookies: [c], nowMs: NOW_MS });
          const seen = new Set<string>();
          for (const f of findings) {
            const attr = {
              CK001: 'Secure',
              CK003: 'Secure',
              CK004: 'Secure',
              CK006: 'HttpOnly',
              CK007: 'HttpOnly',
              CK008: 'HttpOnly',
              CK026: 'HttpOnly',
              CK010: 'SameSite',
              CK011: 'SameSite',
            }[f.ruleId];
            if (!attr) continue;
            expect(seen.has(attr)).toBe(false);
            seen.add(attr);
          }
        },
      ),
    );
  });
});

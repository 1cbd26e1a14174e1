import { describe, expect, test } from 'vitest';

import { exportCurl } from '../../../../src/core/formats/curl.ts';
import { detectFormat } from '../../../../src/core/formats/detect.ts';
import { exportHeader, parseHeader } from '../../../../src/core/formats/header.ts';
import { parseCookieFile } from '../../../../src/core/formats/parse-file.ts';
import { parseSetCookieLines } from '../../../../src/core/formats/set-cookie.ts';
import { shellQuote } from '../../../../src/core/formats/shell-quote.ts';
import { cookie } from '../../../fixtures/cookies.ts';

const NOW = Date.UTC(2026, 0, 1);
const nowS = NOW / 1000;

describe('Cookie header', () => {
  const jar = [
    cookie({ name: 'a', value: '1', domain: 'www.example.com', path: '/' }),
    cookie({ name: 'deep', value: '2', domain: '.example.com', hostOnly: false, path: '/app' }),
    cookie({ name: 'sec', value: '3', domain: 'www.example.com', secure: true }),
    cookie({ name: 'other', value: '4', domain: 'api.example.com' }),
  ];

  test('with a URL: only what a browser sends, longest path first', () => {
    const r = exportHeader(jar, { url: 'http://www.example.com/app/x' });
    expect(r.text).toBe('deep=2; a=1');
    expect(r.notes[0]).toMatch(/2 cookie\(s\) left out/);
    expect(exportHeader(jar, { url: 'https://www.example.com/' }).text).toBe('a=1; sec=3');
  });

  test('without a URL: every cookie; values that would break the header are left out', () => {
    expect(exportHeader([...jar, cookie({ name: 'x', value: 'a;b' })]).text).toBe('a=1; deep=2; sec=3; other=4');
  });

  test('import needs the page URL and builds host-only session cookies', () => {
    expect(parseHeader('a=1')).toMatchObject({ error: { field: 'url' } });
    const r = parseHeader('Cookie: a=1; b=x=y;  ;nameless', { url: 'https://www.example.com/p' });
    if ('error' in r) throw new Error(r.error.message);
    expect(r.cookies.map((c) => [c.name, c.value, c.domain, c.hostOnly, c.path, c.secure, c.session])).toEqual([
      ['a', '1', 'www.example.com', true, '/', true, true],
      ['b', 'x=y', 'www.example.com', true, '/', true, true],
      ['', 'nameless', 'www.example.com', true, '/', true, true],
    ]);
  });
});

describe('curl command', () => {
  test('quotes hostile values so they stay data', () => {
    expect(shellQuote(`it's $(rm -rf /) \`id\``)).toBe(`'it'\\''s $(rm -rf /) \`id\`'`);
    const r = exportCurl([cookie({ name: 'q', value: `it's` }), cookie({ name: 'b', value: '2' })], {
      url: 'http://example.com/a b',
    });
    expect(r.text).toBe(`curl --cookie 'q=it'\\''s; b=2' 'http://example.com/a%20b'`);
  });

  test('no cookies for the URL: no --cookie argument (curl would read it as a file name)', () => {
    expect(exportCurl([cookie({ domain: 'other.com' })], { url: 'https://example.com/' }).text).toBe(
      `curl 'https://example.com/'`,
    );
  });

  test('a bad URL gives an empty command and a note', () => {
    expect(exportCurl([], { url: 'javascript:alert(1)' })).toEqual({
      text: '',
      notes: ['curl export needs an http or https URL'],
    });
  });
});

describe('Set-Cookie lines', () => {
  const url = 'https://www.example.com/app/login';

  test('the cookie Chrome would store: host-only, default-path, Max-Age over Expires, 400-day cap, Partitioned', () => {
    const r = parseSetCookieLines(
      [
        'Set-Cookie: sid=abc; HttpOnly; Secure; SameSite=Lax',
        'pref=dark; Domain=.example.com; Path=/; Max-Age=60; Expires=Wed, 01 Jan 2020 00:00:00 GMT',
        'long=1; Path=/; Expires=Fri, 01 Jan 2100 00:00:00 GMT; SameSite=None; Secure',
        '__Host-chips=1; Path=/; Secure; Partitioned; SameSite=None',
        'constructor=ok; path=relative',
      ].join('\r\n'),
      { url, now: NOW },
    );
    if ('error' in r) throw new Error(r.error.message);
    const [sid, pref, long, chips, ctor] = r.cookies;
    expect(sid).toEqual({
      name: 'sid',
      value: 'abc',
      domain: 'www.example.com',
      hostOnly: true,
      path: '/app',
      secure: true,
      httpOnly: true,
      sameSite: 'lax',
      session: true,
      storeId: '0',
    });
    expect(pref).toMatchObject({
      domain: '.example.com',
      hostOnly: false,
      path: '/',
      expirationDate: nowS + 60,
      sameSite: 'unspecified',
    });
    expect(long).toMatchObject({ expirationDate: nowS + 400 * 86400, sameSite: 'no_restriction' });
    expect(chips?.partitionKey).toEqual({ topLevelSite: 'https://example.com', hasCrossSiteAncestor: false });
    expect(ctor).toMatchObject({ name: 'constructor', value: 'ok', path: '/app' });
  });

  test('expired lines are skipped with a note; refused ones are errors naming the line', () => {
    const r = parseSetCookieLines('a=1\nold=1; Max-Age=0', { url, now: NOW });
    expect('error' in r ? null : r.notes[0]).toMatch(/line 2: "old" is already expired/);
    expect(parseSetCookieLines('a=1\nb=2; Domain=evil.com', { url, now: NOW })).toMatchObject({
      error: { line: 2, field: 'Domain' },
    });
    expect(parseSetCookieLines('s=1; Secure', { url: 'http://www.example.com/', now: NOW })).toMatchObject({
      error: { line: 1, field: 'Secure' },
    });
    expect(parseSetCookieLines('a=1', {})).toMatchObject({ error: { field: 'url' } });
  });

  test('a line without name=value is named as the fault, like classify and audit do', () => {
    expect(parseSetCookieLines('a=1\nnot a cookie line\nb=2', { url, now: NOW })).toMatchObject({
      error: { line: 2, message: expect.stringContaining('not a Set-Cookie line') },
    });
  });
});

describe('detectFormat', () => {
  test.each([
    ['[{"name":"a"}]', 'json'],
    ['# Netscape HTTP Cookie File\n', 'netscape'],
    ['.example.com\tTRUE\t/\tFALSE\t0\ta\tb', 'netscape'],
    ['#HttpOnly_example.com\tFALSE\t/\tFALSE\t0\ta\tb', 'netscape'],
    ['Set-Cookie: a=1', 'set-cookie'],
    ['a=1; Path=/; HttpOnly', 'set-cookie'],
    ['a=1\nb=2', 'set-cookie'],
    ['Cookie: a=1; b=2', 'header'],
    ['a=1; b=2', 'header'],
    ['hello world', null],
    ['   ', null],
  ])('%j → %s', (text, format) => {
    const d = detectFormat(text);
    expect(d.format).toBe(format);
    expect(d.reason.length).toBeGreaterThan(0);
  });

  test('parseCookieFile reports the detected format and the parser error', () => {
    expect(parseCookieFile('# Netscape HTTP Cookie File\nbad line')).toMatchObject({
      format: 'netscape',
      error: { line: 2 },
    });
    expect(parseCookieFile('a=1; b=2', { url: 'https://x.test/' })).toMatchObject({
      format: 'header',
      cookies: [{ name: 'a' }, { name: 'b' }],
    });
  });
});

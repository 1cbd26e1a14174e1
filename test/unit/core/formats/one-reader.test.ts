/**
 * Issue 13: one way in. The panel's Import, `classify`, `audit` and `convert` read through `readCookieInput`, so the
 * regressions here are the reader's: a Cookie header whose later cookies are named like Set-Cookie attributes, UTF-16
 * and binary files, strictly typed JSON flags with line and field, and round trips through format detection (the
 * path users take) that lose exactly what the README says each format loses.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../../src/core/cookie/model.ts';
import { detectFormat, isSetCookieLine } from '../../../../src/core/formats/detect.ts';
import { exportHeader } from '../../../../src/core/formats/header.ts';
import { decodeInputBytes } from '../../../../src/core/formats/input-limits.ts';
import { exportJson } from '../../../../src/core/formats/json.ts';
import { exportNetscape } from '../../../../src/core/formats/netscape.ts';
import { readCookieInput } from '../../../../src/core/formats/parse-file.ts';
import { describeFormatError } from '../../../../src/core/formats/types.ts';
import { cookiesArb, headerCookie, nameArb, valueArb } from '../../../fixtures/cookie-arbitrary.ts';

const URL_ = 'https://app.example.com/';
const ATTRIBUTE_NAMES = [
  'secure',
  'path',
  'domain',
  'expires',
  'max-age',
  'httponly',
  'samesite',
  'partitioned',
  'priority',
];

/** An attribute name in any case: "secure", "SECURE", "sEcUrE". */
const attributeNameArb = fc
  .tuple(fc.constantFrom(...ATTRIBUTE_NAMES), fc.array(fc.boolean(), { minLength: 11, maxLength: 11 }))
  .map(([n, upper]) => [...n].map((ch, i) => (upper[i] ? ch.toUpperCase() : ch)).join(''));
/** Values an attribute could also hold, so the ambiguous text is generated too. */
const attributeValueArb = fc.constantFrom(
  '/',
  '/a',
  '1',
  '3600',
  'Lax',
  'none',
  'High',
  'example.com',
  'Wed, 21 Oct 2026 07:28:00 GMT',
  'true',
);

function ok(r: ReturnType<typeof readCookieInput>): Cookie[] {
  if ('error' in r) throw new Error(describeFormatError(r.error));
  return r.cookies;
}

describe('format detection: a Cookie header unless a part can only be a Set-Cookie attribute', () => {
  test.each([
    ['session=abc; secure=1; theme=dark', false],
    ['session=abc; Secure=1', false],
    ['session=abc; path=x; theme=dark', false],
    ['session=abc; SameSite=sometimes', false],
    ['session=abc; Secure', true],
    ['session=abc; theme=dark; HTTPONLY', true],
    ['id=1; Path=/; Max-Age=60', true],
    ['id=1; Expires=Wed, 21 Oct 2026 07:28:00 GMT; SameSite=Lax', true],
    ['id=1; Domain=.example.com', true],
    ['id=1; Priority=High; Partitioned', true],
    ['a=1', false],
  ])('%s → Set-Cookie %s', (line, setCookie) => {
    expect(isSetCookieLine(line)).toBe(setCookie);
    expect(detectFormat(line).format).toBe(setCookie ? 'set-cookie' : 'header');
  });

  test('the reported case: "session=abc; secure=1; theme=dark" is three cookies, none of them Secure by accident', () => {
    const r = readCookieInput('session=abc; secure=1; theme=dark', { url: URL_ });
    expect(r).toMatchObject({ format: 'header' });
    expect(ok(r).map((c) => [c.name, c.value])).toEqual([
      ['session', 'abc'],
      ['secure', '1'],
      ['theme', 'dark'],
    ]);
  });
});

describe('encoding and size: one policy for bytes and text', () => {
  const utf16le = (s: string, bom: boolean) =>
    new Uint8Array([...(bom ? [0xff, 0xfe] : []), ...Buffer.from(s, 'utf16le')]);
  test.each([
    ['UTF-16LE with a byte-order mark', utf16le('[{"name":"a","value":"1","domain":"x.com"}]', true)],
    ['UTF-16LE without one', utf16le('a=1; b=2', false)],
    ['UTF-16BE with a byte-order mark', new Uint8Array([0xfe, 0xff, ...Buffer.from('a=1; b=2', 'utf16le').swap16()])],
  ])('%s is one clear error, not cookies', (_label, bytes) => {
    const r = readCookieInput(bytes, { url: URL_ });
    expect('error' in r && describeFormatError(r.error)).toMatch(
      /^line 1: the input is UTF-16 text, not UTF-8: save it as UTF-8/,
    );
  });

  test('UTF-16 text already decoded as UTF-8 (a paste, a test double) is caught too', () => {
    const text = Buffer.from('a=1; b=2', 'utf16le').toString('latin1');
    const r = readCookieInput(text, { url: URL_ });
    expect('error' in r && r.error.message).toMatch(/UTF-16/);
  });

  test('bytes that are not UTF-8 name their line; a UTF-8 byte-order mark is dropped', () => {
    const bad = new Uint8Array([...Buffer.from('# Netscape HTTP Cookie File\n'), 0xe9, 0x0a]);
    expect(decodeInputBytes(bad)).toEqual({ error: { message: expect.stringMatching(/not UTF-8 text/), line: 2 } });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('a=1; b=2')]);
    expect(ok(readCookieInput(bom, { url: URL_ })).map((c) => c.name)).toEqual(['a', 'b']);
  });

  test('more than 5 MiB is refused before parsing, as bytes or as text', () => {
    const big = `a=${'x'.repeat(5 * 1024 * 1024)}`;
    expect(readCookieInput(big, { url: URL_ })).toMatchObject({
      error: { message: expect.stringMatching(/limit is 5242880/) },
    });
    expect(readCookieInput(new Uint8Array(21 * 1024 * 1024).fill(0x61), { url: URL_ })).toMatchObject({
      error: { message: expect.stringMatching(/limit/) },
    });
  });
});

describe('strict JSON fields: the error names the line and the field', () => {
  test.each([
    ['"secure": "true"', 'secure', /"secure" must be true or false \(a JSON boolean\), not the string "true"/],
    ['"httpOnly": 1', 'httpOnly', /"httpOnly" must be true or false \(a JSON boolean\), not number/],
    ['"session": "false"', 'session', /"session" must be true or false/],
    ['"path": ["a"]', 'path', /"path" must be a string, not an array/],
  ])('%s', (field, key, message) => {
    const text = `[\n  {"name": "ok", "value": "1", "domain": "x.com"},\n  {"name": "b", "value": "2",\n   "domain": "x.com",\n   ${field}}\n]`;
    const r = readCookieInput(text, { url: URL_ });
    expect('error' in r && r.error).toMatchObject({
      line: 5,
      field: `[1].${key}`,
      message: expect.stringMatching(message),
    });
    if ('error' in r)
      expect(describeFormatError(r.error)).toMatch(new RegExp(`^line 5, field \\[1\\]\\.${key}: cookie #2: `));
  });

  test('a field error under a {"cookies": [...]} wrapper names the cookie\'s line', () => {
    const text =
      '{"version": 1,\n "cookies": [\n  {"name": "a", "value": "1", "domain": "x.com"},\n  {"name": "b", "value": "2", "domain": "x.com", "sameSite": "sometimes"}\n ]}';
    expect(readCookieInput(text)).toMatchObject({ error: { line: 4, field: '[1].sameSite' } });
  });

  test("a missing domain is the page's host when the page is known (classify's old default), an error otherwise", () => {
    expect(ok(readCookieInput('[{"name": "a", "value": "1"}]', { url: URL_ }))).toMatchObject([
      { domain: 'app.example.com', hostOnly: true },
    ]);
    expect(readCookieInput('[{"name": "a", "value": "1"}]')).toMatchObject({ error: { field: '[0].domain', line: 1 } });
  });
});

describe('round trips through format detection lose exactly what the README says', () => {
  test('JSON: every attribute', () => {
    fc.assert(
      fc.property(cookiesArb, (cookies) => {
        expect(ok(readCookieInput(exportJson(cookies).text))).toEqual(cookies);
      }),
      { numRuns: 200 },
    );
  });

  test('cookies.txt: all but SameSite, the partition key and the sub-second expiry, attribute-like names included', () => {
    const named = cookiesArb.chain((cs) =>
      fc
        .array(attributeNameArb, { minLength: cs.length, maxLength: cs.length })
        .map((ns) => cs.map((c, i) => (i % 2 ? { ...c, name: ns[i] ?? c.name } : c))),
    );
    fc.assert(
      fc.property(
        named.filter((cs) => cs.length > 0),
        (cookies) => {
          const back = ok(readCookieInput(exportNetscape(cookies).text));
          expect(back).toEqual(
            cookies.map(({ partitionKey: _pk, expirationDate, ...rest }): Cookie => ({
              ...rest,
              sameSite: 'unspecified',
              storeId: '0',
              ...(expirationDate !== undefined ? { expirationDate: Math.floor(expirationDate) } : {}),
            })),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  test('Cookie header: names and values, with attribute-like names in any case; the one ambiguous text is said on export', () => {
    const pairArb = fc
      .record({ name: fc.oneof(nameArb, attributeNameArb), value: fc.oneof(valueArb, attributeValueArb) })
      .filter((p) => p.name !== '' || p.value !== '');
    fc.assert(
      fc.property(fc.array(pairArb, { minLength: 1, maxLength: 8 }), (pairs) => {
        const cookies = pairs.map(headerCookie);
        // The table's stated loss: a nameless cookie whose value holds "=" is left out, with a note.
        const kept = cookies.filter((c) => !(c.name === '' && c.value.includes('=')));
        fc.pre(kept.some((c) => c.name !== ''));
        const out = exportHeader(cookies);
        if (kept.length < cookies.length) expect(out.notes.join(' ')).toMatch(/nameless cookie/);
        const ambiguous = out.notes.some((n) => /looks like one Set-Cookie line/.test(n));
        // Every cookie after the first named like an attribute and holding that attribute's kind of value: the
        // README's stated loss; the export says so, and reading it as a Cookie header restores it.
        expect(ambiguous).toBe(isSetCookieLine(out.text));
        const back = readCookieInput(out.text, { url: URL_ }, ambiguous ? 'header' : undefined);
        expect(ok(back)).toEqual(kept);
      }),
      { numRuns: 500 },
    );
  });

  test('the stated loss, by example: "a=1; Path=/" exported as a header says it reads back as Set-Cookie', () => {
    const jar = [
      ['a', '1'],
      ['Path', '/'],
    ].map(([name, value]) => headerCookie({ name: name ?? '', value: value ?? '' }));
    const out = exportHeader(jar);
    expect(out.text).toBe('a=1; Path=/');
    expect(out.notes[0]).toMatch(/read back, this text looks like one Set-Cookie line/);
    expect(readCookieInput(out.text, { url: URL_ })).toMatchObject({ format: 'set-cookie' });
    expect(ok(readCookieInput(out.text, { url: URL_ }, 'header'))).toEqual(jar);
  });
  test('a header whose first cookie starts with "{" (the counterexample fast-check found) reads back as a header', () => {
    const jar = [
      ['', '{'],
      ['.', '/'],
    ].map(([name, value]) => headerCookie({ name: name ?? '', value: value ?? '' }));
    const out = exportHeader(jar);
    expect(out.text).toBe('Cookie: {; .=/');
    expect(out.notes.join(' ')).toMatch(/would read back as JSON/);
    expect(readCookieInput(out.text, { url: URL_ })).toMatchObject({ format: 'header' });
    expect(ok(readCookieInput(out.text, { url: URL_ }))).toEqual(jar);
  });
});

describe('exports never write what the import refuses', () => {
  test('cookies.txt leaves out a cookie with a control character, with a note; the rest reads back', () => {
    const base: Cookie = {
      name: 'ok',
      value: '1',
      domain: 'example.com',
      hostOnly: true,
      path: '/',
      secure: false,
      httpOnly: false,
      sameSite: 'unspecified',
      session: true,
      storeId: '0',
    };
    const out = exportNetscape([base, { ...base, name: '\u001b[2Jevil' }]);
    expect(out.text).not.toContain('\u001b');
    expect(out.notes.join(' ')).toMatch(/1 cookie\(s\) left out: a tab, line break or other control character/);
    expect(ok(readCookieInput(out.text))).toEqual([base]);
  });
});

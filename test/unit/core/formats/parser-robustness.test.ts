/**
 * Hostile and malformed input: every importer returns a clear error or valid cookies, and never throws.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { IMPORT_FORMATS, importerOf } from '../../../../src/core/formats/index.ts';
import { exportJson } from '../../../../src/core/formats/json.ts';
import { exportNetscape } from '../../../../src/core/formats/netscape.ts';
import { parseCookieFile } from '../../../../src/core/formats/parse-file.ts';
import type { ParseResult } from '../../../../src/core/formats/types.ts';
import { cookiesArb } from '../../../fixtures/cookie-arbitrary.ts';

const ctx = { url: 'https://www.example.com/app/page', now: Date.UTC(2026, 0, 1) };
const formats = IMPORT_FORMATS;

function assertWellFormed(r: ParseResult | ReturnType<typeof parseCookieFile>): void {
  if ('error' in r) {
    expect(typeof r.error.message).toBe('string');
    expect(r.error.message.length).toBeGreaterThan(0);
    if (r.error.line !== undefined) expect(Number.isInteger(r.error.line) && r.error.line >= 1).toBe(true);
    return;
  }
  for (const c of r.cookies) {
    expect(typeof c.name).toBe('string');
    expect(typeof c.value).toBe('string');
    expect(c.domain.replace(/^\./, '').length).toBeGreaterThan(0);
    expect(c.domain.startsWith('.')).toBe(!c.hostOnly);
    expect(typeof c.secure).toBe('boolean');
    expect(typeof c.httpOnly).toBe('boolean');
    expect(['no_restriction', 'lax', 'strict', 'unspecified']).toContain(c.sameSite);
    expect(c.session).toBe(c.expirationDate === undefined);
    if (c.expirationDate !== undefined) expect(Number.isFinite(c.expirationDate)).toBe(true);
    expect(Object.getPrototypeOf(c)).toBe(Object.prototype);
  }
}

/** A valid file with random insertions, deletions and replacements. */
const mutated = (base: fc.Arbitrary<string>) =>
  fc
    .tuple(
      base,
      fc.array(
        fc.tuple(
          fc.nat(),
          fc.nat({ max: 3 }),
          fc.string({
            unit: fc.constantFrom('\t', '\n', '\r', '"', ',', '[', '{', '}', ';', '=', '#', 'TRUE', 'x', '\u0000', '9'),
            maxLength: 4,
          }),
        ),
        { maxLength: 6 },
      ),
    )
    .map(([text, edits]) =>
      edits.reduce((t, [at, del, ins]) => {
        const i = t.length === 0 ? 0 : at % (t.length + 1);
        return t.slice(0, i) + ins + t.slice(i + del);
      }, text),
    );

describe('parser robustness', () => {
  test.each(formats)('%s: random strings never throw', (format) => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) =>
        assertWellFormed(importerOf(format).importer.read(s, ctx)),
      ),
      { numRuns: 500 },
    );
  });

  test.each(formats)('%s: mutated JSON and cookies.txt never throw', (format) => {
    const files = fc.oneof(
      cookiesArb.map((cs) => exportJson(cs).text),
      cookiesArb.map((cs) => exportNetscape(cs).text),
    );
    fc.assert(
      fc.property(mutated(files), (s) => assertWellFormed(importerOf(format).importer.read(s, ctx))),
      { numRuns: 300 },
    );
  });

  test('auto-detection over random and mutated input never throws', () => {
    const files = fc.oneof(
      fc.string({ unit: 'binary' }),
      mutated(cookiesArb.map((cs) => exportJson(cs).text)),
      mutated(cookiesArb.map((cs) => exportNetscape(cs).text)),
    );
    fc.assert(
      fc.property(files, (s) => assertWellFormed(parseCookieFile(s, ctx))),
      { numRuns: 500 },
    );
  });

  test('huge input is refused before parsing', () => {
    const r = parseCookieFile('['.padEnd(6 * 1024 * 1024, ' '), ctx);
    expect('error' in r && r.error.message).toMatch(/limit/);
  });

  test('binary input is refused with the line of the first NUL', () => {
    const r = parseCookieFile('# Netscape HTTP Cookie File\n\u0000\u0001\u0002', ctx);
    expect('error' in r && r.error).toMatchObject({ line: 2, message: expect.stringMatching(/binary/) });
  });

  test('deeply nested JSON is an error, not a crash', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    const r = parseCookieFile(deep, ctx);
    expect('error' in r).toBe(true);
  });

  test('prototype-pollution keys neither pollute nor become cookie fields', () => {
    const text =
      '[{"__proto__": {"polluted": true, "secure": true}, "constructor": {"prototype": {"x": 1}}, "name": "a", "value": "1", "domain": "example.com"}]';
    const r = parseCookieFile(text, ctx);
    if ('error' in r) throw new Error(r.error.message);
    expect(r.cookies[0]).toMatchObject({ name: 'a', secure: false });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(r.cookies[0] ?? {})).not.toContain('__proto__');
  });
});

import { deflateSync } from 'node:zlib';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { analyzeCookie } from '../../../../src/core/analyze.ts';
import { decodeBase64 } from '../../../../src/core/decode/base64.ts';
import { parseJsonContainer } from '../../../../src/core/decode/json.ts';
import { inflateCapped, MAX_INFLATED_BYTES } from '../../../../src/core/decode/zlib.ts';
import { cookie, NOW_MS } from '../helpers.ts';

const NAMES = [
  'sessionid',
  'session',
  'connect.sid',
  'messages',
  'token',
  'x',
  '_ga',
  'PHPSESSID',
  'remember_token',
  '.AspNetCore.Cookies',
  '__Secure-authjs.session-token',
];

describe('hostile values never throw and never hang', () => {
  it('arbitrary strings under every interesting name', () => {
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), fc.string({ maxLength: 600, unit: 'binary' }), (name, value) => {
        const a = analyzeCookie(cookie(name, value), 'https://app.example.com/', NOW_MS);
        expect(typeof a.classification.class).toBe('string');
      }),
      { numRuns: 400 },
    );
  });

  it('format-shaped noise (dots, colons, dashes in base64 alphabets)', () => {
    const shaped = fc.stringMatching(/^\.?[A-Za-z0-9_-]{1,60}[.:][A-Za-z0-9_-]{1,10}[.:][A-Za-z0-9_-]{0,90}$/);
    fc.assert(
      fc.property(fc.constantFrom(...NAMES), shaped, (name, value) => {
        expect(() => analyzeCookie(cookie(name, value), 'https://app.example.com/', NOW_MS)).not.toThrow();
      }),
      { numRuns: 400 },
    );
  });

  it.each([
    ['HTML/script', '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>'],
    ['4 KB of base64', 'QUFB'.repeat(1024)],
    [
      '4 KB of random-looking text',
      Array.from({ length: 4096 }, (_, i) => String.fromCharCode(33 + ((i * 7919) % 90))).join(''),
    ],
    ['odd bytes', '\u0000\u0001\uffff\ud800%E0%A4%A'],
    ['invalid base64 lengths', 'eyJhbGciOiJIUzI1NiJ9x.eyJ.'],
    ['deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`],
    ['deeply nested base64 JSON', Buffer.from(`${'{"a":'.repeat(2000)}1${'}'.repeat(2000)}`).toString('base64')],
    ['broken JWT header', 'eyJub3QganNvbg.eyJzdWIiOjF9.sig'],
  ])('%s', (_label, value) => {
    const start = performance.now();
    const a = analyzeCookie(cookie('session', value), 'https://app.example.com/', NOW_MS);
    expect(performance.now() - start).toBeLessThan(200);
    for (const l of a.layers) expect(typeof l.text).toBe('string');
  });

  it('a zlib bomb inside a Django-shaped value is capped', () => {
    const bomb = deflateSync(Buffer.alloc(4_000_000, 0x41), { level: 9 });
    expect(inflateCapped(new Uint8Array(bomb))?.truncated).toBe(true);
    expect(inflateCapped(new Uint8Array(bomb))?.bytes.length).toBe(MAX_INFLATED_BYTES);
    const value = `.${bomb.toString('base64url')}:1xWM6m:${'A'.repeat(43)}`;
    const start = performance.now();
    const a = analyzeCookie(cookie('sessionid', value), 'https://app.example.com/', NOW_MS);
    expect(performance.now() - start).toBeLessThan(500);
    expect(a.layers.some((l) => l.kind === 'zlib' && /cut at 64 KB/.test(l.label))).toBe(true);
  });

  it('base64 decoding rejects invalid input', () => {
    expect(decodeBase64('abcde')).toBeNull();
    expect(decodeBase64('ab$d')).toBeNull();
    expect(decodeBase64('====')).toBeNull();
    expect(Buffer.from(decodeBase64('aGVsbG8') ?? []).toString()).toBe('hello');
    expect(Buffer.from(decodeBase64('-_-_') ?? []).equals(Buffer.from('-_-_', 'base64url'))).toBe(true);
  });

  it('JSON deeper than the limit is refused', () => {
    expect(parseJsonContainer(`${'['.repeat(40)}${']'.repeat(40)}`)).toBeNull();
    expect(parseJsonContainer('{"a":[1,{"b":2}]}')).toEqual({ a: [1, { b: 2 }] });
  });
});

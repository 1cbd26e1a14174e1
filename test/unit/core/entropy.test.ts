import { randomUUID } from 'node:crypto';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { charsetOf, estimateEntropy, predictabilityFlags } from '../../../src/core/classify/entropy.ts';

/** docs/rules.md §6.2's alphabets, smallest first, written as the plain patterns charsetOf's one-pass scan must agree with. */
const ALPHABETS: Array<[RegExp, string]> = [
  [/^[0-9]+$/, 'digits'],
  [/^[0-9a-f]+$/, 'lowercase hex digits'],
  [/^[0-9A-F]+$/, 'uppercase hex digits'],
  [/^[0-9a-v]+$/, 'characters from 0-9 and a-v'],
  [/^[a-z0-9]+$/, 'lowercase letters and digits'],
  [/^[A-Z0-9]+$/, 'uppercase letters and digits'],
  [/^[A-Za-z0-9]+$/, 'letters and digits'],
  [/^[A-Za-z0-9_\-,+/=]+$/, 'base64 characters'],
];
const expectedWords = (v: string): string => ALPHABETS.find(([re]) => re.test(v))?.[1] ?? 'mixed characters';

describe('entropy estimate (docs/rules.md §6.2 reference values)', () => {
  it.each([
    ['Django sessionid', 'q8w7e6r5t4y3u2i1o9p8a7s6d5f4g3h2', 165, '32 lowercase letters and digits'],
    ['PHP default', '0123456789abcdef0123456789abcdef', 128, '32 lowercase hex digits'],
    ['Tomcat', '0123456789ABCDEF0123456789ABCDEF', 128, '32 uppercase hex digits'],
    ['ASP.NET', 'abcdefghijklmnopqrstuv01', 120, '24 characters from 0-9 and a-v'],
    ['express-session id', 'Ab-_Ab-_Ab-_Ab-_Ab-_Ab-_Ab-_Ab-_', 192, '32 base64 characters'],
    ['digits', '1234567890', 33, '10 digits'],
  ])('%s', (_label, value, bits, shape) => {
    const e = estimateEntropy(value);
    expect(e.bits).toBe(bits);
    expect(e.shape).toBe(shape);
  });

  it('the alphabet is the smallest of docs/rules.md §6.2 that holds every character', () => {
    const chars = [...'0123456789abcdefuvwxyzAFGZ_-,+/= .~%é'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...chars), { maxLength: 40 }).map((a) => a.join('')),
        (v) => {
          expect(charsetOf(v).words).toBe(expectedWords(v));
        },
      ),
      { numRuns: 2000 },
    );
    expect(charsetOf('').words).toBe('mixed characters');
    expect(charsetOf('0123').bits).toBeCloseTo(Math.log2(10));
  });

  it('UUIDs: v4 = 122 bits, v1 = predictable', () => {
    expect(estimateEntropy(randomUUID()).bits).toBe(122);
    const v1 = 'c232ab00-9414-11ec-b3c8-9f6bdeced846';
    expect(estimateEntropy(v1).bits).toBe(0);
    expect(predictabilityFlags(v1).join(' ')).toMatch(/version-1 UUID/);
  });

  it('predictability flags', () => {
    const now = Date.UTC(2026, 0, 1);
    expect(predictabilityFlags(`user-${Math.floor(now / 1000)}`, now).join(' ')).toMatch(/timestamp/);
    expect(predictabilityFlags('aaaaaaaab', now).join(' ')).toMatch(/repeated 6 or more/);
    expect(predictabilityFlags('deadbeefdeadbeef', now).join(' ')).toMatch(/same block/);
    expect(predictabilityFlags('k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8', now)).toEqual([]);
  });
});

import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { estimateEntropy, predictabilityFlags } from '../../../src/core/entropy.ts';

describe('entropy estimate (cookie-rules.md §7.2 reference values)', () => {
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

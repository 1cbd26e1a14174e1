/**
 * Issue 13, bounded work: every pattern over cookie data runs in linear time, and a report is linear in the number
 * of findings. The e-mail scanner is checked against ZAP's regex on generated text (same matches), then against
 * crafted values; costs are compared inside one process (hostile next to normal), with wide margins for a busy machine.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { analyzeCookie } from '../../../src/core/analyze.ts';
import { containsEmail, eachEmail } from '../../../src/core/classify/email-scan.ts';
import { hasEdgeSpaces } from '../../../src/core/cookie/text.ts';
import { groupFindings } from '../../../src/core/report/report.ts';
import type { Finding } from '../../../src/core/rules/types.ts';
import { HOSTILE_VALUES, normalValue } from '../../fixtures/hostile-values.ts';
import { cookie } from './helpers.ts';

const ZAP_EMAIL = /\b[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}\b/g;
const LOOSE_EMAIL = /[a-zA-Z0-9._%+-]+(?:@|%40)[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}/;
const pieces = ['a', 'Z', '9', '_', '.', '-', '+', '%', '@', 'co', 'x.org', ' ', '=', '%40', 'é', '..', '@@'];
const textArb = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

function emails(t: string): string[] {
  const out: string[] = [];
  eachEmail(t, (m) => out.push(m));
  return out;
}

describe('e-mail scanner = ZAP pattern, in linear time', () => {
  test('the same matches as the regex, in order', () => {
    fc.assert(
      fc.property(textArb, (t) => {
        expect(emails(t)).toEqual([...t.matchAll(ZAP_EMAIL)].map((m) => m[0]));
      }),
      { numRuns: 5000 },
    );
  });

  test('containsEmail agrees with the looser test entropy.ts used', () => {
    fc.assert(
      fc.property(textArb, (t) => {
        expect(containsEmail(t)).toBe(LOOSE_EMAIL.test(t));
      }),
      { numRuns: 5000 },
    );
  });

  test.each([
    ['someone@example.com', ['someone@example.com']],
    ['mail=a.b+c@sub.example.co.uk;x', ['a.b+c@sub.example.co.uk']],
    ['-@x.com', []],
    ['a@b.c', []],
    ['a@b.com9', []],
    ['x@foo.bar@baz.com', ['x@foo.bar']],
  ])('%s → %j', (t, expected) => expect(emails(t)).toEqual(expected));
});

/** Median milliseconds of analysing each value once, over `rounds` rounds after a warm-up. */
function costOf(values: readonly string[], rounds = 5): number {
  const run = () => {
    const start = performance.now();
    for (const [i, value] of values.entries()) analyzeCookie(cookie(`c${i}`, value), 'https://example.com/');
    return performance.now() - start;
  };
  run();
  const times = Array.from({ length: rounds }, run).sort((a, b) => a - b);
  return times[rounds >> 1] ?? Infinity;
}

describe('hostile values cost about what normal ones do', () => {
  test("the crafted 4 KB values (one site's worth) stay within 10× random 4 KB values", () => {
    // Before the linear scanner the e-mail dot chain alone cost ~60 ms per value (~14× normal over the set).
    const hostile = costOf(HOSTILE_VALUES);
    const normal = costOf(HOSTILE_VALUES.map((_, i) => normalValue(i)));
    expect(hostile).toBeLessThan(normal * 10 + 20);
  });

  test('16× longer hostile values cost at most ~16× more (linear, or capped), never 256×', () => {
    const grow = (v: string, k: number) => v.slice(0, 8) + v.slice(8, -8).repeat(k) + v.slice(-8);
    const small = costOf(HOSTILE_VALUES);
    const large = costOf(
      HOSTILE_VALUES.map((v) => grow(v, 16)),
      3,
    );
    expect(large).toBeLessThan(small * 64 + 50);
  });
}, 120_000);

describe('edge spaces without a trim regex', () => {
  test.each([
    [' a', true],
    ['a\t', true],
    ['a b', false],
    ['', false],
    ['a', false],
  ])('%j → %s', (s, expected) => expect(hasEdgeSpaces(s)).toBe(expected));

  test('a value with 1,000,000 inner spaces is answered at once', () => {
    const start = performance.now();
    expect(hasEdgeSpaces(`a${' '.repeat(1_000_000)}x`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('a report is linear in the number of findings', () => {
  test('100,000 findings of one rule group in well under a second (copying the list per append took minutes)', () => {
    const base: Finding = {
      ruleId: 'CK003',
      severity: 'medium',
      observable: 'store',
      title: 't',
      why: 'w',
      attack: 'a',
      fix: { general: 'g', frameworks: {} },
      sources: [],
      muted: false,
    };
    const findings = Array.from({ length: 100_000 }, (_, i) => ({ ...base, cookieName: `c${i % 1000}` }));
    const start = performance.now();
    const groups = groupFindings(findings);
    const ms = performance.now() - start;
    expect(groups).toHaveLength(1);
    expect(groups[0]?.findings).toHaveLength(100_000);
    expect(groups[0]?.cookies).toHaveLength(1000);
    expect(ms).toBeLessThan(5000);
  });
});

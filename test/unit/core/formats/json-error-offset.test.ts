import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { jsonErrorOffset } from '../../../../src/core/formats/json-error-offset.ts';

function parses(s: string): boolean {
  try {
    JSON.parse(s);
    return true;
  } catch {
    return false;
  }
}

describe('jsonErrorOffset', () => {
  test('agrees with JSON.parse on generated and mutated JSON', () => {
    const mutatedJson = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', '\\', 'x', '\n', ' '),
        fc.nat({ max: 2 }),
      )
      .map(([j, at, ins, del]) => {
        const i = at % (j.length + 1);
        return j.slice(0, i) + ins + j.slice(i + del);
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutatedJson, fc.string()), (s) => {
        expect(jsonErrorOffset(s) === -1).toBe(parses(s));
      }),
      { numRuns: 2000 },
    );
  });

  test.each([
    ['[1,]', 3],
    ['{"a" 1}', 5],
    ['[\n{"a": 1},\n{"b": }\n]', 18],
    ['[1] x', 4],
    ['"\\q"', 1],
  ])('%j fails at %i', (text, offset) => {
    expect(jsonErrorOffset(text)).toBe(offset);
  });

  test('deep nesting does not overflow', () => {
    expect(jsonErrorOffset('['.repeat(1_000_000))).toBe(1_000_000);
  });
});

import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { readTableSize, writeTableSize } from '../../../src/panel/table-size.ts';
import { memoryStorage } from '../../fakes/web-storage.ts';

describe("the table's remembered size (table-size.ts)", () => {
  test('property: whatever is stored reads as no size or a usable one (positive, finite, screen-sized)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constantFrom('{"width":1e400,"height":3}', '{"width":-1,"height":3}', '{"width":"9","height":3}'),
        ),
        (raw) => {
          const storage = memoryStorage();
          storage.setItem('cookie-lens:table-size', raw);
          const size = readTableSize(storage);
          if (size === null) return;
          for (const side of [size.width, size.height]) {
            expect(Number.isFinite(side)).toBe(true);
            expect(side).toBeGreaterThan(0);
            expect(side).toBeLessThanOrEqual(100_000);
          }
          expect(Object.keys(size).sort()).toEqual(['height', 'width']);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('property: a measured size is read back as it was; a hidden table (0 × 0) is not stored', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.integer({ min: 1, max: 20_000 }), (width, height) => {
        const storage = memoryStorage();
        writeTableSize(storage, { width, height });
        expect(readTableSize(storage)).toEqual({ width, height });
        writeTableSize(storage, { width: 0, height: 0 });
        expect(readTableSize(storage)).toEqual({ width, height });
      }),
    );
  });

  test('no storage, or storage that throws, means measuring: never an error', () => {
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    };
    expect(readTableSize(undefined)).toBeNull();
    expect(readTableSize(throwing)).toBeNull();
    expect(() => writeTableSize(throwing, { width: 10, height: 10 })).not.toThrow();
    expect(() => writeTableSize(undefined, { width: 10, height: 10 })).not.toThrow();
  });
});

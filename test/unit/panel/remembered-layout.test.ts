import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import {
  readTableSize,
  readToolbarFold,
  writeTableSize,
  writeToolbarFold,
} from '../../../src/panel/remembered-layout.ts';
import { memoryStorage } from '../../fakes/web-storage.ts';

describe("the table's remembered size (remembered-layout.ts)", () => {
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

  test('no storage, or storage that throws, means measuring: never an error (the size and the fold)', () => {
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
    expect(readToolbarFold(undefined)).toBeNull();
    expect(readToolbarFold(throwing)).toBeNull();
    expect(() => writeToolbarFold(throwing, { width: 10, count: 1, widths: { mask: 20 } })).not.toThrow();
  });
});

describe("the toolbar's remembered fold (remembered-layout.ts)", () => {
  const sides = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= 100_000;

  test('property: whatever is stored reads as no fold or a usable one', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc
            .record({
              width: fc.oneof(fc.integer(), fc.double(), fc.string()),
              count: fc.oneof(fc.integer(), fc.double(), fc.constant(null)),
              widths: fc.oneof(fc.dictionary(fc.string(), fc.oneof(fc.double(), fc.string())), fc.array(fc.integer())),
            })
            .map((v) => JSON.stringify(v)),
        ),
        (raw) => {
          const storage = memoryStorage();
          storage.setItem('cookie-lens:toolbar-fold', raw);
          const fold = readToolbarFold(storage);
          if (fold === null) return;
          expect(sides(fold.width)).toBe(true);
          expect(Number.isInteger(fold.count) && fold.count >= 0 && fold.count <= 50).toBe(true);
          expect(Object.values(fold.widths).every(sides)).toBe(true);
          expect(Object.keys(fold).sort()).toEqual(['count', 'widths', 'width']);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('property: a fold is read back as it was; one of a hidden toolbar (0 px) is not stored', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 5 }),
        fc.dictionary(
          fc.constantFrom('mask', 'import', 'export', 'reload', 'findings'),
          fc.integer({ min: 1, max: 400 }),
        ),
        (width, count, widths) => {
          const storage = memoryStorage();
          writeToolbarFold(storage, { width, count, widths });
          expect(readToolbarFold(storage)).toEqual({ width, count, widths });
          writeToolbarFold(storage, { width: 0, count: 0, widths: {} });
          expect(readToolbarFold(storage)).toEqual({ width, count, widths });
        },
      ),
    );
  });
});

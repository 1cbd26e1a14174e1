import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { cookieKey } from '../../../src/core/cookie/cookie.ts';
import type { Cookie } from '../../../src/core/cookie/model.ts';
import {
  COLUMNS,
  columnsFor,
  formatExpiry,
  matchesFilter,
  nextSort,
  parseFilter,
  sortRows,
  type SortState,
} from '../../../src/panel/table-model.ts';
import { cookie } from '../../fixtures/cookies.ts';

describe('filter', () => {
  const c = cookie({ name: 'sessionid', value: 'AbC123', domain: '.example.com' });
  test.each([
    ['', true],
    ['SESSION', true],
    ['abc1', true],
    ['example', true],
    ['nothing', false],
    ['/^sess/', true],
    ['/^SESS/', false],
    ['/^SESS/i', true],
    ['/\\d{3}$/', true],
  ])('%s matches: %s', (input, expected) => {
    expect(matchesFilter(c, parseFilter(input))).toBe(expected);
  });

  test('an invalid regex is reported and filters nothing', () => {
    const f = parseFilter('/(/');
    expect(f.kind).toBe('invalid');
    expect(matchesFilter(c, f)).toBe(true);
  });
});

function sortCookies(cookies: Cookie[], sort: SortState): Cookie[] {
  return sortRows(
    cookies.map((cookie) => ({ key: cookieKey(cookie), cookie, info: { findingCount: 0 } })),
    sort,
  ).map((r) => r.cookie);
}

describe('sort', () => {
  const a = cookie({ name: 'a', value: 'z', session: false, expirationDate: 100 });
  const b = cookie({ name: 'b', value: 'y' });
  const c = cookie({ name: 'c', value: 'x', session: false, expirationDate: 50 });
  test('by any column, both directions, session cookies last by expiry', () => {
    expect(sortCookies([b, c, a], { column: 'name', direction: 'ascending' }).map((x) => x.name)).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(sortCookies([b, c, a], { column: 'value', direction: 'ascending' }).map((x) => x.name)).toEqual([
      'c',
      'b',
      'a',
    ]);
    expect(sortCookies([b, c, a], { column: 'expires', direction: 'ascending' }).map((x) => x.name)).toEqual([
      'c',
      'a',
      'b',
    ]);
    expect(sortCookies([b, c, a], { column: 'expires', direction: 'descending' }).map((x) => x.name)).toEqual([
      'b',
      'a',
      'c',
    ]);
  });

  test('the Site column only shows for All sites', () => {
    expect(columnsFor(true).map((c) => c.id)).toContain('site');
    expect(columnsFor(false).map((c) => c.id)).not.toContain('site');
  });

  test('every column sorts without throwing', () => {
    for (const col of COLUMNS)
      expect(sortCookies([a, b, c], { column: col.id, direction: 'ascending' })).toHaveLength(3);
  });

  test('clicking toggles direction; another column starts ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({
      column: 'name',
      direction: 'descending',
    });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'size')).toEqual({
      column: 'size',
      direction: 'ascending',
    });
  });

  test('session cookies show as Session', () => {
    expect(formatExpiry(b)).toBe('Session');
    expect(formatExpiry(cookie({ session: false, expirationDate: 0 }))).toBe('1970-01-01 00:00:00Z');
  });
});

describe('sort by collation rank', () => {
  const collator = new Intl.Collator();
  const keyOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  test('orders exactly as comparing every pair with the collator, ties broken by identity', () => {
    // Repeated names, case and accent variants, and canonically equivalent spellings that collate as equal.
    const names = ['a', 'A', 'b', '_ga', 'é', 'e\u0301', 'Z', 'z10', 'z9', 'ß', 'ss', ''];
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom(...names),
            domain: fc.constantFrom('a.test', 'b.test', 'A.test'),
            path: fc.constantFrom('/', '/x'),
          }),
          { maxLength: 40 },
        ),
        fc.constantFrom<SortState['direction']>('ascending', 'descending'),
        (specs, direction) => {
          const cookies = [
            ...new Map(
              specs.map((s) => {
                const c = cookie(s);
                return [cookieKey(c), c] as const;
              }),
            ).values(),
          ];
          const sign = direction === 'ascending' ? 1 : -1;
          for (const column of ['name', 'domain', 'path'] as const) {
            const expected = [...cookies].sort(
              (x, y) => sign * collator.compare(x[column], y[column]) || keyOrder(cookieKey(x), cookieKey(y)),
            );
            expect(sortCookies(cookies, { column, direction })).toEqual(expected);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('sorting the same column again and again (a live burst) stays exact as names come and go', () => {
    const names = ['a', 'A', 'b', '_ga', 'é', 'e\u0301', 'Z', 'z10', 'z9', 'ß', 'ss', ''];
    fc.assert(
      fc.property(fc.array(fc.subarray(names, { minLength: 1 }), { minLength: 2, maxLength: 8 }), (frames) => {
        for (const frame of frames) {
          const cookies = frame.map((name) => cookie({ name }));
          const expected = [...cookies].sort(
            (x, y) => collator.compare(x.name, y.name) || keyOrder(cookieKey(x), cookieKey(y)),
          );
          expect(sortCookies(cookies, { column: 'name', direction: 'ascending' })).toEqual(expected);
        }
      }),
      { numRuns: 300 },
    );
  });
});

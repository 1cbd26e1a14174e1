import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../../src/core/cookie/model.ts';
import { planImport } from '../../../../src/core/formats/import-plan.ts';
import { cookie } from '../../../fixtures/cookies.ts';

/** A stand-in for core/validate.ts: two of the rules Chrome enforces. */
function validate(c: Cookie): string | null {
  if (c.sameSite === 'no_restriction' && !c.secure) return 'SameSite=None requires Secure';
  if (c.name.startsWith('__Host-') && (!c.secure || !c.hostOnly || c.path !== '/'))
    return '__Host- requires Secure, Path=/ and no Domain';
  return null;
}

const NOW = Date.UTC(2026, 0, 1);

describe('planImport', () => {
  test('create, overwrite, unchanged and refuse, keyed by identity', () => {
    const existing = [
      cookie({ name: 'same', value: '1' }),
      cookie({ name: 'changed', value: 'old' }),
      cookie({ name: 'path', value: 'x', path: '/a' }),
      cookie({ name: 'exp', session: false, expirationDate: 1800000000.75 }),
    ];
    const imported = [
      cookie({ name: 'same', value: '1' }),
      cookie({ name: 'changed', value: 'new' }),
      cookie({ name: 'path', value: 'x', path: '/b' }),
      cookie({ name: 'exp', session: false, expirationDate: 1800000000 }),
      cookie({ name: 'none', sameSite: 'no_restriction' }),
      cookie({ name: '__Host-x', secure: true, path: '/app' }),
    ];
    const plan = planImport(imported, existing, validate, { now: NOW });
    expect(plan.unchanged.map((c) => c.name)).toEqual(['same', 'exp']);
    expect(plan.overwrite).toEqual([{ old: existing[1], next: imported[1] }]);
    expect(plan.create.map((c) => [c.name, c.path])).toEqual([['path', '/b']]);
    expect(plan.refuse.map((r) => [r.cookie.name, r.reason])).toEqual([
      ['none', 'SameSite=None requires Secure'],
      ['__Host-x', '__Host- requires Secure, Path=/ and no Domain'],
    ]);
  });

  test('refuses duplicates (last wins), redaction placeholders and expired cookies; writes nothing', () => {
    const existing = [cookie({ name: 'sid', value: 'real' })];
    const frozen = JSON.stringify(existing);
    const plan = planImport(
      [
        cookie({ name: 'd', value: 'first' }),
        cookie({ name: 'd', value: 'second' }),
        cookie({ name: 'sid', value: 'REDACTED-session-id' }),
        cookie({ name: 'gone', session: false, expirationDate: NOW / 1000 - 1 }),
      ],
      existing,
      () => null,
      { now: NOW },
    );
    expect(plan.create).toEqual([cookie({ name: 'd', value: 'second' })]);
    expect(plan.refuse.map((r) => r.cookie.name)).toEqual(['d', 'sid', 'gone']);
    expect(plan.refuse[1]?.reason).toMatch(/placeholder/);
    expect(plan.refuse[2]?.reason).toMatch(/expired/);
    expect(JSON.stringify(existing)).toBe(frozen);
  });

  test('other partitions and stores are other cookies', () => {
    const plan = planImport(
      [cookie({ secure: true, partitionKey: { topLevelSite: 'https://a.test' } }), cookie({ storeId: '1' })],
      [cookie()],
      () => null,
    );
    expect(plan.create).toHaveLength(2);
  });
});

import { describe, expect, test } from 'vitest';

import { checkImportFile, previewImport, truncateValue } from '../../../src/panel/transfer/import-model.ts';
import { cookie } from '../../fixtures/cookies.ts';

const NOW = Date.UTC(2026, 0, 1);
const page = new URL('http://localhost:8000/');
const existing = [
  cookie({ name: 'username', value: 'dj4e_user', domain: 'localhost', sameSite: 'unspecified' }),
  cookie({ name: 'theme', value: 'dark', domain: 'localhost', sameSite: 'unspecified' }),
];
const ctx = { pageUrl: page, storeId: '0', existing, nowMs: NOW };
const netscape = (lines: string[]) => ['# Netscape HTTP Cookie File', ...lines].join('\n');

describe('import preview', () => {
  test('creates, overwrites, leaves unchanged and refuses, with the reason', () => {
    const p = previewImport(
      netscape([
        'localhost\tFALSE\t/\tFALSE\t0\tfresh\t1',
        'localhost\tFALSE\t/\tFALSE\t0\tusername\tadmin',
        'localhost\tFALSE\t/\tFALSE\t0\ttheme\tdark',
        'localhost\tFALSE\t/\tFALSE\t0\t__Host-bad\tx',
      ]),
      ctx,
    );
    if (p.kind !== 'plan') throw new Error(`expected a plan, got ${JSON.stringify(p)}`);
    expect(p.format).toBe('netscape');
    expect(p.reason).toMatch(/Netscape HTTP Cookie File/);
    expect(p.plan.create.map((c) => c.name)).toEqual(['fresh']);
    expect(p.plan.overwrite.map((o) => [o.old.value, o.next.value])).toEqual([['dj4e_user', 'admin']]);
    expect(p.plan.unchanged.map((c) => c.name)).toEqual(['theme']);
    expect(p.plan.refuse).toHaveLength(1);
    expect(p.plan.refuse[0]?.reason).toMatch(/__Host- cookie must be Secure/);
    expect(p.toWrite.map((c) => c.name)).toEqual(['fresh', 'username']);
  });

  test('cookies of another site are refused: the import is for the inspected site', () => {
    const p = previewImport(netscape(['.evil.test\tTRUE\t/\tFALSE\t0\tsid\tx']), ctx);
    expect(p.kind === 'plan' && p.plan.refuse[0]?.reason).toMatch(/does not include the page's host localhost/);
  });

  test('a malformed file names its line and field; an empty input is not an error', () => {
    const p = previewImport(netscape(['localhost\tMAYBE\t/\tFALSE\t0\tx\ty']), ctx);
    expect(p).toEqual({
      kind: 'error',
      format: 'netscape',
      message: expect.stringMatching(/^line 2, field includeSubdomains: expected TRUE or FALSE/),
    });
    expect(previewImport('  \n', ctx)).toEqual({ kind: 'empty' });
    expect(previewImport('%%%', ctx).kind).toBe('error');
  });

  test("JSON from another store goes into this tab's store; expiry beyond 400 days is capped, and both are said", () => {
    const far = NOW / 1000 + 1000 * 86400;
    const json = JSON.stringify([
      { name: 'x', value: '1', domain: 'localhost', hostOnly: true, path: '/', storeId: '1', expirationDate: far },
    ]);
    const p = previewImport(json, ctx);
    if (p.kind !== 'plan') throw new Error('expected a plan');
    expect(p.toWrite[0]?.storeId).toBe('0');
    expect(p.toWrite[0]?.expirationDate).toBe(NOW / 1000 + 400 * 86400);
    expect(p.notes.join(' ')).toMatch(/another cookie store/);
    expect(p.notes.join(' ')).toMatch(/400 days/);
  });

  test('a Cookie header imports for the page host', () => {
    const p = previewImport('a=1; username=zz', ctx);
    expect(p.kind === 'plan' && [p.format, p.plan.create.length, p.plan.overwrite.length]).toEqual(['header', 1, 1]);
  });

  test('files over 5 MiB are refused with a clear message; long values are truncated for display', () => {
    expect(checkImportFile({ name: 'a.txt', size: 1000 })).toBeNull();
    expect(checkImportFile({ name: 'big.bin', size: 6 * 1024 * 1024 })).toMatch(
      /"big.bin" is 6.0 MiB; the limit is 5 MiB/,
    );
    expect(truncateValue('x'.repeat(100), 10)).toBe(`${'x'.repeat(9)}…`);
    expect(truncateValue('short')).toBe('short');
  });
});

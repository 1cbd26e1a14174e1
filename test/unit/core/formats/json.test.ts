import { readFileSync } from 'node:fs';

import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../../src/core/cookie/model.ts';
import { exportJson, parseJson } from '../../../../src/core/formats/json.ts';
import type { ParseResult } from '../../../../src/core/formats/types.ts';
import { cookie } from '../../../fixtures/cookies.ts';

const fixture = (name: string) => readFileSync(new URL(`../../../fixtures/formats/${name}`, import.meta.url), 'utf8');

function ok(r: ParseResult): Cookie[] {
  if ('error' in r) throw new Error(JSON.stringify(r.error));
  return r.cookies;
}

describe('JSON import', () => {
  test('a Cookie-Editor export: storeId null → context store, sameSite null → unspecified, partition key kept', () => {
    const cs = ok(parseJson(fixture('cookie-editor-export.json'), { storeId: '1' }));
    expect(cs).toHaveLength(5);
    expect(cs[0]).toEqual({
      domain: '.github.com',
      expirationDate: 1795436213.641203,
      hostOnly: false,
      httpOnly: true,
      name: 'logged_in',
      path: '/',
      sameSite: 'lax',
      secure: true,
      session: false,
      storeId: '1',
      value: 'yes',
    });
    expect(cs[1]).toMatchObject({ name: '_gh_sess', session: true, hostOnly: true, domain: 'github.com' });
    expect(cs[1]?.expirationDate).toBeUndefined();
    expect(cs[3]).toMatchObject({ name: '_octo', sameSite: 'unspecified' });
    expect(cs[4]?.partitionKey).toEqual({ topLevelSite: 'https://github.com', hasCrossSiteAncestor: false });
  });

  test('an EditThisCookie export: ids ignored, float expiry kept, no_restriction kept', () => {
    const cs = ok(parseJson(fixture('editthiscookie-export.json')));
    expect(cs.map((c) => c.name)).toEqual(['_ga', 'PHPSESSID', 'cart']);
    expect(cs[0]).toMatchObject({
      expirationDate: 1796000000.25513,
      sameSite: 'unspecified',
      storeId: '0',
      domain: '.example.org',
    });
    expect(cs[1]).toMatchObject({ sameSite: 'no_restriction', httpOnly: true, session: true });
    expect(cs[2]).toMatchObject({ path: '/cart', sameSite: 'strict' });
    expect(Object.keys(cs[0] ?? {})).not.toContain('id');
  });

  test('common variations: capitalised SameSite, expires, missing hostOnly/session/path, a cookies wrapper', () => {
    const text = JSON.stringify({
      cookies: [
        { name: 'a', value: '1', domain: '.example.com', sameSite: 'None', secure: true, expires: 1800000000 },
        { name: 'b', value: 2, domain: 'example.com', sameSite: 'Strict', expires: 1800000000000 },
        { name: 'c', value: '3', domain: 'example.com', sameSite: 'Lax', expires: '2027-01-15T00:00:00Z' },
      ],
    });
    const [a, b, c] = ok(parseJson(text));
    expect(a).toMatchObject({
      hostOnly: false,
      domain: '.example.com',
      sameSite: 'no_restriction',
      session: false,
      expirationDate: 1800000000,
      path: '/',
    });
    expect(b).toMatchObject({ hostOnly: true, value: '2', sameSite: 'strict', expirationDate: 1800000000 });
    expect(c).toMatchObject({ sameSite: 'lax', expirationDate: Date.UTC(2027, 0, 15) / 1000 });
  });

  test.each([
    ['not JSON at all', '[{"name": "a",,}]', { line: 1 }],
    ['a syntax error on line 3', '[\n {"name": "a", "value": "1", "domain": "x.com"},\n {"name": }\n]', { line: 3 }],
    ['not an array', '{"name": "a"}', {}],
    ['a non-object item', '[1]', { field: '[0]' }],
    ['a missing domain', '[{"name": "a", "value": "1"}]', { field: '[0].domain' }],
    [
      'a bad sameSite',
      '[{"name": "a", "value": "1", "domain": "x.com", "sameSite": "sometimes"}]',
      { field: '[0].sameSite' },
    ],
    [
      'a bad secure flag',
      '[{"name": "a", "value": "1", "domain": "x.com"}, {"name": "b", "value": "1", "domain": "x.com", "secure": "yes"}]',
      { field: '[1].secure' },
    ],
    [
      'a bad expiry',
      '[{"name": "a", "value": "1", "domain": "x.com", "expirationDate": "soon"}]',
      { field: '[0].expirationDate' },
    ],
  ])('%s is an error naming the line or field', (_label, text, where) => {
    const r = parseJson(text);
    expect('error' in r).toBe(true);
    if ('error' in r) expect(r.error).toMatchObject(where);
  });
});

describe('JSON export', () => {
  test('the chrome.cookies shape, keys in chrome order, partition key only when present, no expiry for sessions', () => {
    const text = exportJson([
      cookie({ name: 's', session: true }),
      cookie({
        name: 'p',
        domain: 'a.test',
        secure: true,
        session: false,
        expirationDate: 1800000000.5,
        partitionKey: { topLevelSite: 'https://b.test', hasCrossSiteAncestor: true },
      }),
    ]).text;
    const data = JSON.parse(text) as Record<string, unknown>[];
    expect(Object.keys(data[0] ?? {})).toEqual([
      'domain',
      'hostOnly',
      'httpOnly',
      'name',
      'path',
      'sameSite',
      'secure',
      'session',
      'storeId',
      'value',
    ]);
    expect(Object.keys(data[1] ?? {})).toEqual([
      'domain',
      'expirationDate',
      'hostOnly',
      'httpOnly',
      'name',
      'partitionKey',
      'path',
      'sameSite',
      'secure',
      'session',
      'storeId',
      'value',
    ]);
    expect(data[1]?.partitionKey).toEqual({ topLevelSite: 'https://b.test', hasCrossSiteAncestor: true });
  });
});

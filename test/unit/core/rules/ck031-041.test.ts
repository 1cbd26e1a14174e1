import { describe, expect, test } from 'vitest';

import { ck031SerializedObject } from '../../../../src/core/rules/ck031-serialized-object.ts';
import { ck032ReflectedParameter } from '../../../../src/core/rules/ck032-reflected-parameter.ts';
import { ck033SessionIdInUrl } from '../../../../src/core/rules/ck033-session-id-in-url.ts';
import { ck034SensitiveUrl } from '../../../../src/core/rules/ck034-sensitive-url.ts';
import { ck035NearSizeLimit } from '../../../../src/core/rules/ck035-near-size-limit.ts';
import { ck036NearSiteQuota } from '../../../../src/core/rules/ck036-near-site-quota.ts';
import { ck037LargeCookieHeader } from '../../../../src/core/rules/ck037-large-cookie-header.ts';
import { ck038NonconformingCharacters } from '../../../../src/core/rules/ck038-nonconforming-characters.ts';
import { ck039Partitioned } from '../../../../src/core/rules/ck039-partitioned.ts';
import { ck040Tracking } from '../../../../src/core/rules/ck040-tracking.ts';
import { ck041InvalidSameSite } from '../../../../src/core/rules/ck041-invalid-samesite.ts';
import {
  analyzed,
  type CookieCase,
  expectCookieCase,
  expectHeaderCase,
  type HeaderCase,
  run,
  SESSION,
  TRACKING,
} from './helpers.ts';

describe('CK031 serialized object', () => {
  const serialized = (format: string) => ({
    layers: [{ kind: 'serialized' as const, label: format, text: '', data: { format } }],
  });
  test.each<CookieCase>([
    { label: 'Java rO0AB', cookie: { value: 'rO0ABXNyAA' }, analysis: serialized('java'), fires: 'medium' },
    { label: 'pickle', analysis: serialized('pickle'), fires: 'medium' },
    {
      label: 'plain JSON',
      analysis: { layers: [{ kind: 'json', label: 'JSON', text: '{}', data: {} }] },
      fires: false,
    },
  ])('$label', (row) => expectCookieCase(ck031SerializedObject, row));
});

describe('CK032 value copied from the URL', () => {
  test.each<CookieCase>([
    {
      label: 'value equals a query value',
      page: 'https://example.com/?ref=campaign42',
      cookie: { value: 'campaign42' },
      fires: 'info',
    },
    {
      label: 'one part of k=v|k=v equals it',
      page: 'https://example.com/?src=mail',
      cookie: { value: 'a=1|from=mail' },
      fires: 'info',
    },
    {
      label: 'one-character parameters are ignored',
      page: 'https://example.com/?x=1',
      cookie: { value: '1' },
      fires: false,
    },
    { label: 'no match', page: 'https://example.com/?ref=campaign42', cookie: { value: 'other' }, fires: false },
    { label: 'no query', cookie: { value: 'campaign42' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck032ReflectedParameter, row));
});

describe('CK033 session ID in the URL (site)', () => {
  test.each([
    { page: 'https://example.com/shop;jsessionid=0A1B2C3D4E5F6A7B', fires: true },
    { page: 'https://example.com/?PHPSESSID=0123456789abcdef', fires: true },
    { page: 'https://example.com/?ASPSESSIONIDQQGG=ABCDEFGHIJKL', fires: true },
    { page: 'https://example.com/?sid=short', fires: false },
    { page: 'https://example.com/?page=0123456789abcdef', fires: false },
  ])('$page → $fires', ({ page, fires }) => {
    expect(run(ck033SessionIdInUrl, [], { page })).toHaveLength(fires ? 1 : 0);
  });
  test('names of detected session cookies count too', () => {
    const items = [analyzed({ name: 'app_sid' }, SESSION)];
    expect(run(ck033SessionIdInUrl, items, { page: 'https://example.com/?app_sid=abcdefghijkl' })).toHaveLength(1);
    expect(run(ck033SessionIdInUrl, [], { page: 'https://example.com/?app_sid=abcdefghijkl' })).toHaveLength(0);
  });
});

describe('CK034 sensitive data in the URL (site)', () => {
  test.each([
    { page: 'https://example.com/?password=hunter2', fires: true },
    { page: 'https://example.com/?q=alice%40example.com', fires: true },
    { page: 'https://example.com/?n=4111111111111111', fires: true },
    { page: 'https://example.com/?n=4111111111111112', fires: false },
    { page: 'https://example.com/?q=shoes', fires: false },
  ])('$page → $fires', ({ page, fires }) => {
    expect(run(ck034SensitiveUrl, [], { page })).toHaveLength(fires ? 1 : 0);
  });
});

describe('CK035 close to 4096 bytes', () => {
  test.each<CookieCase>([
    { label: '3585 bytes', cookie: { name: 'a', value: 'x'.repeat(3584) }, fires: 'low' },
    { label: '3584 bytes', cookie: { name: 'a', value: 'x'.repeat(3583) }, fires: false },
  ])('$label', (row) => expectCookieCase(ck035NearSizeLimit, row));
});

describe('CK036 close to 180 cookies per site (site)', () => {
  const many = (n: number) => Array.from({ length: n }, (_, i) => analyzed({ name: `c${i}` }));
  test('150 cookies fire', () => expect(run(ck036NearSiteQuota, many(150))).toHaveLength(1));
  test('149 cookies do not', () => expect(run(ck036NearSiteQuota, many(149))).toHaveLength(0));
  test('other sites do not count', () => {
    const items = [...many(149), analyzed({ name: 'x', domain: 'other.com' })];
    expect(run(ck036NearSiteQuota, items)).toHaveLength(0);
  });
});

describe('CK037 Cookie header above 8190 bytes (site)', () => {
  // each cookie counts name (2 bytes) + value + 3 bytes of "=" and "; "
  const cookies = (valueBytes: number, path = '/') =>
    Array.from({ length: 3 }, (_, i) => analyzed({ name: `c${i}`, value: 'v'.repeat(valueBytes), path }));
  test('3 × (2 + 2726 + 3) = 8193 bytes fire', () =>
    expect(run(ck037LargeCookieHeader, cookies(2726))).toHaveLength(1));
  test('3 × (2 + 2725 + 3) = 8190 bytes do not', () =>
    expect(run(ck037LargeCookieHeader, cookies(2725))).toHaveLength(0));
  test('cookies not sent to the page do not count', () =>
    expect(run(ck037LargeCookieHeader, cookies(2726, '/other'))).toHaveLength(0));
});

describe('CK038 non-standard characters', () => {
  test.each<CookieCase>([
    { label: 'space in value', cookie: { value: 'a b' }, fires: 'info' },
    { label: 'non-ASCII value', cookie: { value: 'café' }, fires: 'info' },
    { label: 'name with a slash', cookie: { name: 'a/b' }, fires: 'info' },
    { label: 'quoted value is allowed', cookie: { value: '"abc"' }, fires: false },
    { label: 'base64 value', cookie: { value: 'eyJhIjoxfQ==' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck038NonconformingCharacters, row));
});

describe('CK039 partitioned cookie', () => {
  test.each<CookieCase>([
    { label: 'partitioned', cookie: { partitionKey: { topLevelSite: 'https://news.example' } }, fires: 'info' },
    { label: 'unpartitioned', fires: false },
  ])('$label', (row) => expectCookieCase(ck039Partitioned, row));
});

describe('CK040 tracking cookie', () => {
  test('third-party _ga-like cookie says third-party and the vendor', () => {
    const hits = run(ck040Tracking, [
      analyzed(
        { name: 'IDE', domain: '.doubleclick.net', hostOnly: false },
        {
          ...TRACKING,
          classification: {
            known: { vendor: 'DoubleClick', category: 'advertising', purpose: 'ads', lifetime: '13 months' },
          },
        },
      ),
    ]);
    expect(hits).toMatchObject([{ detail: 'DoubleClick, third-party' }]);
  });
  test.each<CookieCase>([
    { label: 'first-party tracking', cookie: { name: '_ga' }, analysis: TRACKING, fires: 'info' },
    { label: 'not tracking', cookie: { name: 'lang' }, analysis: { class: 'preference' }, fires: false },
  ])('$label', (row) => expectCookieCase(ck040Tracking, row));
});

describe('CK041 invalid SameSite value (raw header)', () => {
  test.each<HeaderCase>([
    { label: 'SameSite=Lax', header: 'a=1; SameSite=Lax', fires: false },
    { label: 'SameSite=none; Secure', header: 'a=1; SameSite=none; Secure', fires: false },
    { label: 'no SameSite', header: 'a=1', fires: false },
    { label: 'SameSite=Relaxed', header: 'a=1; SameSite=Relaxed', fires: true },
    { label: 'bare SameSite', header: 'a=1; SameSite', fires: true },
    { label: 'SameSite=', header: 'a=1; SameSite=', fires: true },
  ])('$label', (row) => expectHeaderCase(ck041InvalidSameSite, row));
});

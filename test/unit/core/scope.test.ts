import { describe, expect, test } from 'vitest';

import { cookiesOfSite, cookiesSentWithPage, dedupe, normaliseUrls, sitesOf } from '../../../src/core/cookie/scope.ts';
import { cookie } from '../../fixtures/cookies.ts';

const page = new URL('https://shop.example.com/cart?x=1');
const urls = normaliseUrls([
  'https://shop.example.com/cart?x=1#top',
  'https://widget.test/frame',
  'chrome-extension://abc/x',
  'not a url',
  'https://shop.example.com/cart',
]);

describe('scope', () => {
  test('normaliseUrls keeps http(s), drops query and fragment, dedupes', () => {
    expect(urls.map((u) => u.href)).toEqual(['https://shop.example.com/cart', 'https://widget.test/frame']);
    expect(sitesOf(urls)).toEqual(['example.com', 'widget.test']);
  });

  const jar = [
    cookie({ name: 'host', domain: 'shop.example.com' }),
    cookie({ name: 'parent', domain: '.example.com', hostOnly: false }),
    cookie({ name: 'sibling', domain: 'api.example.com' }),
    cookie({ name: 'pathed', domain: 'shop.example.com', path: '/account' }),
    cookie({ name: 'third', domain: 'widget.test', secure: true, sameSite: 'no_restriction' }),
    cookie({
      name: 'part-here',
      domain: 'widget.test',
      secure: true,
      partitionKey: { topLevelSite: 'https://example.com' },
    }),
    cookie({
      name: 'part-elsewhere',
      domain: 'widget.test',
      secure: true,
      partitionKey: { topLevelSite: 'https://other.test' },
    }),
  ];

  test('sent with this page: every URL the page uses, its own partition only', () => {
    expect(cookiesSentWithPage(jar, urls, page).map((c) => c.name)).toEqual(['host', 'parent', 'third', 'part-here']);
  });

  test('all cookies of this site: any host and path of the site, plus its partition', () => {
    expect(cookiesOfSite(jar, page).map((c) => c.name)).toEqual(['host', 'parent', 'sibling', 'pathed', 'part-here']);
  });

  test('dedupe keeps one cookie per identity', () => {
    const twice = [cookie({ value: 'old' }), cookie({ value: 'new' }), cookie({ path: '/other' })];
    expect([...dedupe(twice).values()].map((c) => c.value)).toEqual(['new', 'v']);
  });
});

import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { explainChromeError } from '../../../src/core/write/chrome-errors.ts';
import { type CookieDraft, cookieFromDraft, draftFromCookie } from '../../../src/core/write/draft.ts';
import { FakeCookieStore } from '../../fakes/cookie-store.ts';

const NOW = Date.UTC(2026, 10, 25, 12, 0, 0);

const cookies: Cookie[] = [
  {
    name: 'sid',
    value: 'v',
    domain: 'app.example.com',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: true,
    sameSite: 'strict',
    session: true,
    storeId: '0',
  },
  {
    name: 'pref',
    value: 'dark',
    domain: '.example.com',
    hostOnly: false,
    path: '/app',
    secure: false,
    httpOnly: false,
    sameSite: 'unspecified',
    session: false,
    expirationDate: NOW / 1000 + 3600.5,
    storeId: '1',
  },
  {
    name: 'chip',
    value: '1',
    domain: 'widget.test',
    hostOnly: true,
    path: '/',
    secure: true,
    httpOnly: false,
    sameSite: 'no_restriction',
    session: true,
    storeId: '0',
    partitionKey: { topLevelSite: 'https://site.test', hasCrossSiteAncestor: true },
  },
];

describe('draftFromCookie / cookieFromDraft', () => {
  test.each(cookies)('round-trips $name through cookies.set exactly', async (c) => {
    const fake = new FakeCookieStore();
    fake.now = NOW;
    const details = cookieFromDraft(draftFromCookie(c), 'https://example.com/', NOW);
    const stored = await fake.api.set(details);
    expect(stored).toEqual(c);
  });

  test('host-only omits domain; domain cookie includes it', () => {
    expect(cookieFromDraft(draftFromCookie(cookies[0]!), 'https://x.test/', NOW)).not.toHaveProperty('domain');
    expect(cookieFromDraft(draftFromCookie(cookies[1]!), 'https://x.test/', NOW)).toMatchObject({
      domain: 'example.com',
      url: 'http://example.com/app',
    });
  });

  test('an empty domain means the page host; an empty top-level site means the page site', () => {
    const d: CookieDraft = {
      ...draftFromCookie(cookies[2]!),
      domain: '',
      topLevelSite: '',
      hasCrossSiteAncestor: undefined,
    };
    delete d.hasCrossSiteAncestor;
    expect(cookieFromDraft(d, 'https://shop.example.co.uk/cart', NOW)).toMatchObject({
      url: 'https://shop.example.co.uk/',
      partitionKey: { topLevelSite: 'https://example.co.uk' },
    });
  });

  test('max-age is relative to now; nothing is capped or changed silently', () => {
    const d: CookieDraft = {
      ...draftFromCookie(cookies[0]!),
      expiry: { kind: 'max-age', seconds: 1000 * 86400 },
      sameSite: 'no_restriction',
      secure: false,
    };
    expect(cookieFromDraft(d, 'https://x.test/', NOW)).toMatchObject({
      expirationDate: NOW / 1000 + 1000 * 86400,
      sameSite: 'no_restriction',
      secure: false,
    });
  });
});

describe('explainChromeError', () => {
  const draft = draftFromCookie(cookies[0]!);
  test.each([
    [
      'Failed to parse or set cookie named "sid".',
      { sameSite: 'no_restriction' as const, secure: false },
      /SameSite=None requires Secure/,
    ],
    ['Failed to parse or set cookie named "sid".', { value: 'a;b' }, /";"/],
    ['Failed to parse or set cookie named "sid".', {}, /without giving a reason.*Allow cookies for app\.example\.com/],
    [
      'No host permissions for cookies at url: "https://app.example.com/".',
      {},
      /may not change cookies for https:\/\/app\.example\.com\/.*Allow the extension/,
    ],
    ['Invalid url: "https://exa mple/".', {}, /host name/],
    ['No cookie store found with id 7.', {}, /incognito/],
    [
      "Error in invocation of cookies.set: Error at parameter 'details': Error at property 'sameSite': Invalid enumeration value \"none\".",
      {},
      /SameSite/,
    ],
    ['something new', {}, /Chrome did not save the cookie "sid" \(it said: something new\)/],
    ['', {}, /no reason given/],
  ])('%s', (message, patch, expected) => {
    const text = explainChromeError(message, { ...draft, ...patch });
    expect(text).toMatch(expected);
    expect(text).not.toMatch(/unknown error/i);
  });
});

import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../src/core/cookie/model.ts';
import { explainChromeError } from '../../../src/core/write/chrome-errors.ts';
import { draftFromCookie } from '../../../src/core/write/draft.ts';

const sid: Cookie = {
  name: 'sid',
  value: 'v',
  domain: 'app.example.com',
  hostOnly: true,
  path: '/',
  secure: true,
  httpOnly: true,
  sameSite: 'strict',
  session: true,
  storeId: 'firefox-default',
};

/** Firefox's own texts (ext-cookies.js, necko.properties), as cookies.set rejects with them in Firefox 153. */
describe("explainChromeError with Firefox's words", () => {
  const draft = draftFromCookie(sid);
  test.each([
    [
      'Cookie “sid” rejected because it has the “SameSite=None” attribute but is missing the “secure” attribute.',
      { sameSite: 'no_restriction' as const, secure: false },
      /^Firefox refused the cookie "sid": .*SameSite=None requires Secure/,
    ],
    [
      'Cookie “__Host-x” has been rejected for invalid prefix.',
      { name: '__Host-x', hostOnly: true, secure: true, path: '/x' },
      /^Firefox refused the cookie "__Host-x": .*__Host-/,
    ],
    [
      'Cookie “sid” has been rejected for invalid prefix.',
      {},
      /^Firefox refused the cookie "sid" \(it said: Cookie “sid” has been rejected/,
    ],
    [
      'Permission denied to set cookie {"url":"https://app.example.com/","name":"sid"}',
      {},
      /^Firefox does not let Cookie Lens change cookies for app\.example\.com.*about:addons/,
    ],
    ['Invalid cookie store id: "0"', {}, /^The cookie store no longer exists \(a private window or a container tab/],
    [
      "First-Party Isolation is enabled, but the required 'firstPartyDomain' attribute was not set.",
      {},
      /^Firefox's first-party isolation is on.*Cookie Lens bug/,
    ],
    ['Invalid partitionKey', { topLevelSite: 'example.com' }, /^Firefox refused the partition key "example\.com"/],
    [
      'Type error for parameter details (Unexpected property "foo") for cookies.set.',
      {},
      /^Firefox rejected the request itself/,
    ],
    ['something new', {}, /^Firefox did not save the cookie "sid" \(it said: something new\)/],
  ])('%s', (message, patch, expected) => {
    const text = explainChromeError(message, { ...draft, ...patch }, 'Firefox');
    // The editor's own rules may name Chrome's behaviour (they are the gate in both browsers); the sentence is Firefox's.
    expect(text).toMatch(expected);
  });

  test("Chrome's words stay Chrome's by default", () => {
    expect(explainChromeError('something new', draft)).toMatch(/^Chrome did not save/);
    expect(explainChromeError('No cookie store found with id 7.', draft)).toMatch(/incognito/);
  });
});

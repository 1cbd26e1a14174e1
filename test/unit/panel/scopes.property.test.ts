/** The scope control reads as a widening series, so it must be one: page ⊆ site ⊆ all, for any jar and page. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import { inScope, normaliseUrls } from '../../../src/core/cookie/scope.ts';
import { cookieArb, hostArb, pathArb } from '../../fixtures/cookie-arbitrary.ts';
import { cookie } from '../../fixtures/cookies.ts';

const urlArb = fc
  .tuple(fc.constantFrom('http', 'https'), hostArb, pathArb)
  .map(([scheme, host, path]) => `${scheme}://${host}${path}`);

describe('scopes widen strictly', () => {
  test("every cookie sent with the page is among the site's, and every site cookie among all", () => {
    fc.assert(
      fc.property(
        fc.array(cookieArb, { maxLength: 30 }),
        urlArb,
        fc.array(urlArb, { maxLength: 4 }),
        (jar, page, frames) => {
          const pageUrl = new URL(page);
          const urls = normaliseUrls([page, ...frames]);
          const pageScope = new Set(inScope('page', jar, urls, pageUrl));
          const siteScope = new Set(inScope('site', jar, urls, pageUrl));
          const allScope = new Set(inScope('all', jar, urls, pageUrl));
          for (const c of pageScope) expect(siteScope.has(c)).toBe(true);
          for (const c of siteScope) expect(allScope.has(c)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a third-party frame\'s cookie sent with the page stays in "All cookies of this site"', () => {
    const page = new URL('http://localhost:8000/');
    const urls = normaliseUrls([page.href, 'http://127.0.0.1:8001/widget']);
    const widget = cookie({ name: 'widget_uid', domain: '127.0.0.1', sameSite: 'no_restriction', secure: false });
    const elsewhere = cookie({ name: 'other', domain: 'unrelated.test' });
    expect(inScope('site', [widget, elsewhere], urls, page).map((c) => c.name)).toEqual(['widget_uid']);
  });
});

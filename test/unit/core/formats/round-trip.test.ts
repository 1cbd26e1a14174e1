/**
 * Export then import restores the cookies. What each format carries:
 * - JSON: every attribute (name, value, domain, hostOnly, path, secure, httpOnly, sameSite, session,
 *   expirationDate exactly, storeId, partitionKey).
 * - Netscape: name, value, domain, hostOnly, path, secure, httpOnly, session, expirationDate truncated to the
 *   second. Not carried: sameSite ("unspecified"), partitionKey (none), storeId (the import context's).
 * - Cookie header: name and value only (cookies become host-only session cookies of the page, Path=/).
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';

import type { Cookie } from '../../../../src/core/cookie/model.ts';
import { exportHeader, parseHeader } from '../../../../src/core/formats/header.ts';
import { exportJson, parseJson } from '../../../../src/core/formats/json.ts';
import { exportNetscape, parseNetscape } from '../../../../src/core/formats/netscape.ts';
import type { ParseResult } from '../../../../src/core/formats/types.ts';
import { cookiesArb, headerCookie, nameArb, valueArb } from '../../../fixtures/cookie-arbitrary.ts';

function ok(r: ParseResult): Cookie[] {
  if ('error' in r) throw new Error(`unexpected error: ${JSON.stringify(r.error)}`);
  return r.cookies;
}

describe('round trip', () => {
  test('JSON restores every attribute exactly', () => {
    fc.assert(
      fc.property(cookiesArb, (cookies) => {
        expect(ok(parseJson(exportJson(cookies).text))).toEqual(cookies);
      }),
      { numRuns: 300 },
    );
  });

  test('Netscape restores everything cookies.txt carries', () => {
    fc.assert(
      fc.property(cookiesArb, fc.constantFrom('0', '7'), (cookies, storeId) => {
        const back = ok(parseNetscape(exportNetscape(cookies).text, { storeId }));
        const expected = cookies.map((c): Cookie => {
          const { partitionKey: _pk, expirationDate, ...rest } = c;
          return {
            ...rest,
            sameSite: 'unspecified',
            storeId,
            ...(expirationDate !== undefined ? { expirationDate: Math.floor(expirationDate) } : {}),
          };
        });
        expect(back).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('Cookie header restores names and values, as host-only cookies of the page', () => {
    const pairArb = fc.array(fc.record({ name: nameArb.filter((n) => n !== ''), value: valueArb }), {
      minLength: 1,
      maxLength: 10,
    });
    fc.assert(
      fc.property(pairArb, (pairs) => {
        const cookies = pairs.map(headerCookie);
        const text = exportHeader(cookies, { url: 'https://app.example.com/' }).text;
        expect(ok(parseHeader(text, { url: 'https://app.example.com/x' }))).toEqual(cookies);
      }),
      { numRuns: 300 },
    );
  });
});

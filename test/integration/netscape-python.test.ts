/**
 * Interop with Python's http.cookiejar.MozillaCookieJar (what yt-dlp's jar builds on): it loads our cookies.txt
 * (including #HttpOnly_ lines, which it records as the nonstandard attribute "HTTPOnly"), and a jar it saves
 * imports correctly.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { afterAll, beforeAll, describe, expect, test } from 'vitest';

import { exportNetscape, parseNetscape } from '../../src/core/formats/netscape.ts';
import { cookie } from '../fixtures/cookies.ts';

const PYTHON = '/usr/bin/python3';
const run = promisify(execFile);
const hasPython = existsSync(PYTHON);

const LOAD = `
import http.cookiejar, json, sys
jar = http.cookiejar.MozillaCookieJar(sys.argv[1])
jar.load(ignore_discard=True, ignore_expires=sys.argv[2] == 'ignore_expires')
print(json.dumps(sorted([{"name": c.name, "value": c.value, "domain": c.domain, "domain_specified": c.domain_specified,
  "path": c.path, "secure": c.secure, "expires": c.expires, "httponly": c.has_nonstandard_attr("HTTPOnly")} for c in jar],
  key=lambda c: c["name"])))
`;

const SAVE = `
import http.cookiejar, sys
jar = http.cookiejar.MozillaCookieJar(sys.argv[1])
def add(name, value, domain, path, secure, expires, httponly):
    jar.set_cookie(http.cookiejar.Cookie(0, name, value, None, False, domain, domain.startswith("."), domain.startswith("."),
        path, True, secure, expires, expires is None, None, None, {"HTTPOnly": ""} if httponly else {}))
add("pysess", "s1", "www.example.com", "/", False, None, True)
add("pydom", "d1", ".example.com", "/docs", True, 1900000000, False)
jar.save(ignore_discard=True)
`;

describe.skipIf(!hasPython)(
  `Python MozillaCookieJar interop${hasPython ? '' : ' (skipped: /usr/bin/python3 not found)'}`,
  () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(join(tmpdir(), 'cookie-lens-py-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    test('loads our cookies.txt: names, domains, paths, secure, expiry and #HttpOnly_ lines', async () => {
      const file = join(dir, 'export.txt');
      writeFileSync(
        file,
        exportNetscape([
          cookie({
            name: 'ho',
            value: 'h',
            domain: 'www.example.com',
            httpOnly: true,
            session: false,
            expirationDate: 1900000000.9,
          }),
          cookie({
            name: 'dom',
            value: 'd=1',
            domain: '.example.com',
            hostOnly: false,
            path: '/docs',
            secure: true,
            session: false,
            expirationDate: 1900000000,
          }),
          cookie({ name: 'sess', value: 's', domain: 'www.example.com' }),
        ]).text,
      );
      const { stdout } = await run(PYTHON, ['-c', LOAD, file, 'ignore_expires']);
      expect(JSON.parse(stdout)).toEqual([
        {
          name: 'dom',
          value: 'd=1',
          domain: '.example.com',
          domain_specified: true,
          path: '/docs',
          secure: true,
          expires: 1900000000,
          httponly: false,
        },
        {
          name: 'ho',
          value: 'h',
          domain: 'www.example.com',
          domain_specified: false,
          path: '/',
          secure: false,
          expires: 1900000000,
          httponly: true,
        },
        {
          name: 'sess',
          value: 's',
          domain: 'www.example.com',
          domain_specified: false,
          path: '/',
          secure: false,
          expires: 0,
          httponly: false,
        },
      ]);
      // The caveat our export notes say: expiry 0 (curl's session marker) is "expired" to MozillaCookieJar by default.
      const strict = JSON.parse((await run(PYTHON, ['-c', LOAD, file, 'check_expires'])).stdout) as { name: string }[];
      expect(strict.map((c) => c.name)).toEqual(['dom', 'ho']);
    });

    test('a jar MozillaCookieJar saves (empty expiry for sessions, #HttpOnly_) imports correctly', async () => {
      const file = join(dir, 'python-jar.txt');
      await run(PYTHON, ['-c', SAVE, file]);
      const r = parseNetscape(readFileSync(file, 'utf8'));
      if ('error' in r) throw new Error(JSON.stringify(r.error));
      expect(r.cookies).toEqual([
        {
          name: 'pysess',
          value: 's1',
          domain: 'www.example.com',
          hostOnly: true,
          path: '/',
          secure: false,
          httpOnly: true,
          sameSite: 'unspecified',
          session: true,
          storeId: '0',
        },
        {
          name: 'pydom',
          value: 'd1',
          domain: '.example.com',
          hostOnly: false,
          path: '/docs',
          secure: true,
          httpOnly: false,
          sameSite: 'unspecified',
          session: false,
          expirationDate: 1900000000,
          storeId: '0',
        },
      ]);
    });
  },
);

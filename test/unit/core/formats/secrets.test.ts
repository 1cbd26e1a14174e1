import { describe, expect, test } from 'vitest';

import type { CookieClass } from '../../../../src/core/analysis-types.ts';
import type { Cookie } from '../../../../src/core/cookie/model.ts';
import { exportCookies } from '../../../../src/core/formats/export.ts';
import { markSecrets, maskValue, redact } from '../../../../src/core/formats/secrets.ts';
import { cookie } from '../../../fixtures/cookies.ts';
import { analysis } from '../rules/helpers.ts';

const classes: Record<string, CookieClass> = { sessionid: 'session-id', jwt: 'auth-token', theme: 'preference' };
const classOf = (c: Cookie) => analysis({ class: classes[c.name] ?? 'unknown' });
const jar = [
  cookie({
    name: 'sessionid',
    value: 'k3j4h5g6f7d8s9a0',
    domain: '.shop.example.co.uk',
    hostOnly: false,
    httpOnly: true,
    secure: true,
  }),
  cookie({ name: 'jwt', value: 'eyJhbGciOiJIUzI1NiJ9.e30.sig', domain: 'api.example.com' }),
  cookie({ name: 'theme', value: 'dark' }),
];

describe('secrets', () => {
  test('session IDs and auth tokens are marked with who could act as you', () => {
    const marks = markSecrets(jar, classOf);
    expect(marks.map((m) => [m.cookie.name, m.class])).toEqual([
      ['sessionid', 'session-id'],
      ['jwt', 'auth-token'],
    ]);
    expect(marks[0]?.warning).toBe(
      '"sessionid" is a session ID: whoever has this cookie can act as you on example.co.uk.',
    );
    expect(marks[1]?.warning).toMatch(/can act as you on example\.com/);
  });

  test('redact replaces only secret values and keeps every other attribute', () => {
    const out = redact(jar, classOf);
    expect(out[0]).toEqual({ ...jar[0], value: 'REDACTED-session-id' });
    expect(out[1]).toEqual({ ...jar[1], value: 'REDACTED-auth-token' });
    expect(out[2]).toEqual(jar[2]);
    expect(jar[0]?.value).toBe('k3j4h5g6f7d8s9a0');
  });

  test('maskValue hides values and caps the mask length', () => {
    expect(maskValue('')).toBe('');
    expect(maskValue('abc')).toBe('•••');
    expect(maskValue('k3j4h5g6f7d8s9a0')).toBe('k3••••••a0');
    expect(maskValue('x'.repeat(500))).toHaveLength(10);
  });

  test('exports say how many credentials they hold, or that they were redacted', () => {
    const plain = exportCookies('netscape', jar, { analysisOf: classOf });
    expect(plain.text).toContain('k3j4h5g6f7d8s9a0');
    expect(plain.notes[0]).toMatch(/2 cookie\(s\) in this export are credentials/);
    const red = exportCookies('json', jar, { analysisOf: classOf, redactSecrets: true });
    expect(red.text).not.toContain('k3j4h5g6f7d8s9a0');
    expect(red.text).toContain('REDACTED-auth-token');
    expect(red.redacted).toBe(true);
    expect(exportCookies('header', jar).secrets).toEqual([]);
  });
});

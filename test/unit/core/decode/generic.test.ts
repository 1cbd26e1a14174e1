import { createHmac, randomBytes } from 'node:crypto';

import { describe, expect, it } from 'vitest';

import { analyzeCookie } from '../../../../src/core/analyze.ts';
import { decodeCookieValue } from '../../../../src/core/decode/index.ts';
import { cookie, NOW_MS } from '../helpers.ts';

const analyze = (name: string, value: string) => analyzeCookie(cookie(name, value), 'https://app.example.com/', NOW_MS);

describe('generic layers and serialized objects', () => {
  it.each([
    [
      'Java serialization (rO0AB)',
      Buffer.concat([Buffer.from([0xac, 0xed, 0x00, 0x05]), Buffer.from('sr\x00\x11java.util.HashMap')]).toString(
        'base64',
      ),
      'java',
    ],
    [
      'Python pickle protocol 4',
      Buffer.from([0x80, 0x04, 0x95, 0x10, 0, 0, 0, 0, 0, 0, 0, 0x7d, 0x94]).toString('base64'),
      'pickle',
    ],
    [
      '.NET BinaryFormatter',
      Buffer.concat([Buffer.from([0, 1, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 1, 0, 0, 0]), randomBytes(8)]).toString(
        'base64',
      ),
      'dotnet',
    ],
    ['PHP serialize()', encodeURIComponent('a:2:{s:4:"user";s:5:"alice";s:4:"role";s:5:"admin";}'), 'php'],
  ])('%s → serialized layer and client data', (_label, value, format) => {
    const a = analyze('state', value);
    const layer = a.layers.find((l) => l.kind === 'serialized');
    expect(layer?.data).toEqual({ format });
    expect(a.classification).toMatchObject({ class: 'client-data', subtype: 'serialized-object' });
    expect(a.classification.evidence[0]).toMatch(/remote-code-execution/);
  });

  it('WSTG key=value pairs', () => {
    const a = analyze('PREF', 'ID=1a2b3c:CR=1:TM=1700000000:LM=1700000001:S=abc');
    expect(a.layers.map((l) => l.kind)).toEqual(['kv']);
    expect(a.layers[0]?.data).toMatchObject({ ID: '1a2b3c', CR: '1' });
    expect(a.classification).toMatchObject({ class: 'client-data', readability: 'readable', subtype: 'kv' });
  });

  it('quotes and URL encoding are peeled first, outermost first', () => {
    const d = decodeCookieValue('data', `"${encodeURIComponent('{"theme":"dark"}')}"`);
    expect(d.layers.map((l) => l.kind)).toEqual(['quotes', 'url', 'json']);
  });

  it('Rails legacy signed cookie (MessageVerifier, HMAC-SHA1 hex) is readable', () => {
    const data = Buffer.from(JSON.stringify({ user_id: 9 })).toString('base64');
    const digest = createHmac('sha1', 'secret').update(data).digest('hex');
    const a = analyze('_blog_session', encodeURIComponent(`${data}--${digest}`));
    expect(a.classification).toMatchObject({
      class: 'client-data',
      readability: 'signed',
      framework: 'rails',
      isAuth: true,
    });
    expect(a.layers.some((l) => l.kind === 'json')).toBe(true);
  });

  it('Rails 4–5.1 encrypted cookie (enc--iv inside) is encrypted', () => {
    const inner = Buffer.from(`${randomBytes(32).toString('base64')}--${randomBytes(16).toString('base64')}`).toString(
      'base64',
    );
    const digest = createHmac('sha1', 'secret').update(inner).digest('hex');
    expect(analyze('_blog_session', `${inner}--${digest}`).classification).toMatchObject({
      readability: 'encrypted',
      framework: 'rails',
    });
  });

  it.each([
    [
      '__Host-authjs.csrf-token',
      `${randomBytes(32).toString('hex')}%7C${randomBytes(32).toString('hex')}`,
      { class: 'csrf', framework: 'authjs' },
    ],
    [
      'next-auth.session-token',
      randomBytes(16).toString('hex'),
      { class: 'session-id', framework: 'authjs', isAuth: true },
    ],
    ['authjs.callback-url', encodeURIComponent('https://app.example.com/'), { class: 'unknown', framework: 'authjs' }],
    ['.AspNetCore.Cookies', 'chunks-3', { class: 'client-data', framework: 'aspnetcore' }],
    [
      '.AspNetCore.Antiforgery.abc123',
      `CfDJ8${randomBytes(40).toString('base64url')}`,
      { class: 'csrf', framework: 'aspnetcore' },
    ],
    ['CFID', '12345', { class: 'session-id', framework: 'coldfusion' }],
    ['django_language', 'pt-br', { class: 'preference', framework: 'django' }],
    // DJ4E's cookie lesson: a remembered name in plain text is a preference, not a login.
    ['username', 'dj4e_user', { class: 'preference', readability: 'readable', isAuth: false }],
    ['theme', 'dark', { class: 'preference' }],
  ])('%s', (name, value, expected) => {
    expect(analyze(name, value).classification).toMatchObject(expected);
  });
});

import { describe, expect, it } from 'vitest';

import { analyzeCookie } from '../../../../src/core/analyze.ts';
import { LazyTextLayer } from '../../../../src/core/decode/lazy-layer.ts';
import { cookie } from '../helpers.ts';

describe('layers whose text is made when first read', () => {
  it('renders once, on first read, and serialises with its text', () => {
    let calls = 0;
    const layer = new LazyTextLayer('json', 'JSON', { a: 1 }, (d) => {
      calls++;
      return JSON.stringify(d);
    });
    expect(calls).toBe(0);
    expect(layer.text).toBe('{"a":1}');
    expect(layer.text).toBe('{"a":1}');
    expect(calls).toBe(1);
    expect(JSON.parse(JSON.stringify(layer))).toEqual({ kind: 'json', label: 'JSON', text: '{"a":1}', data: { a: 1 } });
  });

  it('JSON, JWT and key=value layers of a real analysis read and serialise like plain ones', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiIsImV4cCI6MTkwMDAwMDAwMH0.c2ln';
    const cases: Array<[string, string, RegExp]> = [
      ['prefs', '{"theme":"dark"}', /^\{"theme":"dark"\}$/],
      [
        'token',
        jwt,
        /^header: \{"alg":"HS256"\}\npayload: \{"sub":"42","exp":"2030-03-17T17:46:40\.000Z \(1900000000\)"\}\nsignature: 4 characters$/,
      ],
      ['ids', 'a=1&b=two', /^a = 1\nb = two$/],
    ];
    for (const [name, value, text] of cases) {
      const { layers } = analyzeCookie(cookie(name, value), 'https://example.com/');
      const last = layers[layers.length - 1];
      expect(last?.text).toMatch(text);
      const json = JSON.parse(JSON.stringify(layers)) as Array<{ text: string }>;
      expect(json[json.length - 1]?.text).toMatch(text);
    }
  });
});

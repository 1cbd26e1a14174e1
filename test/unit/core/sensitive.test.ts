import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SensitiveHit } from '../../../src/core/analysis-types.ts';
import { analyzeCookie } from '../../../src/core/analyze.ts';
import { isValidLuhn, scanJson, scanText } from '../../../src/core/sensitive.ts';
import { NOW_MS, cookie } from './helpers.ts';

function kindsIn(text: string): string[] {
  const hits: SensitiveHit[] = [];
  scanText(text, 'value', hits);
  return hits.map((h) => h.kind);
}

describe('sensitive data (cookie-rules.md §7.1)', () => {
  it.each([
    ['user%40example.org', ['email']],
    ['card=4111111111111111', ['card']],
    ['card=4111111111111112', []], // fails Luhn
    ['price=4111111111111111.5', []], // inside a decimal
    ['ssn 123-45-6789', ['ssn']],
    ['backend 10.0.3.7 and 192.168.1.20', ['private-ip', 'private-ip']],
    ['host=10.0.0.1', ['private-ip']], // no run of 3 digits: once skipped by the digit gate
    ['gw 172.16.0.1', ['private-ip']],
    ['public 8.8.8.8', []],
    ['plain text', []],
  ])('%s → %j', (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  it('the one-pass gates never skip a private IP, an SSN or an e-mail the full patterns find', () => {
    // The patterns of cookie-rules.md §7.1, run on the whole text without any gate.
    const full: Array<[string, RegExp]> = [
      ['email', /\b[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}\b/g],
      ['ssn', /\b\d{3}-\d{2}-\d{4}\b/g],
      ['private-ip', /\b(?:10\.\d{1,3}\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3})\b/g],
    ];
    const pieces = ['10', '172', '192', '168', '16', '1', '0', '7', '123', '45', '6789', '.', '-', '@', '%40', 'a', 'x.org', ' ', '='];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join('')), (text) => {
        // E-mails are looked for in the text and in the text with %40 decoded.
        const texts = [text, text.replace(/%40/g, '@')];
        const expected = new Set(full.flatMap(([kind, re]) => (kind === 'email' ? texts : [text]).flatMap((t) => [...t.matchAll(re)].map((m) => `${kind}:${m[0]}`))));
        const hits: SensitiveHit[] = [];
        scanText(text, 'value', hits);
        expect(new Set(hits.filter((h) => h.kind !== 'card').map((h) => `${h.kind}:${h.sample}`))).toEqual(expected);
      }),
      { numRuns: 3000 },
    );
  });

  it('Luhn', () => {
    expect(isValidLuhn('378282246310005')).toBe(true);
    expect(isValidLuhn('378282246310006')).toBe(false);
  });

  it('password keys and authorisation flags in JSON', () => {
    const hits: SensitiveHit[] = [];
    scanJson({ user: { pwd: 'hunter2', is_admin: true }, role: 'staff', password: '' }, 'JSON key', hits);
    expect(hits.map((h) => [h.kind, h.where])).toEqual([
      ['password', 'JSON key user pwd'],
      ['authz-flag', 'JSON key user is_admin'],
      ['authz-flag', 'JSON key role'],
    ]);
    expect(hits[0]?.sample).not.toContain('hunter2');
  });

  it('scans decoded payloads, not just the raw value', () => {
    const value = Buffer.from(JSON.stringify({ email: 'eve@example.com', card: '5555555555554444' })).toString('base64');
    const kinds = analyzeCookie(cookie('prefs', value), 'https://app.example.com/', NOW_MS).sensitive.map((h) => h.kind);
    expect(kinds).toEqual(expect.arrayContaining(['email', 'card']));
  });

  it('an unsigned authorisation cookie is flagged (WSTG IsAdmin=No)', () => {
    const a = analyzeCookie(cookie('isAdmin', 'No'), 'https://app.example.com/', NOW_MS);
    expect(a.classification).toMatchObject({ class: 'client-data', subtype: 'authz-flag' });
    expect(a.sensitive.map((h) => h.kind)).toContain('authz-flag');
  });
});

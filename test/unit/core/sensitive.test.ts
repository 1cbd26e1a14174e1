import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import type { SensitiveHit } from '../../../src/core/analysis-types.ts';
import { analyzeCookie } from '../../../src/core/analyze.ts';
import { isValidLuhn, scanJson, scanText } from '../../../src/core/classify/sensitive.ts';
import { cookie, NOW_MS } from './helpers.ts';

function kindsIn(text: string): string[] {
  const hits: SensitiveHit[] = [];
  scanText(text, 'value', hits);
  return hits.map((h) => h.kind);
}

describe('sensitive data (docs/rules.md §6.1)', () => {
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
    // The patterns of docs/rules.md §6.1, run on the whole text without any gate.
    const full: Array<[string, RegExp]> = [
      ['email', /\b[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\.[a-zA-Z]{2,}\b/g],
      ['ssn', /\b\d{3}-\d{2}-\d{4}\b/g],
      [
        'private-ip',
        /\b(?:10\.\d{1,3}\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3})\b/g,
      ],
    ];
    const pieces = [
      '10',
      '172',
      '192',
      '168',
      '16',
      '1',
      '0',
      '7',
      '123',
      '45',
      '6789',
      '.',
      '-',
      '@',
      '%40',
      'a',
      'x.org',
      ' ',
      '=',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join('')),
        (text) => {
          // E-mails are looked for in the text and in the text with %40 decoded.
          const texts = [text, text.replace(/%40/g, '@')];
          const expected = new Set(
            full.flatMap(([kind, re]) =>
              (kind === 'email' ? texts : [text]).flatMap((t) => [...t.matchAll(re)].map((m) => `${kind}:${m[0]}`)),
            ),
          );
          const hits: SensitiveHit[] = [];
          scanText(text, 'value', hits);
          expect(new Set(hits.filter((h) => h.kind !== 'card').map((h) => `${h.kind}:${h.sample}`))).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('the card gate never skips a card the full brand patterns find', () => {
    // ZAP PiiScanRule's brand patterns (docs/rules.md §6.1), run on the whole text, then Luhn and the decimal check.
    const brands = [
      /\b3[47]\d{13}\b/g,
      /\b3(?:0[0-5]|[68]\d)\d{11}\b/g,
      /\b6(?:011|5\d{2})\d{12}\b/g,
      /\b(?:2131|1800|35\d{3})\d{11}\b/g,
      /\b(?:5[0678]\d\d|6304|6390|67\d\d)\d{8,15}\b/g,
      /\b(?:5[1-5]\d{2}|222[1-9]|22[3-9]\d|2[3-6]\d{2}|27[01]\d|2720)\d{12}\b/g,
      /\b4\d{12}(?:\d{3})?\b/g,
    ];
    const pieces = [
      '4111111111111111',
      '378282246310005',
      '5555555555554444',
      '6011111111111117',
      '4111',
      '1',
      '0',
      'a',
      '_',
      '.',
      ' ',
      '-',
      'e',
    ];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { maxLength: 6 }).map((p) => p.join('')),
        (text) => {
          const expected = new Set<string>();
          for (const re of brands) {
            for (const m of text.matchAll(re)) {
              const end = (m.index ?? 0) + m[0].length;
              const inNumber = text.charAt((m.index ?? 0) - 1) === '.' || ['.', 'e', 'E'].includes(text.charAt(end));
              if (!inNumber && isValidLuhn(m[0])) expected.add(m[0].slice(-4));
            }
          }
          const hits: SensitiveHit[] = [];
          scanText(text, 'value', hits);
          expect(new Set(hits.filter((h) => h.kind === 'card').map((h) => h.sample.slice(-4)))).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
    expect(kindsIn('id_4111111111111111')).toEqual([]); // '_' is a word character: no \b, no card
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
    const value = Buffer.from(JSON.stringify({ email: 'eve@example.com', card: '5555555555554444' })).toString(
      'base64',
    );
    const kinds = analyzeCookie(cookie('prefs', value), 'https://app.example.com/', NOW_MS).sensitive.map(
      (h) => h.kind,
    );
    expect(kinds).toEqual(expect.arrayContaining(['email', 'card']));
  });

  it('an unsigned authorisation cookie is flagged (WSTG IsAdmin=No)', () => {
    const a = analyzeCookie(cookie('isAdmin', 'No'), 'https://app.example.com/', NOW_MS);
    expect(a.classification).toMatchObject({ class: 'client-data', subtype: 'authz-flag' });
    expect(a.sensitive.map((h) => h.kind)).toContain('authz-flag');
  });
});

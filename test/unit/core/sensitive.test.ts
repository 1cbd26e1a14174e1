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
    ['public 8.8.8.8', []],
    ['plain text', []],
  ])('%s → %j', (text, kinds) => {
    expect(kindsIn(text)).toEqual(kinds);
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

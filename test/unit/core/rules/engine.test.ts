import { readdirSync } from 'node:fs';
import { join } from 'node:path';

import { describe, expect, test } from 'vitest';

import { cookieKey } from '../../../../src/core/cookie/cookie.ts';
import { runRules } from '../../../../src/core/rules/engine.ts';
import { ruleById, RULES } from '../../../../src/core/rules/index.ts';
import { parseSetCookieHeaders } from '../../../../src/core/set-cookie/parse.ts';
import { analyzed, NOW_MS, SESSION } from './helpers.ts';

describe('rule registry', () => {
  test('CK001.. in order, unique ids, as many as the rule files', () => {
    const ids = RULES.map((r) => r.id);
    const files = readdirSync(join(import.meta.dirname, '../../../../src/core/rules')).filter((f) =>
      /^ck\d{3}-/.test(f),
    );
    expect(ids).toEqual(Array.from({ length: files.length }, (_, i) => `CK${String(i + 1).padStart(3, '0')}`));
  });
  test.each(RULES.map((r) => [r.id, r] as const))('%s carries its explanation, fix and sources', (_id, rule) => {
    expect(rule.title.length).toBeGreaterThan(5);
    expect(rule.why.length).toBeGreaterThan(20);
    expect(rule.attack.length).toBeGreaterThan(10);
    expect(rule.fix.general.length).toBeGreaterThan(5);
    expect(rule.sources.length).toBeGreaterThan(0);
    for (const s of rule.sources) expect(s.url).toMatch(/^https:\/\//);
  });
  test('the rules Chrome never stores are raw-header rules', () => {
    expect(RULES.filter((r) => r.observable === 'raw-header').map((r) => r.id)).toEqual(['CK012', 'CK014', 'CK041']);
  });
  test('"learn more" links fit their label: a Django setting named in a label is that setting\'s anchor in Django\'s docs', () => {
    const named = RULES.flatMap((r) => r.sources.map((s) => ({ rule: r.id, ...s }))).filter(
      (s) => /^Django/.test(s.label) && /\b[A-Z]+(_[A-Z]+)+\b/.test(s.label),
    );
    expect(named.map((s) => s.rule)).toEqual(expect.arrayContaining(['CK004', 'CK008']));
    for (const s of named) {
      const setting = /\b[A-Z]+(?:_[A-Z]+)+\b/.exec(s.label)?.[0] ?? '';
      expect(s.url, `${s.rule}: ${s.label}`).toBe(
        `https://docs.djangoproject.com/en/stable/ref/settings/#${setting.toLowerCase().replace(/_/g, '-')}`,
      );
    }
    // An HttpOnly finding links to the HttpOnly attribute, not to something about another storage or framework.
    for (const id of ['CK006', 'CK026'])
      expect(ruleById(id)?.sources.some((s) => s.url.endsWith('#attribute-httponly'))).toBe(true);
  });
  test('a rule carries no framework lines of its own: they depend on the cookie (see frameworks-advice.test.ts)', () => {
    for (const rule of RULES) expect(rule.fix.frameworks).toEqual({});
  });
});

describe('runRules', () => {
  const insecureSession = analyzed(
    { name: 'sessionid', secure: false, httpOnly: false, sameSite: 'unspecified' },
    SESSION,
  );

  test('builds findings with the rule text, cookie key and name', () => {
    const findings = runRules({ pageUrl: 'https://example.com/', cookies: [insecureSession], nowMs: NOW_MS });
    const ck001 = findings.find((f) => f.ruleId === 'CK001');
    expect(ck001).toMatchObject({
      severity: 'high',
      cookieName: 'sessionid',
      cookieKey: cookieKey(insecureSession.cookie),
      title: ruleById('CK001')?.title,
      muted: false,
    });
    expect(findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['CK001', 'CK006', 'CK010', 'CK013', 'CK030']),
    );
  });

  test('muted rules and cookies are returned marked, not dropped', () => {
    const all = runRules({ pageUrl: 'https://example.com/', cookies: [insecureSession], nowMs: NOW_MS });
    const muted = runRules({
      pageUrl: 'https://example.com/',
      cookies: [insecureSession, analyzed({ name: 'theme', httpOnly: false })],
      nowMs: NOW_MS,
      muted: { rules: ['CK001'], cookies: [cookieKey(analyzed({ name: 'theme' }).cookie)] },
    });
    expect(muted.find((f) => f.ruleId === 'CK001')?.muted).toBe(true);
    expect(muted.find((f) => f.ruleId === 'CK006')?.muted).toBe(false);
    expect(muted.find((f) => f.cookieName === 'theme')?.muted).toBe(true);
    expect(muted.filter((f) => f.cookieName === 'sessionid')).toHaveLength(all.length);
  });

  test('raw-header findings get the key of the cookie Chrome would store', () => {
    const headers = parseSetCookieHeaders(['tracker=1; SameSite=None; Path=/'], 'https://example.com/a/b');
    const findings = runRules({
      pageUrl: 'https://example.com/',
      cookies: [],
      setCookieHeaders: headers,
      nowMs: NOW_MS,
    });
    const ck012 = findings.find((f) => f.ruleId === 'CK012');
    expect(ck012?.cookieName).toBe('tracker');
    expect(ck012?.observable).toBe('raw-header');
    expect(ck012?.cookieKey).toBe(JSON.stringify(['0', 'tracker', 'example.com', '/', '']));
  });
});

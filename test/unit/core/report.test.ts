import { describe, expect, test } from 'vitest';

import { detectFrameworks } from '../../../src/core/report/frameworks.ts';
import { reportToMarkdown } from '../../../src/core/report/markdown.ts';
import { escapeMarkdown } from '../../../src/core/report/markdown.ts';
import { buildSiteReport, gradeFindings, gradeFor, GRADING } from '../../../src/core/report/report.ts';
import { runRules } from '../../../src/core/rules/engine.ts';
import type { Finding, Severity } from '../../../src/core/rules/types.ts';
import { analyzed, CSRF, DAY_S, NOW_MS, NOW_S, SESSION } from './rules/helpers.ts';

function finding(ruleId: string, severity: Severity, muted = false): Finding {
  return {
    ruleId,
    severity,
    title: ruleId,
    why: '',
    attack: '',
    fix: { general: '', frameworks: {} },
    sources: [],
    observable: 'store',
    muted,
  };
}

describe('grading', () => {
  test.each([
    [[], 100, 'A+'],
    [[finding('CK011', 'info')], 100, 'A+'],
    [[finding('CK013', 'low')], 95, 'A'],
    [[finding('CK003', 'medium'), finding('CK003', 'low'), finding('CK003', 'medium')], 85, 'A-'],
    [[finding('CK001', 'high'), finding('CK006', 'medium'), finding('CK010', 'low')], 50, 'C'],
    [[finding('CK001', 'high'), finding('CK002', 'high'), finding('CK022', 'high'), finding('CK025', 'high')], 0, 'F'],
    [[finding('CK001', 'high', true)], 100, 'A+'],
  ] as const)('%#: score %s grade %s', (findings, score, grade) => {
    const result = gradeFindings(findings);
    expect(result.score).toBe(score);
    expect(result.grade).toBe(grade);
  });
  test('grade chart boundaries', () => {
    expect([100, 99, 85, 84, 70, 25, 24].map(gradeFor)).toEqual(['A+', 'A', 'A-', 'B+', 'B', 'D-', 'F']);
    expect(GRADING.formula).toContain('100');
  });
});

/** A default Django deployment: sessionid persistent 2 weeks without Secure, csrftoken without Secure. */
const djangoJar = [
  analyzed(
    {
      name: 'sessionid',
      value: 'q8x3n0f7k2m9p4r6t1v5w8y0z3b6c9d2',
      secure: false,
      session: false,
      expirationDate: NOW_S + 14 * DAY_S,
    },
    { ...SESSION, classification: { framework: 'django', frameworkLabel: 'Django session', entropyBits: 165 } },
  ),
  analyzed(
    {
      name: 'csrftoken',
      value: 'a'.repeat(32),
      secure: false,
      httpOnly: false,
      session: false,
      expirationDate: NOW_S + 300 * DAY_S,
    },
    CSRF,
  ),
];

describe('site report for a Django jar', () => {
  const pageUrl = 'https://shop.example.co.uk/cart';
  const findings = runRules({ pageUrl, cookies: djangoJar, nowMs: NOW_MS });
  const report = buildSiteReport({ pageUrl, cookies: djangoJar, findings });

  test('grade, counts and groups', () => {
    expect(report.site).toBe('example.co.uk');
    const ruleIds = report.groups.map((g) => g.ruleId);
    expect(ruleIds).toEqual(['CK001', 'CK004', 'CK013', 'CK020', 'CK008', 'CK030']);
    // CK001 high 30 + CK004 low 5 + CK013 low 5 + CK020 low 5 = 45
    expect(report.score).toBe(55);
    expect(report.grade).toBe('C');
    expect(report.counts).toEqual({ high: 1, medium: 0, low: 3, info: 3 });
    expect(report.groups.find((g) => g.ruleId === 'CK030')?.cookies).toEqual(['sessionid', 'csrftoken']);
  });

  test('detects Django and gives only the settings the findings call for', () => {
    expect(report.frameworks[0]?.framework).toBe('django');
    const django = report.frameworkSettings;
    expect(django?.framework).toBe('django');
    expect(django?.check).toBe('python manage.py check --deploy');
    expect(django?.lines).toEqual(
      expect.arrayContaining([
        'SESSION_COOKIE_SECURE = True',
        'CSRF_COOKIE_SECURE = True',
        'SESSION_EXPIRE_AT_BROWSER_CLOSE = True',
      ]),
    );
    expect(django?.lines).not.toContain('SESSION_COOKIE_HTTPONLY = True');
    expect(django?.lines).not.toContain('SESSION_ENGINE = "django.contrib.sessions.backends.db"');
  });

  test('readable client-side session data asks for SESSION_ENGINE', () => {
    const signed = [
      analyzed(
        { name: 'sessionid', httpOnly: true },
        {
          class: 'client-data',
          isAuth: true,
          layers: [{ kind: 'json', label: 'JSON', text: '', data: { _auth_user_id: '1' } }],
          classification: { framework: 'django' },
        },
      ),
    ];
    const r = buildSiteReport({
      pageUrl,
      cookies: signed,
      findings: runRules({ pageUrl, cookies: signed, nowMs: NOW_MS }),
    });
    expect(r.frameworkSettings?.lines).toContain('SESSION_ENGINE = "django.contrib.sessions.backends.db"');
  });

  test('Markdown export', () => {
    const md = reportToMarkdown(report);
    expect(md).toContain('# Cookie report for example\\.co\\.uk');
    expect(md).toContain('**Grade C** (score 55/100)');
    expect(md).toContain('### CK001 ');
    expect(md).toContain('SESSION_COOKIE_SECURE = True');
    expect(md).toContain('Then run: `python manage.py check --deploy`');
  });
});

describe('framework detection by names', () => {
  test.each([
    [['connect.sid'], 'express'],
    [['PHPSESSID'], 'php'],
    [['JSESSIONID'], 'java'],
    [['laravel_session', 'XSRF-TOKEN'], 'laravel'],
    [['_shop_session'], 'rails'],
    [['.AspNetCore.Session'], 'aspnetcore'],
    [['csrftoken', 'sessionid', 'PHPSESSID'], 'django'],
  ])('%j → %s', (names, framework) => {
    expect(detectFrameworks(names.map((name) => analyzed({ name })))[0]?.framework).toBe(framework);
  });
  test('nothing known → nothing detected', () => {
    expect(detectFrameworks([analyzed({ name: 'id' })])).toEqual([]);
  });
});

describe('Markdown stays inert', () => {
  test('escapes cookie names and details', () => {
    expect(escapeMarkdown('[x](javascript:alert(1)) <img src=x> *b*\n# h')).toBe(
      '\\[x\\]\\(javascript:alert\\(1\\)\\) &lt;img src=x\\> \\*b\\* \\# h',
    );
  });
  test('a hostile cookie name does not become a link or HTML', () => {
    const name = '[click](https://evil.example)<script>';
    const jar = [analyzed({ name, secure: false }, SESSION)];
    const pageUrl = 'https://example.com/';
    const md = reportToMarkdown(
      buildSiteReport({ pageUrl, cookies: jar, findings: runRules({ pageUrl, cookies: jar, nowMs: NOW_MS }) }),
    );
    expect(md).not.toContain('[click](');
    expect(md).not.toContain('<script>');
    expect(md).toContain('\\[click\\]\\(https://evil\\.example\\)&lt;script\\>');
  });
});

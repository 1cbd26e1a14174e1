import { describe, expect, test } from 'vitest';

import type { AnalysisOf } from '../../../src/core/formats/secrets.ts';
import { buildExport, exportFileName, type ExportTargets } from '../../../src/panel/transfer/export-model.ts';
import { cookie } from '../../fixtures/cookies.ts';
import { analysis } from '../core/rules/helpers.ts';

const page = new URL('http://localhost:8000/shop');
const sessionid = cookie({ name: 'sessionid', value: 'abc123secretvalue', domain: 'localhost', httpOnly: true });
const theme = cookie({ name: 'theme', value: 'dark', domain: 'localhost' });
const analysisOf: AnalysisOf = (c) => analysis({ class: c.name === 'sessionid' ? 'session-id' : 'preference' });
const targets: ExportTargets = { selected: [theme], shown: [sessionid, theme], site: [sessionid, theme] };

describe('export model', () => {
  test('file names name the site and the format', () => {
    expect(exportFileName('netscape', page)).toBe('cookies-localhost.txt');
    expect(exportFileName('json', new URL('https://www.shop.example.co.uk/a'))).toBe('cookies-example.co.uk.json');
    expect(exportFileName('curl', page)).toBe('curl-localhost.sh');
    expect(exportFileName('header', new URL('http://[::1]:8000/'))).toBe('cookie-header-_1.txt');
  });

  test('the choice picks the cookies; secrets are named even when the chosen set has none', () => {
    const selected = buildExport({
      format: 'json',
      choice: 'selected',
      targets,
      pageUrl: page,
      redact: true,
      analysisOf,
    });
    expect(selected.cookies).toEqual([theme]);
    expect(selected.secrets).toEqual([]);
    expect(JSON.parse(selected.text)).toHaveLength(1);
    expect(selected.mime).toBe('application/json');
  });

  test('Netscape: HttpOnly cookies keep their #HttpOnly_ prefix; redaction replaces only the credential', () => {
    const raw = buildExport({ format: 'netscape', choice: 'site', targets, pageUrl: page, redact: false, analysisOf });
    expect(raw.text).toContain('#HttpOnly_localhost\tFALSE\t/\tFALSE\t0\tsessionid\tabc123secretvalue');
    expect(raw.secrets.map((s) => s.cookie.name)).toEqual(['sessionid']);
    expect(raw.notes[0]).toMatch(/whoever has the export can act as you/);
    const red = buildExport({ format: 'netscape', choice: 'site', targets, pageUrl: page, redact: true, analysisOf });
    expect(red.text).not.toContain('abc123secretvalue');
    expect(red.text).toContain('sessionid\tREDACTED-session-id');
    expect(red.text).toContain('theme\tdark');
    expect(red.redacted).toBe(true);
  });

  test('curl and header use the page URL', () => {
    const curl = buildExport({ format: 'curl', choice: 'shown', targets, pageUrl: page, redact: false, analysisOf });
    expect(curl.text).toBe("curl --cookie 'sessionid=abc123secretvalue; theme=dark' 'http://localhost:8000/shop'");
    const header = buildExport({ format: 'header', choice: 'shown', targets, pageUrl: page, redact: true, analysisOf });
    expect(header.text).toBe('sessionid=REDACTED-session-id; theme=dark');
  });
});

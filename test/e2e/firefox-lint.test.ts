/**
 * addons.mozilla.org's linter (`web-ext lint`, addons-linter) on the Firefox build: no error, and the only warning is
 * Preact's own `dangerouslySetInnerHTML` branch in its DOM diff (`e.innerHTML = d.__html`), which Cookie Lens never
 * uses (no `dangerouslySetInnerHTML` or `innerHTML` in src/: cookie data is never rendered as HTML).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { describe, expect, test } from 'vitest';

import { DIST_FIREFOX } from './firefox-harness.ts';

const root = resolve(import.meta.dirname, '../..');

interface Finding {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

describe('web-ext lint --source-dir dist-firefox', () => {
  test("0 errors; the one warning is in Preact's code, not ours", () => {
    const raw = execFileSync(
      join(root, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-input'],
      { cwd: root, encoding: 'utf8', timeout: 300_000 },
    );
    const report = JSON.parse(raw.slice(raw.indexOf('{'))) as {
      errors: Finding[];
      warnings: Finding[];
      notices: Finding[];
    };
    expect(report.errors).toEqual([]);
    for (const w of report.warnings) {
      expect(w.code).toBe('UNSAFE_VAR_ASSIGNMENT');
      const line = readFileSync(join(DIST_FIREFOX, w.file ?? ''), 'utf8').split('\n')[(w.line ?? 1) - 1] ?? '';
      // The flagged assignment is Preact's: `e.innerHTML = d.__html` (d = the dangerouslySetInnerHTML prop).
      expect(line.slice(Math.max(0, (w.column ?? 0) - 200), (w.column ?? 0) + 200)).toMatch(/\.innerHTML=\w+\.__html/);
    }
    expect(report.warnings.length).toBeLessThanOrEqual(1);
    const ours = spawnSync(
      'grep',
      ['-rlE', 'dangerouslySetInnerHTML|innerHTML|outerHTML|insertAdjacentHTML', join(root, 'src')],
      { encoding: 'utf8' },
    );
    expect(ours.status).toBe(1); // grep: no file matched
    expect(ours.stdout).toBe('');
  });
});

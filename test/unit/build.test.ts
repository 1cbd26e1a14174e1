import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('manifest and build conventions', () => {
  test('least privilege: only the permissions the panel uses, no remote code', () => {
    expect(manifest.permissions).toEqual(['cookies', 'storage', 'webNavigation']);
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:/);
  });

  test('the panel page is a build input, so it is in dist/ whenever dist/ exists', () => {
    const config = readFileSync(resolve(root, 'vite.config.ts'), 'utf8');
    expect(config).toContain("panel: 'src/panel/index.html'");
    if (existsSync(resolve(root, 'dist/manifest.json')))
      expect(existsSync(resolve(root, 'dist/src/panel/index.html'))).toBe(true);
  });

  test('webextension-polyfill is imported in exactly one module', async () => {
    const { execSync } = await import('node:child_process');
    const hits = execSync('grep -rl "from \'webextension-polyfill\'" src || true', { cwd: root, encoding: 'utf8' })
      .trim()
      .split('\n');
    expect(hits).toEqual(['src/shared/browser.ts']);
  });
});

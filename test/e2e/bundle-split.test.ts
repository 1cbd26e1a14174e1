/**
 * The built extension (dist/, made by `npm run build` before the e2e suite): the Open Cookie Database copy is in the
 * analysis engine chunk, which the panel imports dynamically after its first paint, and never in what the panel page
 * loads to paint (its module script and modulepreloads); its licence and attribution ship with the extension.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, test } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
/** A name only the Open Cookie Database copy holds (the hand-written catalogue does not know it). */
const OCD_MARKER = 'AwinChannelCookie';

describe('bundle split', () => {
  test('the Open Cookie Database is in the lazily loaded engine chunk, not in the first-paint files', () => {
    const html = readFileSync(resolve(dist, 'src/panel/index.html'), 'utf8');
    const firstPaint = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
    expect(firstPaint.length).toBeGreaterThan(0);
    for (const file of firstPaint) expect(readFileSync(resolve(dist, file), 'utf8'), file).not.toContain(OCD_MARKER);

    const withData = readdirSync(resolve(dist, 'assets')).filter(
      (f) => f.endsWith('.js') && readFileSync(resolve(dist, 'assets', f), 'utf8').includes(OCD_MARKER),
    );
    expect(withData).toHaveLength(1);
    const engineChunk = withData[0] ?? '';
    expect(engineChunk).toMatch(/^engine-/);
    // The panel reaches it only through a dynamic import().
    const panelEntry = readFileSync(resolve(dist, firstPaint[0] ?? ''), 'utf8');
    expect(panelEntry).toMatch(new RegExp(`import\\([^)]*${engineChunk.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  });

  test('the licence and attribution of the Open Cookie Database ship in the extension', () => {
    expect(readFileSync(resolve(dist, 'licenses/open-cookie-database/LICENSE'), 'utf8')).toContain('Apache License');
    expect(existsSync(resolve(dist, 'licenses/open-cookie-database/NOTICE'))).toBe(true);
  });
});

/**
 * The built extension (dist/, made by `npm run build` before the e2e suite): the Open Cookie Database copy is in the
 * analysis engine chunk, which the panel imports dynamically after its first paint, and never in what the panel page
 * loads to paint (its module script and modulepreloads); neither are the panes and views that showing the table does
 * not need (src/panel/components/lazy-parts.ts); its licence and attribution ship with the extension.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, test } from 'vitest';

const dist = resolve(import.meta.dirname, '../../dist');
/** A name only the Open Cookie Database copy holds (the hand-written catalogue does not know it). */
const OCD_MARKER = 'AwinChannelCookie';
/** A string only each lazily loaded part holds, and the chunk it is named after (Vite names a chunk after its module). */
const LAZY_PARTS = [
  { part: 'DetailPane', marker: 'detail-value' },
  { part: 'DetailPane', marker: 'explain-masked' }, // ExplainSection, inside the details
  { part: 'DetailPane', marker: 'the cookie is only a key to it' }, // core's explain texts
  { part: 'EditorPane', marker: 'live-change' },
  { part: 'TimelineView', marker: 'timeline-navigation' },
  { part: 'SiteReportView', marker: 'framework-tips' },
];

function firstPaintFiles(): string[] {
  const html = readFileSync(resolve(dist, 'src/panel/index.html'), 'utf8');
  return [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] ?? '');
}

function chunksHolding(marker: string): string[] {
  return readdirSync(resolve(dist, 'assets')).filter(
    (f) => f.endsWith('.js') && readFileSync(resolve(dist, 'assets', f), 'utf8').includes(marker),
  );
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('bundle split', () => {
  test('the Open Cookie Database is in the lazily loaded engine chunk, not in the first-paint files', () => {
    const firstPaint = firstPaintFiles();
    expect(firstPaint.length).toBeGreaterThan(0);
    for (const file of firstPaint) expect(readFileSync(resolve(dist, file), 'utf8'), file).not.toContain(OCD_MARKER);

    const withData = chunksHolding(OCD_MARKER);
    expect(withData).toHaveLength(1);
    const engineChunk = withData[0] ?? '';
    expect(engineChunk).toMatch(/^engine-/);
    // The panel reaches it only through a dynamic import().
    const panelEntry = readFileSync(resolve(dist, firstPaint[0] ?? ''), 'utf8');
    expect(panelEntry).toMatch(new RegExp(`import\\([^)]*${escapeRe(engineChunk)}`));
  });

  test('the details, editor, timeline and site report (with the explain texts) load after first paint, each in its chunk', () => {
    const firstPaint = firstPaintFiles();
    const panelEntry = readFileSync(resolve(dist, firstPaint[0] ?? ''), 'utf8');
    for (const { part, marker } of LAZY_PARTS) {
      for (const file of firstPaint)
        expect(readFileSync(resolve(dist, file), 'utf8'), `${marker} in ${file}`).not.toContain(marker);
      const holding = chunksHolding(marker);
      expect(holding, marker).toHaveLength(1);
      const chunk = holding[0] ?? '';
      expect(chunk, marker).toMatch(new RegExp(`^${part}-`));
      expect(panelEntry, chunk).toMatch(new RegExp(`import\\([^)]*${escapeRe(chunk)}`));
    }
  });

  test('the licence and attribution of the Open Cookie Database ship in the extension', () => {
    expect(readFileSync(resolve(dist, 'licenses/open-cookie-database/LICENSE'), 'utf8')).toContain('Apache License');
    expect(existsSync(resolve(dist, 'licenses/open-cookie-database/NOTICE'))).toBe(true);
  });
});

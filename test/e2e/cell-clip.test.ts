/**
 * A table cell clips its content only when the content does not fit (src/panel/cell-fit.ts): in the real browser,
 * at several panel widths, no unclipped cell's text or badge reaches outside its cell, and a value too long for its
 * column is clipped with an ellipsis.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { cellsWithinColumns } from './cell-bounds.ts';
import { openPanelOnSeededDemo, type SeededPanel, waitForRows } from './harness.ts';

let seeded: SeededPanel;
let panel: Page;

/** Short and long, ASCII and not, narrow and wide glyphs: what real jars hold, and what a measurement could get wrong. */
const COOKIES: [string, string][] = [
  ['a', '1'],
  ['sessionid', 'k3j4h5g6f7d8s9a0q1w2e3r4t5y6u7i8'],
  ['csrftoken', 'Qx7vB2nM9kL4pR8sT1wY6zA3cD5fG0hJ'],
  ['theme', 'dark'],
  ['WWWWWWWW', 'MMMMMMMMMMMM'],
  ['iiiiiiiiiiiiiiii', 'llllllllllllllllllll'],
  ['long_value', 'x'.repeat(200)],
  ['unicode_ü', 'ünïcødé-クッキー'],
  ['emoji', '🍪🍪🍪'],
  ['wide', '\uFDFD'],
  ['_ga', 'GA1.1.1234567890.1700000000'],
  // Values of every length up to 44 characters, of plain and of tightly kerned letters (AV, To, LT: the sum of their
  // advances overstates their width): at any column width, some come within a few pixels of the edge.
  ...Array.from({ length: 44 }, (_, i): [string, string] => [
    `kern_${String(i + 1).padStart(2, '0')}`,
    'AVAWAYToTaTeLTLYr.y.VAWATyPAFAAVAWAYToTaTeLTLY'.slice(0, i + 1),
  ]),
  ...Array.from({ length: 44 }, (_, i): [string, string] => [
    `fit_${String(i + 1).padStart(2, '0')}`,
    "a0b1c2d3e4f5g6h7i8j9k_l-m.n~o!p*q(r)s't:u@v".slice(0, i + 1),
  ]),
];

beforeAll(async () => {
  seeded = await openPanelOnSeededDemo(COOKIES.map(([name, value]) => ({ name, value })));
  panel = seeded.panel;
  await panel.setViewport({ width: 1400, height: 2400 }); // every row on screen (the table renders only those)
  await waitForRows(panel, ['a', 'long_value', 'wide', 'fit_44', 'kern_44']);
});

afterAll(async () => {
  await seeded?.close();
});

test('a cell is clipped only when its content does not fit, and an unclipped cell never overruns its column', async () => {
  for (const width of [1400, 900, 560]) {
    await panel.setViewport({ width, height: 2400 });
    const cells = await cellsWithinColumns(panel, `the cells at ${width} px`);
    const unclipped = cells.filter((c) => !c.clipped);
    // Most cells fit: they are not clipped (a clip per cell is what made frames slow).
    expect(unclipped.length, `unclipped cells at ${width} px`).toBeGreaterThan(cells.length / 2);
    // The 200-character value never fits: it is clipped, with an ellipsis.
    const long = cells.find((c) => c.row === 'long_value' && c.col === 'value');
    expect(long?.clipped, `the long value at ${width} px`).toBe(true);
    expect(
      await panel.$eval('[data-name="long_value"] [data-col="value"]', (el) => getComputedStyle(el).textOverflow),
    ).toBe('ellipsis');
  }
});

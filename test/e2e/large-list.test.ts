import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, test } from 'vitest';

import { openPanelOnSeededDemo, rowNames, type SeededPanel, waitFor } from './harness.ts';

let seeded: SeededPanel;
let panel: Page;
const SEEDED = 170;

beforeAll(async () => {
  seeded = await openPanelOnSeededDemo(
    Array.from({ length: SEEDED }, (_, i) => ({ name: `bulk${String(i).padStart(3, '0')}`, value: `v${i}` })),
  );
  panel = seeded.panel;
});

afterAll(async () => {
  await seeded?.close();
});

test('a long list renders only the visible rows, exposes the full count, and keyboard reaches the end', async () => {
  const total = await waitFor('the seeded rows to be counted', async () => {
    const n = Number(await panel.$eval('[role="grid"]', (g) => g.getAttribute('aria-rowcount')));
    return n > SEEDED ? n : null;
  });
  expect((await rowNames(panel)).length).toBeLessThan(80);
  await panel.click('[data-testid="cookie-row"]');
  await panel.keyboard.press('End');
  const last = await waitFor('the last row to be rendered and focused', () =>
    panel.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('role') === 'row' ? el.getAttribute('aria-rowindex') : null;
    }),
  );
  expect(Number(last)).toBe(total);
  await panel.keyboard.press('PageUp');
  await waitFor('PageUp to move up', () =>
    panel.evaluate(
      () =>
        Number(document.activeElement?.getAttribute('aria-rowindex')) <
        Number(document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')) - 5,
    ),
  );
});

/**
 * Where each table cell's content lies (src/panel/cell-fit.ts decides which cells clip): read in the page, for the
 * Chromium and the Firefox end-to-end tests alike.
 */
import type { Page } from 'puppeteer-core';

import { waitFor } from './harness.ts';

export interface CellBounds {
  col: string;
  row: string;
  clipped: boolean;
  /** How far the content reaches past the cell's content box on either side, in px (0 or less: inside). */
  overrun: number;
}

/** Every body cell: clipped or not, and how far its content (text or badge) reaches outside it. */
export function cellBounds(p: Page): Promise<CellBounds[]> {
  return p.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.body [role="gridcell"].cell')].map((cell) => {
      const style = getComputedStyle(cell);
      const box = cell.getBoundingClientRect();
      const left = box.left + Number.parseFloat(style.borderLeftWidth) + Number.parseFloat(style.paddingLeft);
      const right = box.right - Number.parseFloat(style.paddingRight);
      const badge = cell.querySelector('.class-badge');
      let content: DOMRect | null = badge ? badge.getBoundingClientRect() : null;
      if (!content && cell.textContent) {
        const range = document.createRange();
        range.selectNodeContents(cell);
        content = range.getBoundingClientRect();
      }
      return {
        col: cell.getAttribute('data-col') ?? '',
        row: cell.closest('[data-name]')?.getAttribute('data-name') ?? '',
        clipped: style.overflowX !== 'visible',
        overrun: content ? Math.max(left - content.left, content.right - right) : Number.NEGATIVE_INFINITY,
      };
    }),
  );
}

/**
 * Every body cell, once none unclipped overruns its column (the table re-renders for a new width in the frame after a
 * resize); the wait fails, naming `what`, if one keeps overrunning.
 */
export function cellsWithinColumns(p: Page, what: string): Promise<CellBounds[]> {
  return waitFor(what, async () => {
    const all = await cellBounds(p);
    return all.length > 0 && all.every((c) => c.clipped || c.overrun <= 0.5) ? all : null;
  });
}

/**
 * 2. A site with 180 cookies, in real DevTools: from the showPanel call that first shows the panel to its rows
 * painted, for Cookie Lens and for the bare panel (alternating runs, each in freshly opened DevTools), and a bare
 * chrome.cookies.getAll({url}) for the same cookies.
 */
import type { Frame, Page } from 'puppeteer-core';

import { timeGetAll } from './probes.ts';
import type { BenchSession } from './session.ts';
import { timeFirstShow } from './session.ts';
import { median, sample } from './stats.ts';

export interface PanelReadyResult {
  panelReadyMs180: number;
  barePanelMs180: number;
  getAllMs180: number;
  /** Every run's figure, in run order (the medians above are read on these). */
  runsMs: { ours: number[]; bare: number[] };
  /** Cookie Lens left open in DevTools on the page, for the next measurements. */
  devtools: Page;
  panel: Frame;
}

export async function measurePanelReady(s: BenchSession, page: Page, runs: number): Promise<PanelReadyResult> {
  const both = [s.ours, s.bare];
  const ours: number[] = [];
  const bare: number[] = [];
  for (let i = 0; i < runs; i++) {
    ours.push((await timeFirstShow(page, s.ours, both)).ms);
    bare.push((await timeFirstShow(page, s.bare, both)).ms);
  }
  const last = await timeFirstShow(page, s.ours, both, true);
  ours.push(last.ms);
  const url = page.url();
  await last.frame.evaluate(timeGetAll({ url })); // warm-up
  const getAll = await sample(
    runs,
    async () => ((await last.frame.evaluate(timeGetAll({ url }))) as { ms: number }).ms,
  );
  return {
    panelReadyMs180: median(ours),
    barePanelMs180: median(bare),
    getAllMs180: median(getAll),
    runsMs: { ours, bare },
    devtools: last.dt,
    panel: last.frame,
  };
}

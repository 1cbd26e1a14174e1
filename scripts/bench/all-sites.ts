/**
 * 3 and 5a. 3,000 cookies over 20+ sites: from choosing "All sites" in the open panel to its rows painted and to
 * every row's class shown (the first choice reads the whole store; from the second, the panel holds it), alternating with the bare panel's floor (getAll({}) and the same visible rows painted with
 * plain DOM) and a bare chrome.cookies.getAll({}); then the panel's JS heap while it holds them.
 */
import type { CDPSession, Frame, Page } from 'puppeteer-core';

import { waitFor } from '../../test/e2e/harness.ts';
import { timeBareAllSites, timeGetAll, timeScopeSwitch } from './probes.ts';
import { type BenchSession, panelFrame, showPanel } from './session.ts';
import { median, sample } from './stats.ts';

export interface AllSitesResult {
  panelReadyMs3000: number;
  allSitesClassifiedMs3000: number;
  bareAllSitesMs3000: number;
  getAllMs3000: number;
  heapMb3000: number;
  /** Every run's figures, in run order (the medians above are read on these). */
  runsMs: { painted: number[]; classified: number[]; bare: number[] };
  /**
   * The first run: the panel's first "All sites", with nothing held yet (the bench does not point at the Scope control
   * first, as a user does), so it waits for the read of the whole store. The later runs show the held jar
   * (src/panel/store/jar.ts) and confirm it with a read after painting.
   */
  firstSwitchMs3000: number;
  /** Rows Cookie Lens had in the DOM for All sites (virtualised), which the bare panel paints too. */
  visibleRows: number;
}

const rowCount = (panel: Frame) =>
  panel.evaluate(`document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')`) as Promise<
    string | undefined
  >;
const idle = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Each run times Cookie Lens's switch, then, under the same conditions, the bare panel's All sites and a bare read:
 * on a shared machine they drift together, so alternating keeps the ratios (what the targets are about) from being
 * machine noise. The bare panel is shown in DevTools for its run (a hidden panel paints no frames) and Cookie Lens
 * shown again, untimed, before its next run.
 */
export async function measureAllSites(
  s: BenchSession,
  dt: Page,
  panel: Frame,
  total: number,
  siteRows: number,
  runs: number,
): Promise<AllSitesResult> {
  await panel.evaluate(timeGetAll({})); // warm-up
  await showPanel(dt, s.bare);
  const bare = await panelFrame(dt, s.bare);
  await bare.evaluate(`globalThis.benchAllSites(1)`); // warm-up
  await showPanel(dt, s.ours);
  await idle(400);
  const getAll: number[] = [];
  const floor: number[] = [];
  const classified: number[] = [];
  let visibleRows = 0;
  const times = await sample(runs, async () => {
    const ours = (await panel.evaluate(timeScopeSwitch('all', total))) as {
      rows: number;
      classified: number;
      visible: number;
    };
    classified.push(ours.classified);
    visibleRows = ours.visible;
    // Back to "this site" for the next run (not timed).
    await panel.evaluate(
      `(() => { const s = document.querySelector('select[aria-label="Scope"]'); s.value = 'site'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`,
    );
    await waitFor('the site scope to show again', async () => (await rowCount(panel)) === String(siteRows + 1));
    await showPanel(dt, s.bare);
    await idle(200);
    const b = (await bare.evaluate(timeBareAllSites(visibleRows))) as { ms: number; count: number };
    if (b.count < total) throw new Error(`the bare panel read ${b.count} cookies, expected ${total}`);
    floor.push(b.ms);
    await showPanel(dt, s.ours);
    // Idle the measurement needs: "this site" filters the held cookies at once (181 rows), then re-reads the site's
    // cookies, which changes no DOM; this pause lets that re-read finish so the next run starts from 180 held cookies.
    await idle(400);
    const read = (await panel.evaluate(timeGetAll({}))) as { ms: number; count: number };
    if (read.count < total) throw new Error(`getAll({}) returned ${read.count} cookies, expected ${total}`);
    getAll.push(read.ms);
    return ours.rows;
  });
  // Heap: the panel showing All sites, after a full GC, read over CDP on the panel frame's own target.
  await panel.evaluate(timeScopeSwitch('all', total));
  const cdp = (panel as unknown as { client: CDPSession }).client;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return {
    panelReadyMs3000: median(times),
    allSitesClassifiedMs3000: median(classified),
    bareAllSitesMs3000: median(floor),
    getAllMs3000: median(getAll),
    heapMb3000: usedSize / 2 ** 20,
    runsMs: { painted: times, classified, bare: floor },
    firstSwitchMs3000: times[0] as number,
    visibleRows,
  };
}

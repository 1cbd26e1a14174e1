/**
 * 3 and 5a. 3,000 cookies over 20+ sites: from choosing "All sites" in the open panel to its rows painted, beside a
 * bare chrome.cookies.getAll({}); then the panel's JS heap while it holds them.
 */
import type { CDPSession, Frame } from 'puppeteer-core';
import { waitFor } from '../../test/e2e/harness.ts';
import { timeGetAll, timeScopeSwitch } from './probes.ts';
import { median, sample } from './stats.ts';

export interface AllSitesResult {
  panelReadyMs3000: number;
  getAllMs3000: number;
  heapMb3000: number;
}

const rowCount = (panel: Frame) => panel.evaluate(`document.querySelector('[role="grid"]')?.getAttribute('aria-rowcount')`) as Promise<string | undefined>;

/**
 * Each run times the switch and then, under the same conditions, the bare read: on a shared machine the two drift
 * together, so pairing them keeps the difference (what the target is about) from being machine noise.
 */
export async function measureAllSites(panel: Frame, total: number, siteRows: number, runs: number): Promise<AllSitesResult> {
  await panel.evaluate(timeGetAll({})); // warm-up
  const getAll: number[] = [];
  const times = await sample(runs, async () => {
    const ms = (await panel.evaluate(timeScopeSwitch('all', total))) as number;
    // Back to "this site" for the next run (not timed).
    await panel.evaluate(`(() => { const s = document.querySelector('select[aria-label="Scope"]'); s.value = 'site'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await waitFor('the site scope to show again', async () => (await rowCount(panel)) === String(siteRows + 1));
    // Idle the measurement needs: "this site" filters the held cookies at once (181 rows), then re-reads the site's
    // cookies, which changes no DOM; this pause lets that re-read finish so the next run starts from 180 held cookies.
    await new Promise((r) => setTimeout(r, 400));
    const bare = (await panel.evaluate(timeGetAll({}))) as { ms: number; count: number };
    if (bare.count < total) throw new Error(`getAll({}) returned ${bare.count} cookies, expected ${total}`);
    getAll.push(bare.ms);
    return ms;
  });
  // Heap: the panel showing All sites, after a full GC, read over CDP on the panel frame's own target.
  await panel.evaluate(timeScopeSwitch('all', total));
  const cdp = (panel as unknown as { client: CDPSession }).client;
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return { panelReadyMs3000: median(times), getAllMs3000: median(getAll), heapMb3000: usedSize / 2 ** 20 };
}

/**
 * 4 and 6. Live updates in the open panel. Latency: `document.cookie` writes in the page, one at a time; each is
 * timed from the write (page renderer) to its row painted in the panel (extension renderer), both ends as
 * performance.timeOrigin + performance.now(). Burst: 1,000 writes within one second; the panel's longest task
 * (PerformanceObserver 'longtask') and the most DOM commits seen in one animation frame.
 */
import type { CDPSession, Frame, Page } from 'puppeteer-core';

import { waitFor } from '../../test/e2e/harness.ts';
import { BURST_MONITOR, cookieBurst, watchRows, writeCookie } from './probes.ts';
import { median, MIN_RUNS, percentile } from './stats.ts';

export interface LiveResult {
  updateLatencyP50Ms: number;
  updateLatencyP95Ms: number;
  updateSamples: number;
  /** Upper bound on the clock difference between the page and panel processes, from bracketed reads (ms). */
  clockSkewBoundMs: number;
  burstLongestTaskMs: number;
  burstLongTasks: number;
  burstMaxCommitsPerFrame: number;
  burstWrites: number;
  burstWriteMs: number;
}

const now = 'performance.timeOrigin + performance.now()';

export async function measureLiveUpdates(page: Page, panel: Frame, writes: number): Promise<LiveResult> {
  // Clock check: page, panel, page read back to back; the panel's reading must fall between the page's two.
  const a = (await page.evaluate(now)) as number;
  const b = (await panel.evaluate(now)) as number;
  const c = (await page.evaluate(now)) as number;
  const clockSkewBoundMs = b < a || b > c ? Math.max(a - b, b - c) : 0;

  await panel.evaluate(watchRows('bench_'));
  const latencies: number[] = [];
  for (let i = 0; i < Math.max(MIN_RUNS, writes); i++) {
    const name = `bench_${String(i).padStart(2, '0')}`;
    const t0 = (await page.evaluate(writeCookie(name))) as number;
    const t1 = await waitFor(
      `row ${name} painted`,
      () => panel.evaluate(`globalThis.__benchSeen[${JSON.stringify(name)}]`) as Promise<number | undefined>,
    );
    latencies.push(t1 - t0);
    // Writes are spaced (the 100 ms poll above, plus this pause) so that each is measured alone, not coalesced.
    await new Promise((r) => setTimeout(r, 50));
  }

  const names = 150; // + the bench_ rows, under Chrome's 180 cookies per domain (no evictions)
  const burst = await measureBurst(page, panel, names, `${latencies.length + names} cookies`);
  return {
    updateLatencyP50Ms: median(latencies),
    updateLatencyP95Ms: percentile(latencies, 95),
    updateSamples: latencies.length,
    clockSkewBoundMs,
    burstLongestTaskMs: burst.longestTaskMs,
    burstLongTasks: burst.longTasks,
    burstMaxCommitsPerFrame: burst.maxCommitsPerFrame,
    burstWrites: burst.writes,
    burstWriteMs: burst.writeMs,
  };
}

export interface LongFrame {
  ms: number;
  /** From the frame's start to its rendering: the tasks (messages, timers) that ran before it. */
  beforeRenderMs: number;
  /** requestAnimationFrame callbacks (the table's batch renders there). */
  callbacksMs: number;
  styleLayoutPaintMs: number;
  /** The frame's scripts over 5 ms: duration, invoker type and invoker. */
  scripts: string[];
}

export interface BurstResult {
  longestTaskMs: number;
  /** The longest animation frame over 50 ms and its phases (null: no frame over 50 ms). */
  longestFrame: LongFrame | null;
  longTasks: number;
  maxCommitsPerFrame: number;
  writes: number;
  writeMs: number;
}

/**
 * 1,000 document.cookie writes within one second over `names` names, while the panel's longest task and DOM commits
 * per frame are recorded, until the panel shows `expectedCount` and has been quiet for 500 ms. With `cpuThrottling`,
 * the panel's renderer runs that many times slower (CDP Emulation.setCPUThrottlingRate on the panel frame's target),
 * as on a slower machine; the page writing the cookies is not throttled, so the burst itself is the same.
 */
export async function measureBurst(
  page: Page,
  panel: Frame,
  names: number,
  expectedCount: string,
  cpuThrottling = 1,
): Promise<BurstResult> {
  const cdp = (panel as unknown as { client: CDPSession }).client;
  await panel.evaluate(BURST_MONITOR);
  if (cpuThrottling !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottling });
  try {
    const burst = (await page.evaluate(cookieBurst(1000, 1000, names))) as { writes: number; ms: number };
    // Settled: the panel counts every cookie and has not touched its DOM for 500 ms (long tasks are reported late).
    await waitFor(
      'the burst to settle in the panel',
      () =>
        panel.evaluate(
          `document.querySelector('[data-testid="count"]')?.textContent === ${JSON.stringify(expectedCount)} && performance.now() - globalThis.__burst.lastMutation > 500`,
        ),
      60_000,
    );
    const m = (await panel.evaluate(`(() => { globalThis.__burst.end(); return globalThis.__burst; })()`)) as {
      longestTaskMs: number;
      longTasks: number;
      maxCommitsPerFrame: number;
      samples: string[];
      longestFrame: LongFrame | null;
    };
    if (m.samples.length)
      process.stderr.write(`[bench] frames with more than one DOM commit: ${m.samples.join('; ')}\n`);
    return {
      longestTaskMs: m.longestTaskMs,
      longestFrame: m.longestFrame,
      longTasks: m.longTasks,
      maxCommitsPerFrame: m.maxCommitsPerFrame,
      writes: burst.writes,
      writeMs: burst.ms,
    };
  } finally {
    if (cpuThrottling !== 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  }
}

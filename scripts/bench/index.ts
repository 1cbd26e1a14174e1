/**
 * `npm run bench` (`-- --json` for one JSON object): Cookie Lens against the browser's own floor, in Node and in
 * real Chromium and real DevTools. See the README's Performance section for the method. Exit code 0 even when a
 * target fails (this is a report); non-zero only when the benchmark itself breaks.
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';

import type { Cookie } from '../../src/core/cookie/model.ts';
import { storeCookies, waitFor } from '../../test/e2e/harness.ts';
import { measureAllSites } from './all-sites.ts';
import { measureAnalysis, measureHostileAnalysis, measureJarAnalysis } from './analysis.ts';
import { ensureBuilt } from './build.ts';
import { measureBundles } from './bundle.ts';
import { measureCliStart } from './cli-start.ts';
import { measureBurst, measureLiveUpdates } from './live-updates.ts';
import { measurePanelReady } from './panel-ready.ts';
import { timeGetAll } from './probes.ts';
import { type Figures, type RatioInputs, ratiosOf, table, targetsOf } from './report.ts';
import { seedCookies, startSession } from './session.ts';
import { round } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const json = process.argv.includes('--json');
const RUNS = 7;
/** The All sites figure is a difference of two ~60 ms medians on a noisy machine: more runs steady it. */
const ALL_SITES_RUNS = 11;
/** The slower machine the burst target is about: the panel's renderer at a quarter of this machine's speed. */
const CPU_THROTTLING = 4;
/** Throttled bursts measured; the target is read on the median one, and every run's longest task is reported. */
const THROTTLED_BURSTS = 3;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

const setScope = (scope: string) =>
  `(() => { const s = document.querySelector('select[aria-label="Scope"]'); s.value = ${JSON.stringify(scope)}; s.dispatchEvent(new Event('change', { bubbles: true })); })()`;

async function main(): Promise<void> {
  log('1/7 analysis throughput (Node), hostile 4 KB values next to random ones');
  const analysisCookiesPerSec = await measureAnalysis();
  const hostile = await measureHostileAnalysis();

  ensureBuilt(ROOT, log);
  const bundles = measureBundles(resolve(ROOT, 'dist'));
  log('2/7 start-up: cookie-lens --help and node -e 0, alternately (15 runs each)');
  const cli = await measureCliStart(ROOT);

  const s = await startSession();
  try {
    const page = await s.h.browser.newPage();
    await page.goto(`http://bench.test:${s.port}/`, { waitUntil: 'load' });
    await seedCookies(s.h.cdp, ['bench.test'], 180);

    log(`3/7 180 cookies: first show of the panel in DevTools, Cookie Lens vs bare panel (${RUNS} runs each)`);
    const ready = await measurePanelReady(s, page, RUNS);

    const sites = Array.from({ length: 20 }, (_, i) => `s${String(i).padStart(2, '0')}.test`);
    await seedCookies(s.h.cdp, sites, 141); // 20 × 141 + 180 = 3,000 over 21 sites
    const total = (await storeCookies(s.h)).length;
    if (total !== 3000) throw new Error(`the store holds ${total} cookies, expected 3,000`);
    log(
      `4/7 3,000 cookies over 21 sites: All sites scope, alternating with the bare panel and a bare getAll({}) (${ALL_SITES_RUNS} runs), heap`,
    );
    const allSites = await measureAllSites(s, ready.devtools, ready.panel, total, 180, ALL_SITES_RUNS);

    log('5/7 analysis of the 3,000-cookie jar (Node), alternating with getAll({}) of it in the panel');
    const jar = (await ready.panel.evaluate('chrome.cookies.getAll({})')) as Cookie[];
    if (jar.length !== total) throw new Error(`getAll({}) returned ${jar.length} cookies, expected ${total}`);
    const readJar = async () => ((await ready.panel.evaluate(timeGetAll({}))) as { ms: number }).ms;
    const jarAnalysis = await measureJarAnalysis(jar, `http://bench.test:${s.port}/`, readJar);

    // Live updates on a fresh site (bench.test is at Chrome's 180-per-domain limit): "this page" scope, navigate.
    await ready.panel.evaluate(setScope('page'));
    const showSite = async (host: string) => {
      await page.goto(`http://${host}:${s.port}/`, { waitUntil: 'load' });
      await waitFor(`the panel to show ${host}`, () =>
        ready.panel.evaluate(`document.querySelector('[data-testid="count"]')?.textContent === '0 cookies'`),
      );
    };
    await showSite('live.test');
    log('6/7 live updates: 25 document.cookie writes, then a burst of 1,000 in one second');
    const live = await measureLiveUpdates(page, ready.panel, 25);
    log(
      `7/7 the same burst with the panel's CPU ${CPU_THROTTLING}× slower (CDP Emulation.setCPUThrottlingRate), ${THROTTLED_BURSTS} times, each on a fresh site`,
    );
    const throttledRuns = [];
    for (let i = 0; i < THROTTLED_BURSTS; i++) {
      await showSite(`burst${i}.test`);
      throttledRuns.push(await measureBurst(page, ready.panel, 150, '150 cookies', CPU_THROTTLING));
    }
    // The median burst by its longest task: one burst is one sample of a noisy figure (a collection, a late frame).
    const byLongest = [...throttledRuns].sort((a, b) => a.longestTaskMs - b.longestTaskMs);
    const throttled = byLongest[Math.floor(byLongest.length / 2)] as (typeof throttledRuns)[number];
    const throttledCommits = Math.max(...throttledRuns.map((b) => b.maxCommitsPerFrame));

    const figures: Figures = {
      analysisCookiesPerSec: Math.round(analysisCookiesPerSec),
      hostileAnalysisMsPerCookie: round(hostile.hostileMsPerCookie, 3),
      normalAnalysisMsPerCookie: round(hostile.normalMsPerCookie, 3),
      getAllMs180: round(ready.getAllMs180),
      barePanelMs180: round(ready.barePanelMs180),
      panelReadyMs180: round(ready.panelReadyMs180),
      getAllMs3000: round(allSites.getAllMs3000),
      panelReadyMs3000: round(allSites.panelReadyMs3000),
      updateLatencyP50Ms: round(live.updateLatencyP50Ms),
      updateLatencyP95Ms: round(live.updateLatencyP95Ms),
      heapMb3000: round(allSites.heapMb3000),
      panelGzipKb: round(bundles.panelGzipKb),
      workerGzipKb: round(bundles.workerGzipKb),
      burstLongestTaskMs: round(live.burstLongestTaskMs),
      burstMaxCommitsPerFrame: live.burstMaxCommitsPerFrame,
      bareAllSitesMs3000: round(allSites.bareAllSitesMs3000),
      allSitesClassifiedMs3000: round(allSites.allSitesClassifiedMs3000),
      burstLongestTaskMsThrottled: round(throttled.longestTaskMs),
      analysisJarMs3000: round(jarAnalysis.analysisJarMs3000),
      cliHelpMs: round(cli.cliHelpMs),
      nodeStartMs: round(cli.nodeStartMs),
    };
    const inputs: RatioInputs = {
      jarGetAllMs: jarAnalysis.getAllMs,
      // Commits per frame are held to the worst run, not the median one.
      burstMaxCommitsPerFrameThrottled: throttledCommits,
      cpuThrottlingRate: CPU_THROTTLING,
    };
    // Ratios from the unrounded medians.
    const exact: Figures = {
      ...figures,
      panelReadyMs180: ready.panelReadyMs180,
      barePanelMs180: ready.barePanelMs180,
      panelReadyMs3000: allSites.panelReadyMs3000,
      bareAllSitesMs3000: allSites.bareAllSitesMs3000,
      allSitesClassifiedMs3000: allSites.allSitesClassifiedMs3000,
      analysisJarMs3000: jarAnalysis.analysisJarMs3000,
      cliHelpMs: cli.cliHelpMs,
      nodeStartMs: cli.nodeStartMs,
      hostileAnalysisMsPerCookie: hostile.hostileMsPerCookie,
      normalAnalysisMsPerCookie: hostile.normalMsPerCookie,
    };
    const ratios = ratiosOf(exact, inputs);
    log('report');
    const machine = {
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model ?? 'unknown',
      chromium: s.chromiumVersion,
      node: process.version,
    };
    const targets = Object.fromEntries(
      targetsOf(figures, ratios).map((t) => [t.figure, { limit: t.limit, pass: t.pass }]),
    );
    if (json) {
      process.stdout.write(
        `${JSON.stringify({
          ...figures,
          ratios,
          targets,
          machine,
          details: {
            runs: {
              panelReady180: RUNS,
              allSites3000: ALL_SITES_RUNS,
              analysis: 15,
              analysisJar: 9,
              hostileAnalysis: 15,
              cliStart: 15,
            },
            updateSamples: live.updateSamples,
            clockSkewBoundMs: round(live.clockSkewBoundMs, 2),
            burst: { writes: live.burstWrites, writeMs: round(live.burstWriteMs), longTasks: live.burstLongTasks },
            burstThrottled: {
              cpuThrottlingRate: CPU_THROTTLING,
              writes: throttled.writes,
              writeMs: round(throttled.writeMs),
              longTasks: throttled.longTasks,
              maxCommitsPerFrame: throttledCommits,
              longestTaskMsByRun: throttledRuns.map((b) => round(b.longestTaskMs)),
              longestFrameByRun: throttledRuns.map((b) => b.longestFrame),
            },
            firstShowRunsMs: {
              ours: ready.runsMs.ours.map((ms) => round(ms)),
              bare: ready.runsMs.bare.map((ms) => round(ms)),
            },
            allSitesRunsMs: {
              painted: allSites.runsMs.painted.map((ms) => round(ms)),
              classified: allSites.runsMs.classified.map((ms) => round(ms)),
              bare: allSites.runsMs.bare.map((ms) => round(ms)),
            },
            allSitesVisibleRows: allSites.visibleRows,
            allSitesFirstSwitch: {
              ms: round(allSites.firstSwitchMs3000),
              ratioToBare: round(allSites.firstSwitchMs3000 / allSites.bareAllSitesMs3000, 2),
            },
            analysisJar: { cookies: jar.length, getAllMs: round(jarAnalysis.getAllMs) },
            panelFiles: bundles.panelFiles.map((f) => ({ ...f, gzipKb: round(f.gzipKb) })),
            workerFiles: bundles.workerFiles.map((f) => ({ ...f, gzipKb: round(f.gzipKb) })),
          },
        })}\n`,
      );
    } else {
      console.log(table(figures, ratios, inputs, machine));
      console.log(
        `All sites, the panel's first switch (nothing held yet, it reads the store): ${round(allSites.firstSwitchMs3000)} ms, ${round(allSites.firstSwitchMs3000 / allSites.bareAllSitesMs3000, 2)}× the bare panel; the target is read on the median switch, with the store held.`,
      );
      console.log(`Panel JS loaded: ${bundles.panelFiles.map((f) => `${f.file} ${round(f.gzipKb)} KB`).join(', ')}`);
      console.log(
        `Burst: ${live.burstWrites} writes in ${round(live.burstWriteMs)} ms, ${live.burstLongTasks} long tasks; throttled ${CPU_THROTTLING}× (${THROTTLED_BURSTS} bursts): longest tasks ${throttledRuns.map((b) => `${round(b.longestTaskMs)} ms`).join(', ')}. Clock check page↔panel: skew ≤ ${round(live.clockSkewBoundMs, 2)} ms.`,
      );
    }
  } finally {
    await s.close();
  }
}

// `npm run bench | head`: a reader that stops early is not a failure of the benchmark.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});

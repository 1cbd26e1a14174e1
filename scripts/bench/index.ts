/**
 * `npm run bench` (`-- --json` for one JSON object): Cookie Lens against the browser's own floor, in Node and in
 * real Chromium and real DevTools. See the README's Performance section for the method. Exit code 0 even when a
 * target fails (this is a report); non-zero only when the benchmark itself breaks.
 */
import { cpus } from 'node:os';
import { resolve } from 'node:path';
import { storeCookies, waitFor } from '../../test/e2e/harness.ts';
import { measureAllSites } from './all-sites.ts';
import { measureAnalysis, measureHostileAnalysis } from './analysis.ts';
import { ensureBuilt } from './build.ts';
import { measureBundles } from './bundle.ts';
import { measureLiveUpdates } from './live-updates.ts';
import { measurePanelReady } from './panel-ready.ts';
import { table, targetsOf, type Figures } from './report.ts';
import { seedCookies, startSession } from './session.ts';
import { round } from './stats.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const json = process.argv.includes('--json');
const RUNS = 7;
/** The All sites figure is a difference of two ~60 ms medians on a noisy machine: more runs steady it. */
const ALL_SITES_RUNS = 11;
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

async function main(): Promise<void> {
  log('1/5 analysis throughput (Node), hostile 4 KB values next to random ones');
  const analysisCookiesPerSec = await measureAnalysis();
  const hostile = await measureHostileAnalysis();

  ensureBuilt(ROOT, log);
  const bundles = measureBundles(resolve(ROOT, 'dist'));

  const s = await startSession();
  try {
    const page = await s.h.browser.newPage();
    await page.goto(`http://bench.test:${s.port}/`, { waitUntil: 'load' });
    await seedCookies(s.h.cdp, ['bench.test'], 180);

    log(`2/5 180 cookies: first show of the panel in DevTools, Cookie Lens vs bare panel (${RUNS} runs each)`);
    const ready = await measurePanelReady(s, page, RUNS);

    const sites = Array.from({ length: 20 }, (_, i) => `s${String(i).padStart(2, '0')}.test`);
    await seedCookies(s.h.cdp, sites, 141); // 20 × 141 + 180 = 3,000 over 21 sites
    const total = (await storeCookies(s.h)).length;
    if (total !== 3000) throw new Error(`the store holds ${total} cookies, expected 3,000`);
    log(`3/5 3,000 cookies over 21 sites: All sites scope, each run paired with a bare getAll({}) (${ALL_SITES_RUNS} runs), heap`);
    const allSites = await measureAllSites(ready.panel, total, 180, ALL_SITES_RUNS);

    // Live updates on a fresh site (bench.test is at Chrome's 180-per-domain limit): "this page" scope, navigate.
    await ready.panel.evaluate(`(() => { const s = document.querySelector('select[aria-label="Scope"]'); s.value = 'page'; s.dispatchEvent(new Event('change', { bubbles: true })); })()`);
    await page.goto(`http://live.test:${s.port}/`, { waitUntil: 'load' });
    await waitFor('the panel to show the new page', () => ready.panel.evaluate(`document.querySelector('[data-testid="count"]')?.textContent === '0 cookies'`));
    log('4/5 live updates: 25 document.cookie writes, then a burst of 1,000 in one second');
    const live = await measureLiveUpdates(page, ready.panel, 25);

    log('5/5 report');
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
    };
    const machine = { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', chromium: s.chromiumVersion, node: process.version };
    const targets = Object.fromEntries(targetsOf(figures).map((t) => [t.figure, { limit: t.limit, pass: t.pass }]));
    if (json) {
      process.stdout.write(
        `${JSON.stringify({
          ...figures,
          targets,
          machine,
          details: {
            runs: { panelReady180: RUNS, allSites3000: ALL_SITES_RUNS, analysis: 15, hostileAnalysis: 15 },
            updateSamples: live.updateSamples,
            clockSkewBoundMs: round(live.clockSkewBoundMs, 2),
            burst: { writes: live.burstWrites, writeMs: round(live.burstWriteMs), longTasks: live.burstLongTasks },
            panelFiles: bundles.panelFiles.map((f) => ({ ...f, gzipKb: round(f.gzipKb) })),
            workerFiles: bundles.workerFiles.map((f) => ({ ...f, gzipKb: round(f.gzipKb) })),
          },
        })}\n`,
      );
    } else {
      console.log(table(figures, machine));
      console.log(`Panel JS loaded: ${bundles.panelFiles.map((f) => `${f.file} ${round(f.gzipKb)} KB`).join(', ')}`);
      console.log(`Burst: ${live.burstWrites} writes in ${round(live.burstWriteMs)} ms, ${live.burstLongTasks} long tasks. Clock check page↔panel: skew ≤ ${round(live.clockSkewBoundMs, 2)} ms.`);
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

/**
 * The benchmark's output: the targets as ratios measured in the same run (they hold on any machine), then the
 * absolute figures (one sample of one machine) with the floors beside them; or one JSON object.
 */
import { round } from './stats.ts';

export interface Figures {
  analysisCookiesPerSec: number;
  hostileAnalysisMsPerCookie: number;
  normalAnalysisMsPerCookie: number;
  getAllMs180: number;
  barePanelMs180: number;
  panelReadyMs180: number;
  getAllMs3000: number;
  panelReadyMs3000: number;
  updateLatencyP50Ms: number;
  updateLatencyP95Ms: number;
  heapMb3000: number;
  panelGzipKb: number;
  workerGzipKb: number;
  burstLongestTaskMs: number;
  burstMaxCommitsPerFrame: number;
  bareAllSitesMs3000: number;
  allSitesClassifiedMs3000: number;
  burstLongestTaskMsThrottled: number;
  analysisJarMs3000: number;
  cliHelpMs: number;
  nodeStartMs: number;
}

/** What the ratios need besides the figures: the floors and sizes measured beside them in the same run. */
export interface RatioInputs {
  /** getAll({}) of the 3,000-cookie jar, timed alternately with its analysis. */
  jarGetAllMs: number;
  burstMaxCommitsPerFrameThrottled: number;
  cpuThrottlingRate: number;
}

export interface Ratio {
  ratio: number;
  limit: number;
  result: 'PASS' | 'FAIL';
  /** What is divided by what, in words, with the two figures. */
  of: string;
}

/** The Long Tasks API's threshold: a task over 50 ms is a long task (w3c.github.io/longtasks). */
const LONG_TASK_MS = 50;

export function ratiosOf(f: Figures, d: RatioInputs): Record<string, Ratio> {
  const r = (ratio: number, limit: number, of: string, extra = true): Ratio => ({
    ratio: round(ratio, 2),
    limit,
    result: ratio <= limit && extra ? 'PASS' : 'FAIL',
    of,
  });
  const ms = (n: number) => `${round(n)} ms`;
  return {
    firstShow180: r(
      f.panelReadyMs180 / f.barePanelMs180,
      1,
      `180 cookies, show → painted: Cookie Lens ${ms(f.panelReadyMs180)} / bare panel ${ms(f.barePanelMs180)}`,
    ),
    allSitesPainted: r(
      f.panelReadyMs3000 / f.bareAllSitesMs3000,
      1.15,
      `All sites, 3,000 cookies → rows painted: Cookie Lens ${ms(f.panelReadyMs3000)} / bare panel ${ms(f.bareAllSitesMs3000)}`,
    ),
    allSitesClassified: r(
      f.allSitesClassifiedMs3000 / f.bareAllSitesMs3000,
      1.5,
      `All sites → every row's class shown: ${ms(f.allSitesClassifiedMs3000)} / bare panel ${ms(f.bareAllSitesMs3000)}`,
    ),
    burst: r(
      f.burstLongestTaskMs / LONG_TASK_MS,
      1,
      `burst of 1,000 changes: longest task ${ms(f.burstLongestTaskMs)} / 50 ms, and ${f.burstMaxCommitsPerFrame} DOM commit(s) per frame ≤ 1`,
      f.burstMaxCommitsPerFrame <= 1,
    ),
    burstThrottled: r(
      f.burstLongestTaskMsThrottled / LONG_TASK_MS,
      1,
      `the same with the panel's CPU ${d.cpuThrottlingRate}× slower (median of its bursts): longest task ${ms(f.burstLongestTaskMsThrottled)} / 50 ms, and ${d.burstMaxCommitsPerFrameThrottled} DOM commit(s) per frame ≤ 1`,
      d.burstMaxCommitsPerFrameThrottled <= 1,
    ),
    analysisJar: r(
      f.analysisJarMs3000 / d.jarGetAllMs,
      0.25,
      `analysis of the 3,000-cookie jar ${ms(f.analysisJarMs3000)} / getAll({}) of it ${ms(d.jarGetAllMs)}`,
    ),
    hostileAnalysis: r(
      f.hostileAnalysisMsPerCookie / f.normalAnalysisMsPerCookie,
      10,
      `analysis per cookie: crafted hostile 4 KB values ${round(f.hostileAnalysisMsPerCookie, 3)} ms / random 4 KB values ${round(f.normalAnalysisMsPerCookie, 3)} ms`,
    ),
    cliHelp: r(
      f.cliHelpMs / f.nodeStartMs,
      3,
      `cookie-lens --help ${ms(f.cliHelpMs)} / node -e 0 ${ms(f.nodeStartMs)}`,
    ),
  };
}

export interface Target {
  figure: keyof Figures;
  label: string;
  limit: string;
  pass: boolean;
}

/** A verdict per figure (the JSON's `targets`); where the target is a ratio, its limit and verdict are the ratio's. */
export function targetsOf(f: Figures, ratios: Record<string, Ratio>): Target[] {
  const fromRatio = (figure: keyof Figures, label: string, key: string, limit: string): Target => ({
    figure,
    label,
    limit,
    pass: ratios[key]?.result === 'PASS',
  });
  return [
    fromRatio(
      'analysisCookiesPerSec',
      'analysis throughput',
      'analysisJar',
      `3,000-cookie jar analysed in ≤ 0.25 × getAll({})`,
    ),
    fromRatio(
      'panelReadyMs180',
      'panel ready, 180 cookies',
      'firstShow180',
      `≤ 1 × bare panel = ${round(f.barePanelMs180)} ms`,
    ),
    fromRatio(
      'panelReadyMs3000',
      'All sites ready, 3,000',
      'allSitesPainted',
      `≤ 1.15 × bare panel = ${round(f.bareAllSitesMs3000 * 1.15)} ms`,
    ),
    fromRatio(
      'allSitesClassifiedMs3000',
      "All sites, every row's class",
      'allSitesClassified',
      `≤ 1.5 × bare panel = ${round(f.bareAllSitesMs3000 * 1.5)} ms`,
    ),
    { figure: 'updateLatencyP50Ms', label: 'live update p50', limit: '≤ 50 ms', pass: f.updateLatencyP50Ms <= 50 },
    { figure: 'heapMb3000', label: 'panel heap, 3,000', limit: '≤ 30 MB', pass: f.heapMb3000 <= 30 },
    { figure: 'panelGzipKb', label: 'panel bundle (gzip)', limit: '≤ 60 KB', pass: f.panelGzipKb <= 60 },
    {
      figure: 'burstLongestTaskMs',
      label: 'burst: longest task',
      limit: '≤ 50 ms',
      pass: f.burstLongestTaskMs <= LONG_TASK_MS,
    },
    {
      figure: 'burstMaxCommitsPerFrame',
      label: 'burst: renders per frame',
      limit: '≤ 1',
      pass: f.burstMaxCommitsPerFrame <= 1,
    },
    fromRatio(
      'burstLongestTaskMsThrottled',
      'burst, CPU throttled: longest task',
      'burstThrottled',
      '≤ 50 ms, ≤ 1 render per frame',
    ),
    fromRatio(
      'hostileAnalysisMsPerCookie',
      'hostile values',
      'hostileAnalysis',
      `≤ 10 × normal = ${round(f.normalAnalysisMsPerCookie * 10, 2)} ms`,
    ),
    fromRatio('cliHelpMs', 'cookie-lens --help', 'cliHelp', `≤ 3 × node -e 0 = ${round(f.nodeStartMs * 3)} ms`),
  ];
}

const fmt = (n: number, unit: string) =>
  unit === 'cookies/s' ? `${Math.round(n).toLocaleString('en')} ${unit}` : `${round(n)} ${unit}`;

function markdownTable(cells: string[][]): string[] {
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)];
}

const RATIO_LABELS: Record<string, string> = {
  firstShow180: '180 cookies: first show → painted, ÷ bare panel',
  allSitesPainted: 'All sites, 3,000 cookies → painted, ÷ bare panel',
  allSitesClassified: "All sites → every row's class shown, ÷ bare panel",
  burst: 'Burst of 1,000 changes in 1 s: longest task ÷ 50 ms',
  burstThrottled: 'Same burst, panel CPU throttled: longest task ÷ 50 ms',
  analysisJar: 'Analysis of the 3,000-cookie jar ÷ its getAll({})',
  hostileAnalysis: 'Hostile 4 KB values: analysis per cookie ÷ random 4 KB',
  cliHelp: 'cookie-lens --help ÷ node -e 0',
};

export function table(
  f: Figures,
  ratios: Record<string, Ratio>,
  d: RatioInputs,
  machine: { cpus: number; chromium: string; node: string },
): string {
  const targets = new Map(targetsOf(f, ratios).map((t) => [t.figure, t]));
  const ratioCells = [
    ['Target (measured alternately in one run)', 'Ratio', 'Limit', 'Result'],
    ...Object.entries(ratios).map(([key, r]) => [
      RATIO_LABELS[key] ?? key,
      r.ratio.toFixed(2),
      `≤ ${r.limit}`,
      r.result,
    ]),
  ];
  const rows: Array<[string, string, string, keyof Figures | null]> = [
    ['Analysis, 10,000 mixed cookies (Node)', fmt(f.analysisCookiesPerSec, 'cookies/s'), '', null],
    [
      'Analysis of the 3,000-cookie jar (Node)',
      fmt(f.analysisJarMs3000, 'ms'),
      `getAll ${fmt(d.jarGetAllMs, 'ms')}`,
      null,
    ],
    [
      'Analysis, 180 hostile 4 KB values, per cookie',
      `${round(f.hostileAnalysisMsPerCookie, 3)} ms`,
      `normal ${round(f.normalAnalysisMsPerCookie, 3)} ms`,
      null,
    ],
    ['Analysis, 180 random 4 KB values, per cookie', `${round(f.normalAnalysisMsPerCookie, 3)} ms`, '', null],
    ['180 cookies: chrome.cookies.getAll({url})', fmt(f.getAllMs180, 'ms'), 'floor: API call', null],
    ['180 cookies: bare plain-DOM panel, show → painted', fmt(f.barePanelMs180, 'ms'), 'floor: any panel', null],
    [
      '180 cookies: Cookie Lens, show → painted',
      fmt(f.panelReadyMs180, 'ms'),
      `bare ${fmt(f.barePanelMs180, 'ms')}`,
      null,
    ],
    ['3,000 cookies: chrome.cookies.getAll({})', fmt(f.getAllMs3000, 'ms'), 'floor: API call', null],
    ['3,000 cookies: bare panel, getAll({}) → rows painted', fmt(f.bareAllSitesMs3000, 'ms'), 'floor: any panel', null],
    [
      '3,000 cookies / 21 sites: All sites → painted',
      fmt(f.panelReadyMs3000, 'ms'),
      `bare ${fmt(f.bareAllSitesMs3000, 'ms')}`,
      null,
    ],
    [
      "All sites → every row's class shown",
      fmt(f.allSitesClassifiedMs3000, 'ms'),
      `bare ${fmt(f.bareAllSitesMs3000, 'ms')}`,
      null,
    ],
    ['Live update: document.cookie → row painted, p50', fmt(f.updateLatencyP50Ms, 'ms'), '', 'updateLatencyP50Ms'],
    ['Live update p95', fmt(f.updateLatencyP95Ms, 'ms'), '', null],
    ['Burst of 1,000 changes in 1 s: longest task', fmt(f.burstLongestTaskMs, 'ms'), '', null],
    ['Burst: most DOM commits in one frame', String(f.burstMaxCommitsPerFrame), '', null],
    [
      `Burst, panel CPU ${d.cpuThrottlingRate}× throttled: longest task`,
      fmt(f.burstLongestTaskMsThrottled, 'ms'),
      `${d.burstMaxCommitsPerFrameThrottled} commit(s) per frame`,
      null,
    ],
    ['Panel JS heap, 3,000 cookies in All sites', fmt(f.heapMb3000, 'MB'), '', 'heapMb3000'],
    ['Panel bundle, gzipped', fmt(f.panelGzipKb, 'KB'), '', 'panelGzipKb'],
    ['Worker bundle, gzipped', fmt(f.workerGzipKb, 'KB'), '', null],
    ['cookie-lens --help (spawn → exit)', fmt(f.cliHelpMs, 'ms'), `node -e 0 ${fmt(f.nodeStartMs, 'ms')}`, null],
  ];
  const figureCells = [
    ['Measure (one sample of this machine)', 'Cookie Lens', 'Floor / peer', 'Target', 'Result'],
    ...rows.map(([label, value, floor, key]) => {
      const t = key ? targets.get(key) : undefined;
      return [label, value, floor, t?.limit ?? '', t ? (t.pass ? 'PASS' : 'FAIL') : ''];
    }),
  ];
  return [
    ...markdownTable(ratioCells),
    '',
    ...markdownTable(figureCells),
    '',
    `Machine: ${machine.cpus} CPUs, ${machine.chromium}, Node ${machine.node}. Times are medians of at least 5 runs.`,
  ].join('\n');
}

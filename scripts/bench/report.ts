/** The benchmark's output: a table (figure, floor or peer beside it, target, PASS/FAIL) or one JSON object. */
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
}

export interface Target {
  figure: keyof Figures;
  label: string;
  limit: string;
  pass: boolean;
}

export function targetsOf(f: Figures): Target[] {
  return [
    { figure: 'analysisCookiesPerSec', label: 'analysis throughput', limit: '≥ 250,000 cookies/s', pass: f.analysisCookiesPerSec >= 250_000 },
    {
      figure: 'hostileAnalysisMsPerCookie',
      label: 'hostile values',
      limit: `≤ 10 × normal = ${round(f.normalAnalysisMsPerCookie * 10, 2)} ms`,
      pass: f.hostileAnalysisMsPerCookie <= f.normalAnalysisMsPerCookie * 10,
    },
    { figure: 'panelReadyMs180', label: 'panel ready, 180 cookies', limit: `≤ bare panel + 25 = ${round(f.barePanelMs180 + 25)} ms`, pass: f.panelReadyMs180 <= f.barePanelMs180 + 25 },
    { figure: 'panelReadyMs3000', label: 'All sites ready, 3,000', limit: `≤ getAll({}) + 30 = ${round(f.getAllMs3000 + 30)} ms`, pass: f.panelReadyMs3000 <= f.getAllMs3000 + 30 },
    { figure: 'updateLatencyP50Ms', label: 'live update p50', limit: '≤ 50 ms', pass: f.updateLatencyP50Ms <= 50 },
    { figure: 'heapMb3000', label: 'panel heap, 3,000', limit: '≤ 30 MB', pass: f.heapMb3000 <= 30 },
    { figure: 'panelGzipKb', label: 'panel bundle (gzip)', limit: '≤ 60 KB', pass: f.panelGzipKb <= 60 },
    { figure: 'burstLongestTaskMs', label: 'burst: longest task', limit: '≤ 50 ms', pass: f.burstLongestTaskMs <= 50 },
    { figure: 'burstMaxCommitsPerFrame', label: 'burst: renders per frame', limit: '≤ 1', pass: f.burstMaxCommitsPerFrame <= 1 },
  ];
}

const fmt = (n: number, unit: string) => (unit === 'cookies/s' ? `${Math.round(n).toLocaleString('en')} ${unit}` : `${round(n)} ${unit}`);

export function table(f: Figures, machine: { cpus: number; chromium: string; node: string }): string {
  const targets = new Map(targetsOf(f).map((t) => [t.figure, t]));
  const rows: Array<[string, string, string, keyof Figures | null]> = [
    ['Analysis, 10,000 mixed cookies (Node)', fmt(f.analysisCookiesPerSec, 'cookies/s'), '', 'analysisCookiesPerSec'],
    ['Analysis, 180 hostile 4 KB values, per cookie', `${round(f.hostileAnalysisMsPerCookie, 3)} ms`, `normal ${round(f.normalAnalysisMsPerCookie, 3)} ms`, 'hostileAnalysisMsPerCookie'],
    ['Analysis, 180 random 4 KB values, per cookie', `${round(f.normalAnalysisMsPerCookie, 3)} ms`, '', null],
    ['180 cookies: chrome.cookies.getAll({url})', fmt(f.getAllMs180, 'ms'), 'floor: API call', null],
    ['180 cookies: bare plain-DOM panel, show → painted', fmt(f.barePanelMs180, 'ms'), 'floor: any panel', null],
    ['180 cookies: Cookie Lens, show → painted', fmt(f.panelReadyMs180, 'ms'), `bare ${fmt(f.barePanelMs180, 'ms')}`, 'panelReadyMs180'],
    ['3,000 cookies: chrome.cookies.getAll({})', fmt(f.getAllMs3000, 'ms'), 'floor: API call', null],
    ['3,000 cookies / 21 sites: All sites → painted', fmt(f.panelReadyMs3000, 'ms'), `getAll ${fmt(f.getAllMs3000, 'ms')}`, 'panelReadyMs3000'],
    ['Live update: document.cookie → row painted, p50', fmt(f.updateLatencyP50Ms, 'ms'), '', 'updateLatencyP50Ms'],
    ['Live update p95', fmt(f.updateLatencyP95Ms, 'ms'), '', null],
    ['Burst of 1,000 changes in 1 s: longest task', fmt(f.burstLongestTaskMs, 'ms'), '', 'burstLongestTaskMs'],
    ['Burst: most DOM commits in one frame', String(f.burstMaxCommitsPerFrame), '', 'burstMaxCommitsPerFrame'],
    ['Panel JS heap, 3,000 cookies in All sites', fmt(f.heapMb3000, 'MB'), '', 'heapMb3000'],
    ['Panel bundle, gzipped', fmt(f.panelGzipKb, 'KB'), '', 'panelGzipKb'],
    ['Worker bundle, gzipped', fmt(f.workerGzipKb, 'KB'), '', null],
  ];
  const cells = [['Measure', 'Cookie Lens', 'Floor / peer', 'Target', 'Result'], ...rows.map(([label, value, floor, key]) => {
    const t = key ? targets.get(key) : undefined;
    return [label, value, floor, t?.limit ?? '', t ? (t.pass ? 'PASS' : 'FAIL') : ''];
  })];
  const widths = cells[0]!.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  const line = (r: string[]) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(cells[0]!), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.slice(1).map(line)];
  out.push('', `Machine: ${machine.cpus} CPUs, ${machine.chromium}, Node ${machine.node}. Times are medians of at least 5 runs.`);
  return out.join('\n');
}

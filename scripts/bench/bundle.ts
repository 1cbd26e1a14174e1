/**
 * 5b. Gzipped size of what the built extension loads: every JS file the panel page loads (its module scripts and
 * modulepreloads, then their static imports, transitively) and the same for the service worker.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const STATIC_IMPORT = /(?:\bimport|\bexport)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.js)["']/g;

/** Every JS file reachable by static import from `entries` (absolute paths inside dist/). */
export function reachableJs(dist: string, entries: string[]): string[] {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(STATIC_IMPORT)) {
      const spec = m[1] as string;
      queue.push(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
    }
  }
  return [...seen];
}

function gzipKb(files: string[]): number {
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(f), { level: 9 }).length, 0) / 1024;
}

export interface BundleSizes {
  panelGzipKb: number;
  workerGzipKb: number;
  panelFiles: Array<{ file: string; gzipKb: number }>;
  workerFiles: Array<{ file: string; gzipKb: number }>;
}

export function measureBundles(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'src/panel/index.html'), 'utf8');
  const panelEntries = [
    ...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="([^"]+\.js)"/g),
  ].map((m) => join(dist, m[1] as string));
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    background: { service_worker: string };
  };
  const panel = reachableJs(dist, panelEntries);
  const worker = reachableJs(dist, [join(dist, manifest.background.service_worker)]);
  const detail = (files: string[]) =>
    files.map((f) => ({ file: f.slice(dist.length + 1), gzipKb: gzipKb([f]) })).sort((a, b) => b.gzipKb - a.gzipKb);
  return {
    panelGzipKb: gzipKb(panel),
    workerGzipKb: gzipKb(worker),
    panelFiles: detail(panel),
    workerFiles: detail(worker),
  };
}

/** Builds the extension (npx vite build) when dist/ is missing or older than its sources. */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return readdirSync(path).reduce((max, name) => Math.max(max, newestMtime(join(path, name))), st.mtimeMs);
}

export function ensureBuilt(root: string, log: (line: string) => void): void {
  const built = join(root, 'dist/manifest.json');
  const sources = Math.max(...['src', 'public', 'manifest.json', 'vite.config.ts', 'package.json'].map((p) => newestMtime(join(root, p))));
  if (existsSync(built) && statSync(built).mtimeMs >= sources) return;
  log('dist/ is missing or older than src/: npx vite build');
  // The build's own output goes to stderr so that `--json` keeps stdout to one JSON object.
  execSync('npx vite build', { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
}

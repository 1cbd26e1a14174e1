/** Builds the extension (npx vite build) and the CLI (dist-cli/) when either is missing or older than its sources. */
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
  const sources = Math.max(
    ...['src', 'public', 'manifest.json', 'vite.config.ts', 'vite.cli.config.ts', 'package.json'].map((p) =>
      newestMtime(join(root, p)),
    ),
  );
  const stale = (file: string) => !existsSync(join(root, file)) || statSync(join(root, file)).mtimeMs < sources;
  // The builds' own output goes to stderr so that `--json` keeps stdout to one JSON object.
  const run = (command: string) => execSync(command, { cwd: root, stdio: ['ignore', process.stderr, process.stderr] });
  if (stale('dist/manifest.json')) {
    log('dist/ is missing or older than src/: npx vite build');
    run('npx vite build');
  }
  if (stale('dist-cli/main.mjs')) {
    log('dist-cli/ is missing or older than src/: npm run build:cli');
    run('npm run --silent build:cli');
  }
}

/**
 * 7. Start-up of the command: `node bin/cookie-lens.mjs --help` (the built CLI) beside `node -e 0`, Node's own
 * start-up floor, spawned alternately in the same run; medians of wall-clock time from spawn to exit.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

import { median, sample } from './stats.ts';

function timeSpawn(args: string[], cwd: string): number {
  const start = performance.now();
  const r = spawnSync(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr.trim().split('\n')[0]}`);
  return ms;
}

export async function measureCliStart(root: string, runs = 15): Promise<{ cliHelpMs: number; nodeStartMs: number }> {
  const bin = join(root, 'bin/cookie-lens.mjs');
  const help = timeSpawn([bin, '--help'], root); // warm-up: the files into the page cache
  if (!Number.isFinite(help)) throw new Error('cookie-lens --help did not run');
  timeSpawn(['-e', '0'], root);
  const node: number[] = [];
  const cli = await sample(runs, () => {
    node.push(timeSpawn(['-e', '0'], root));
    return timeSpawn([bin, '--help'], root);
  });
  return { cliHelpMs: median(cli), nodeStartMs: median(node) };
}

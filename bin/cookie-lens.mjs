#!/usr/bin/env node
// Registers tsx so the TypeScript CLI runs without a build step, then hands over to src/cli/main.ts.
import { register } from 'tsx/esm/api';

// A closed pipe (`cookie-lens ... | head`) is a normal end, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

register();
const { main, processIo } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo);

#!/usr/bin/env node
// Runs the built CLI (dist-cli/, plain JavaScript made from src/cli by `npm run build` or `npm pack`) with Node alone.

// A closed pipe (`cookie-lens ... | head`) is a normal end, not a crash.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (e) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

let cli;
try {
  cli = await import('../dist-cli/main.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-cli')) throw e;
  process.stderr.write('cookie-lens: the command is not built (dist-cli/main.mjs is missing): run `npm run build:cli` in the project first\n');
  process.exit(70);
}
const { main, processIo } = cli;
process.exitCode = await main(process.argv.slice(2), processIo);

#!/usr/bin/env node
// Runs the built CLI (dist-cli/, plain JavaScript made from src/cli by `npm run build` or `npm pack`) with Node alone.
// Exit codes (README): 0 ok, 1 findings at or above --fail-on, 2 usage or bad input, 70 internal. Never a stack trace.

const INTERNAL = 70;

// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const CONTROL = /[\x00-\x1f\x7f-\x9f]+/g;

function oneLine(e) {
  const text = e instanceof Error ? `${e.code ? `${e.code}: ` : ''}${e.message}` : String(e);
  return text.replace(CONTROL, ' ').trim().slice(0, 300);
}

/** Last words on stderr, if stderr itself still works; then exit. */
function die(message, code) {
  try {
    process.stderr.write(`cookie-lens: ${message}\n`);
  } catch {
    // stderr is gone too: the exit code is all that is left
  }
  process.exit(code);
}

// A closed pipe (`cookie-lens ... | head`) is a normal end, not a crash; any other write error (a full disk: ENOSPC,
// /dev/full) is said in one line, exit 70.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  die(`cannot write the output: ${oneLine(e)}`, INTERNAL);
});
process.stderr.on('error', () => process.exit(process.exitCode ?? INTERNAL));
process.on('uncaughtException', (e) => die(`internal error: ${oneLine(e)}`, INTERNAL));
process.on('unhandledRejection', (e) => die(`internal error: ${oneLine(e)}`, INTERNAL));

let cli;
try {
  cli = await import('../dist-cli/main.mjs');
} catch (e) {
  if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist-cli')) throw e;
  die(
    'the command is not built (dist-cli/main.mjs is missing): run `npm run build:cli` in the project first',
    INTERNAL,
  );
}
const { main, processIo } = cli;
process.exitCode = await main(process.argv.slice(2), processIo);

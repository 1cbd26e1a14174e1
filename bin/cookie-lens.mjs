#!/usr/bin/env node
// Registers tsx so the TypeScript CLI runs without a build step, then hands over to src/cli/main.ts.
// Exit codes (README): 0 ok, 1 findings at or above --fail-on, 2 usage or bad input, 70 internal. Never a stack trace.
import { register } from 'tsx/esm/api';

const INTERNAL = 70;

function oneLine(e) {
  const text = e instanceof Error ? `${e.code ? `${e.code}: ` : ''}${e.message}` : String(e);
  // eslint-disable-next-line no-control-regex -- control characters are what is being removed
  return text.replace(/[\x00-\x1f\x7f-\x9f]+/g, ' ').trim().slice(0, 300);
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

register();
const { main, processIo } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo);

/**
 * Runs a child process for the tests that must (the built CLI, npm pack/install, npx): asynchronously, so the test
 * runner stays responsive, with a generous time limit (a loaded 2-core CI machine is slow, not broken), and with the
 * caller's npm lifecycle variables removed so a nested npm acts on its own folder, not on the project running the tests.
 */
import { spawn } from 'node:child_process';

export interface ProcessResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** npm settings a nested npm may keep (where its cache and config files are); every other npm_* variable is dropped. */
const KEEP_NPM = new Set([
  'npm_config_cache',
  'npm_config_userconfig',
  'npm_config_globalconfig',
  'npm_config_cafile',
  'npm_config_registry',
]);

export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || KEEP_NPM.has(k.toLowerCase())),
  );
  return { ...env, ...extra };
}

export function runProcess(
  command: string,
  args: string[],
  opts: { cwd: string; input?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ProcessResult> {
  const timeoutMs = opts.timeoutMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: opts.cwd, env: opts.env ?? childEnv(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (t: string) => (stdout += t));
    child.stderr.setEncoding('utf8').on('data', (t: string) => (stderr += t));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${command} ${args.join(' ')} did not finish within ${timeoutMs / 1000} s; stderr so far: ${stderr.slice(-500)}`,
        ),
      );
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
    child.stdin.on('error', () => {}); // a child that exits without reading its input is not a test failure here
    child.stdin.end(opts.input ?? '');
  });
}

/** Starts a Python fixture app (test/fixtures/*.py) that prints "PORT <n>" once listening on 127.0.0.1. */
import { spawn, spawnSync } from 'node:child_process';

export const PYTHON = '/usr/bin/python3';

export interface PythonApp {
  base: string;
  stop(): Promise<void>;
}

export function startPythonApp(args: readonly string[]): Promise<PythonApp> {
  const child = spawn(PYTHON, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /PORT (\d+)/.exec(out);
      if (m) resolve({ base: `http://127.0.0.1:${m[1]}`, stop });
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code) => reject(new Error(`${args[0]} exited ${code}: ${err.slice(-800)}`)));
  });
}

/** '' when /usr/bin/python3 imports the module, else why not (for describe.skipIf titles). */
export function pythonCannotImport(module: string): string {
  const r = spawnSync(PYTHON, ['-c', `import ${module}`], { encoding: 'utf8' });
  return r.status === 0
    ? ''
    : `${PYTHON} cannot import ${module}: ${(r.stderr || r.error?.message || '').trim().split('\n').pop()}`;
}

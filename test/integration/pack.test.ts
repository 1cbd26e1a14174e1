/**
 * The package as a user gets it. `npm pack` in a fresh copy of the project (its prepack script builds the CLI from
 * src/, as on a fresh clone), `npm install` of the tarball into an empty folder with npm offline (the built CLI bundles
 * its dependencies: nothing to fetch, Node alone), then `npx cookie-lens` runs every verb on a fixture, and each output
 * must equal what the CLI's source (main() in this process) prints for the same input.
 * Few spawns, generous time limits: a loaded 2-core machine is slow, not broken.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { main } from '../../src/cli/main.ts';
import { runProcess } from '../run-process.ts';

const root = resolve(import.meta.dirname, '../..');
const FIXTURE = 'test/fixtures/formats/cookie-editor-export.json';
const URL_ARG = ['--url', 'https://github.com/'];
/** Build output, installed packages and local state: not part of a fresh clone. */
const NOT_IN_A_CLONE = new Set(['node_modules', '.git', 'dist', 'dist-cli', 'dist-firefox', 'artifacts', '.cache']);
const STEP_MS = 180_000;

let work = '';
let app = '';

beforeAll(
  async () => {
    work = mkdtempSync(join(tmpdir(), 'cookie-lens-pack-'));
    const project = join(work, 'project');
    cpSync(root, project, { recursive: true, filter: (src) => !NOT_IN_A_CLONE.has(relative(root, src)) });
    // The project's development dependencies (vite, for prepack's build); not part of the package.
    symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
    const pack = await runProcess('npm', ['pack', '--pack-destination', work], { cwd: project, timeoutMs: STEP_MS });
    expect(pack.status, pack.stderr).toBe(0);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'));
    expect(tarball, 'npm pack made no .tgz').toBeDefined();
    app = join(work, 'app');
    mkdirSync(app);
    const install = await runProcess(
      'npm',
      ['install', '--offline', '--no-audit', '--no-fund', join(work, tarball as string)],
      { cwd: app, timeoutMs: STEP_MS },
    );
    expect(install.status, install.stderr).toBe(0);
  },
  2 * STEP_MS + 60_000,
);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

/** `npx cookie-lens ...` in the install folder (--offline: never fetch a package of that name from the registry). */
const npx = (args: string[]) =>
  runProcess('npx', ['--offline', 'cookie-lens', ...args], { cwd: app, timeoutMs: STEP_MS });

/** The CLI's source, in this process, on the same arguments (files read from the project). */
async function fromSource(args: string[]): Promise<{ status: number; stdout: string }> {
  let stdout = '';
  const status = await main(args, {
    readStdin: async () => '',
    readFile: (p) => readFile(resolve(root, p), 'utf8'),
    stdout: (t) => void (stdout += t),
    stderr: () => {},
  });
  return { status, stdout };
}

describe('npm pack → npm install (offline) → npx cookie-lens', () => {
  it('installs the bin, the bundled CLI and its licences, and nothing else: no dependencies, no sources, no tsx', () => {
    const pkgDir = join(app, 'node_modules/cookie-lens');
    expect(readdirSync(join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['cookie-lens']);
    expect(readdirSync(pkgDir).sort()).toEqual(['README.md', 'bin', 'dist-cli', 'package.json']);
    const dist = readdirSync(join(pkgDir, 'dist-cli'));
    expect(dist).toContain('main.mjs');
    expect(dist).toContain('THIRD-PARTY-LICENSES.md');
    expect(dist.every((f) => f.endsWith('.mjs') || f === 'THIRD-PARTY-LICENSES.md' || f === 'licenses')).toBe(true);
    expect(readFileSync(join(pkgDir, 'dist-cli/THIRD-PARTY-LICENSES.md'), 'utf8')).toMatch(/^## tldts - .*MIT/m);
    // The engine bundles the Open Cookie Database's data: its Apache-2.0 licence and NOTICE ship with it.
    expect(readdirSync(join(pkgDir, 'dist-cli/licenses/open-cookie-database')).sort()).toEqual(['LICENSE', 'NOTICE']);
    expect(existsSync(join(app, 'node_modules/.bin/cookie-lens'))).toBe(true);
  });

  it(
    'npx cookie-lens --version prints the package version',
    async () => {
      const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
      const r = await npx(['--version']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).toBe(`cookie-lens ${version}\n`);
    },
    STEP_MS,
  );

  it.each([
    ['classify', [...URL_ARG, '--json']],
    ['audit', [...URL_ARG, '--json']],
    ['convert', ['--to', 'netscape', '--redact']],
  ])(
    'npx cookie-lens %s on a fixture prints what the source prints',
    async (verb, args) => {
      const installed = await npx([verb, ...args, join(root, FIXTURE)]);
      const source = await fromSource([verb, ...args, FIXTURE]);
      expect(installed.status, installed.stderr).toBe(source.status);
      expect(installed.stdout.length).toBeGreaterThan(100);
      expect(installed.stdout).toBe(source.stdout);
    },
    STEP_MS,
  );
});

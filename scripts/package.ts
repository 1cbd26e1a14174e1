/**
 * `npm run package`: builds both browsers and writes the store archives to artifacts/:
 *   cookie-lens-<version>-chrome.zip   dist/ zipped with manifest.json at the root (Chrome Web Store upload)
 *   cookie-lens-<version>-firefox.zip  dist-firefox/ through `web-ext build` (addons.mozilla.org upload), after
 *                                      `web-ext lint` reports no error
 *   cookie-lens-<version>-source.zip   the sources at HEAD (`git archive`), which AMO asks for with bundled code
 * The version is package.json's; both built manifests must carry it, or nothing is written.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

import { type Zippable, zipSync } from 'fflate';

import pkg from '../package.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '..');
const artifacts = join(root, 'artifacts');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

export const archiveNames = (version: string) => ({
  chrome: `cookie-lens-${version}-chrome.zip`,
  firefox: `cookie-lens-${version}-firefox.zip`,
  source: `cookie-lens-${version}-source.zip`,
});

function run(cmd: string, args: string[]): string {
  return execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
}

function filesOf(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesOf(path) : [path];
  });
}

function checkVersion(dir: string): void {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { version?: string };
  if (manifest.version !== pkg.version)
    throw new Error(
      `${relative(root, dir)}/manifest.json has version ${manifest.version}, package.json ${pkg.version}`,
    );
}

function zipDir(dir: string, out: string): void {
  const entries: Zippable = {};
  // Sorted, fixed dates: the same build gives the same archive.
  for (const file of filesOf(dir).sort())
    entries[relative(dir, file).split('\\').join('/')] = [
      readFileSync(file),
      { mtime: new Date('2000-01-01T00:00:00Z') },
    ];
  writeFileSync(out, zipSync(entries, { level: 9 }));
}

function lintFirefox(dir: string): void {
  const raw = run(bin('web-ext'), ['lint', '--source-dir', dir, '--output', 'json', '--no-input']);
  const report = JSON.parse(raw.slice(raw.indexOf('{'))) as {
    errors: { code: string; message: string; file?: string }[];
  };
  if (report.errors.length > 0) {
    throw new Error(
      `web-ext lint found ${report.errors.length} error(s): ${report.errors.map((e) => `${e.code} ${e.message} (${e.file ?? ''})`).join('; ')}`,
    );
  }
}

function main(): void {
  const names = archiveNames(pkg.version);
  run('npm', ['run', '--silent', 'build']);
  run('npm', ['run', '--silent', 'build:firefox']);
  const dist = join(root, 'dist');
  const distFirefox = join(root, 'dist-firefox');
  checkVersion(dist);
  checkVersion(distFirefox);
  lintFirefox(distFirefox);
  mkdirSync(artifacts, { recursive: true });
  for (const name of Object.values(names)) rmSync(join(artifacts, name), { force: true });

  zipDir(dist, join(artifacts, names.chrome));
  run(bin('web-ext'), [
    'build',
    '--source-dir',
    distFirefox,
    '--artifacts-dir',
    artifacts,
    '--filename',
    names.firefox,
    '--overwrite-dest',
    '--no-input',
  ]);
  if (!existsSync(join(artifacts, names.firefox))) throw new Error(`web-ext build did not write ${names.firefox}`);
  if (existsSync(join(root, '.git'))) {
    run('git', ['archive', '--format=zip', `--output=${join(artifacts, names.source)}`, 'HEAD']);
    if (run('git', ['status', '--porcelain']).trim() !== '')
      console.warn(`Note: ${names.source} holds the last commit; the work tree has uncommitted changes.`);
  }

  for (const name of Object.values(names)) {
    const path = join(artifacts, name);
    if (existsSync(path)) console.log(`${relative(root, path)}  ${(statSync(path).size / 1024).toFixed(0)} KB`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    main();
  } catch (e) {
    console.error(`npm run package: ${(e as Error).message}`);
    process.exit(1);
  }
}

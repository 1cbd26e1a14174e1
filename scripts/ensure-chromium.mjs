#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium (or $CHROMIUM_PATH): the e2e tests and `npm start` drive it.
// On a fresh Debian machine as root it installs the package; elsewhere it says what to do and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function ensureChromium() {
  return ensureDebianBrowser({
    name: 'Chromium',
    path: chromiumPath(),
    debianPackage: 'chromium',
    envVar: 'CHROMIUM_PATH',
  });
}

/** The browser at `path`, installed from Debian's `debianPackage` when missing (as root with apt-get). */
export function ensureDebianBrowser({ name, path, debianPackage, envVar }) {
  if (existsSync(path)) return path;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(
      `${name} is not at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y ${debianPackage}) or set ${envVar}.`,
    );
  }
  console.log(
    `${name} is missing: installing Debian's ${debianPackage} package (apt-get install -y ${debianPackage})…`,
  );
  execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${debianPackage}`, {
    stdio: 'inherit',
    shell: '/bin/bash',
  });
  if (!existsSync(path)) throw new Error(`apt-get finished but ${path} is still missing`);
  return path;
}

/** Runs `ensure` as a command: prints the path, or one line and exit 1. */
export function runAsCommand(label, ensure) {
  try {
    console.log(`${label}: ${ensure()}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) runAsCommand('Chromium', ensureChromium);

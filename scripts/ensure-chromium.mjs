#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium (or $CHROMIUM_PATH): the e2e tests and `npm start` drive it.
// On a fresh Debian machine as root it installs the package; elsewhere it says what to do and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function chromiumPath() {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function ensureChromium() {
  const path = chromiumPath();
  if (existsSync(path)) return path;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(`Chromium is not at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
  }
  console.log(`Chromium is missing: installing Debian's chromium package (apt-get install -y chromium)…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit', shell: '/bin/bash' });
  if (!existsSync(path)) throw new Error(`apt-get finished but ${path} is still missing`);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

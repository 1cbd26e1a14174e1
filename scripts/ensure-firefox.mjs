#!/usr/bin/env node
// Makes sure Debian's Firefox ESR is at /usr/bin/firefox-esr (or $FIREFOX_PATH): the Firefox e2e tests drive it.
// On a fresh Debian machine as root it installs the package; elsewhere it says what to do and fails.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function firefoxPath() {
  return process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
}

export function ensureFirefox() {
  const path = firefoxPath();
  if (existsSync(path)) return path;
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error(`Firefox is not at ${path}. Install it (Debian: sudo apt-get install -y firefox-esr) or set FIREFOX_PATH.`);
  }
  console.log(`Firefox is missing: installing Debian's firefox-esr package (apt-get install -y firefox-esr)…`);
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr', { stdio: 'inherit', shell: '/bin/bash' });
  if (!existsSync(path)) throw new Error(`apt-get finished but ${path} is still missing`);
  return path;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Firefox: ${ensureFirefox()}`);
  } catch (e) {
    console.error(e.message);
    process.exit(1);
  }
}

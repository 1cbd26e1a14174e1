#!/usr/bin/env node
// Makes sure Debian's Firefox ESR is at /usr/bin/firefox-esr (or $FIREFOX_PATH): the Firefox e2e tests drive it.
// On a fresh Debian machine as root it installs the package; elsewhere it says what to do and fails.
import { ensureDebianBrowser, runAsCommand } from './ensure-chromium.mjs';

export function ensureFirefox() {
  return ensureDebianBrowser({
    name: 'Firefox',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    debianPackage: 'firefox-esr',
    envVar: 'FIREFOX_PATH',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) runAsCommand('Firefox', ensureFirefox);

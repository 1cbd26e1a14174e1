/**
 * vitest globalSetup (unit project): builds the CLI once before the tests (vite.cli.config.ts → dist-cli/), so the
 * tests that spawn bin/cookie-lens.mjs run the same plain JavaScript a user runs, from a fresh clone too.
 */
import { resolve } from 'node:path';

import { build } from 'vite';

export default async function buildCli(): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  await build({ root, configFile: resolve(root, 'vite.cli.config.ts'), logLevel: 'warn' });
}

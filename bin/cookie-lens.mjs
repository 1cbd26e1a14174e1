#!/usr/bin/env node
// Registers tsx so the TypeScript CLI runs without a build step, then hands over to src/cli/main.ts.
import { register } from 'tsx/esm/api';

register();
const { main, processIo } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), processIo);

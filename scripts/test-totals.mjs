#!/usr/bin/env node
// Prints one closing line with the totals of every vitest JSON report in artifacts/: "N passed, N failed, N skipped".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
for (const name of ['results-unit.json', 'results-e2e.json']) {
  const path = `artifacts/${name}`;
  if (!existsSync(path)) {
    console.log(`${path}: missing (that suite did not run)`);
    failed++;
    continue;
  }
  const r = JSON.parse(readFileSync(path, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
}
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);

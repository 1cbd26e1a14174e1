/**
 * Runs after every e2e test: the panel must have logged no error or warning (console, uncaught exception, or a
 * browser message such as "Blocked autofocusing…"). The harness collects them from the panel's own target over CDP;
 * what a file's beforeAll logged counts against its first test.
 */
import { afterEach } from 'vitest';

import { takeConsoleProblems } from './harness.ts';

afterEach(() => {
  const problems = takeConsoleProblems();
  if (problems.length > 0)
    throw new Error(`The panel logged ${problems.length} error(s) or warning(s):\n${problems.join('\n')}`);
});

/** The tests StrykerJS runs against each mutant of the write path (stryker.config.mjs): the write path's own tests. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    setupFiles: ['test/setup-public-suffix-list.ts'],
    include: [
      'test/unit/core/safe-write*.test.ts',
      'test/unit/core/edit-sequences.property.test.ts',
      'test/unit/core/timeline-journal.test.ts',
      'test/unit/core/journal*.test.ts',
      'test/unit/core/write-*.test.ts',
      'test/unit/background/*.test.ts',
    ],
    environment: 'node',
    // Under mutation every test runs hundreds of times on a shared machine: no tight per-test limit (Stryker has its own).
    testTimeout: 120_000,
  },
});

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
    ],
    environment: 'node',
  },
});

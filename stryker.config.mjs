// Mutation testing of the write path (issue 13): `npm run mutation`. Not part of `npm test` (minutes of CPU).
// Only the modules that decide whether a cookie survives a write are mutated; only the tests that exercise them run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  plugins: ['@stryker-mutator/vitest-runner'],
  vitest: { configFile: 'vitest.mutation.config.ts', related: false },
  mutate: [
    'src/core/write/safe-write.ts',
    'src/core/write/transition.ts',
    'src/core/history/journal.ts',
    'src/core/history/codec.ts',
    'src/core/history/labels.ts',
    'src/core/history/intent.ts',
    'src/background/journaled-write.ts',
  ],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  timeoutMS: 20_000,
  timeoutFactor: 2,
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'artifacts/mutation/mutation.json' },
  tempDirName: '.cache/stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 95, low: 90, break: 90 },
};

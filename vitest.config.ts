import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          setupFiles: ['test/setup-public-suffix-list.ts'],
          globalSetup: ['test/build-cli.ts'],
          include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
          environment: 'node',
          // Limits that hold on a loaded 2-core CI machine: property tests take seconds when other suites share the cores,
          // and the integration tests spawn real servers, curl, Python and the built CLI. A slow spell is not a failure;
          // speed is measured by `npm run bench`, not here.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          setupFiles: ['test/e2e/setup.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});

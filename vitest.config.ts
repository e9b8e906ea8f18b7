import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          // Files share a worker's module cache: re-importing the engine per file cost most of the run's CPU time.
          // No unit file mocks modules or leaves global state behind.
          isolate: false,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // Each file owns a database; two at a time suits a 2-core machine.
          maxWorkers: 2,
          // Each file builds its own app on its own database, so files need not re-import the server: importing it
          // afresh per file was a third of the run (6 min 45 s → 4 min 7 s on PGlite). A file that fakes the clock
          // gives it back in its afterAll.
          isolate: false,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // One server and one browser per file; nothing a file imports needs importing again for the next.
          isolate: false,
        },
      },
    ],
  },
});

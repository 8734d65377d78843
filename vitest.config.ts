// Three suites, one run: `unit` in Node, `worker` inside workerd, `browser` against the real local stack.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The JSON report is what .ci/run counts; the default reporter is for people.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // The CLI tests start processes; on a 2-core CI machine running all three suites at once, 5 s is too tight.
          testTimeout: 30_000,
          include: ['test/unit/**/*.test.ts', 'checks/**/*.test.ts', 'site/**/*.test.ts', 'worker/services/**/*.test.ts', 'worker/integrations/**/*.test.ts', 'worker/middleware/**/*.test.ts'],
        },
      },
      './test/worker/vitest.config.ts',
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          globalSetup: ['test/browser/global-setup.ts'],
          // One browser, one server: the suite shares both, so files run one after another.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});

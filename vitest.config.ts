import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests (engine, anchoring, storage) and browser tests that load the
// built extension into real Chromium and Firefox (`npm run test:browser` builds first).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
          exclude: ['tests/browser/**', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          // One browser at a time: the machine has 2 cores and each browser wants both.
          fileParallelism: false,
        },
      },
    ],
  },
});

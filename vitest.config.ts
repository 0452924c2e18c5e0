import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/fast-check-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Property tests and end-to-end runs are CPU-bound; two workers match the CI machine.
    maxWorkers: 2,
  },
});

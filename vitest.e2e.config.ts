// Browser tests: the playground in headless Chromium, one browser for the run, one file at a time.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 45_000,
    hookTimeout: 60_000,
    // Building the playground (and, on a bare Debian machine, installing Chromium) takes a while.
    teardownTimeout: 20_000,
  },
});

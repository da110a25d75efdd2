import { defineConfig } from 'vitest/config';

export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    include: ['test/**/*.test.{ts,tsx}'],
    exclude: ['test/e2e/**'],
    environment: 'node',
    pool: 'threads',
    // A hang guard, not a budget: CI shares two cores between test threads, and speed is measured by `npm run bench`.
    testTimeout: 30_000,
  },
});

import { defineConfig } from 'vitest/config';

// Unit and integration tests run in plain Node. Browser tests live in test/e2e (Playwright) and
// the real-Electron smoke suite in test/electron; neither is collected here.
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/unit/**/*.test.tsx', 'test/integration/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});

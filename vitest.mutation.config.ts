import { defineConfig } from 'vitest/config';

// The tests Stryker runs against each mutant: the unit tests only. The site and browser tests need a
// built dist/ and Chromium, and test/scripts/offline-search.test.ts reads dist/.
export default defineConfig({
  test: {
    include: ['test/model/**/*.test.ts', 'test/scripts/**/*.test.ts'],
    exclude: ['test/scripts/offline-search.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});

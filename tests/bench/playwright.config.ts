import { defineConfig } from '@playwright/test';

// The benchmark suite (`npm run bench`): one long Playwright run against the bench build
// (.output/chrome-mv3-bench). Not part of `npm test`: figures are read from its table, not asserted.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.bench\.ts/,
  timeout: 30 * 60_000,
  workers: 1,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

// `npm run bench:compare -- DIR_A DIR_B` (scripts/bench-compare.mjs): two builds in one browser.
export default defineConfig({
  testDir: '.',
  testMatch: /compare\.pair\.ts/,
  timeout: 30 * 60_000,
  workers: 1,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

// Benchmarks in real Chromium against the built extension (`npx wxt build` first). Not part of
// `npm test`: run with `npx playwright test -c tests/bench/playwright.config.ts`.
export default defineConfig({
  testDir: '.',
  testMatch: '*.bench.ts',
  timeout: 600_000,
  workers: 1,
  retries: 0,
  reporter: [['list']],
});

import { defineConfig } from '@playwright/test';

// Budgets measured in real Chromium against the built extension (`npx wxt build` first):
// `npx playwright test -c tests/bench/playwright.config.ts`. Not part of `npm test`.
export default defineConfig({
  testDir: '.',
  timeout: 600_000,
  workers: 1,
  reporter: [['list']],
});

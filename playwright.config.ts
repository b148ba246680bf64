import { defineConfig } from '@playwright/test';

// The tests load the built extension (.output/chrome-mv3): `npm test` builds it first.
export default defineConfig({
  testDir: 'tests/e2e',
  // One profile Chromium has started before, copied for each test (Leadline's own data left out).
  globalSetup: './tests/e2e/global-setup.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Every test has its own profile: spreading single tests (not whole files) over the workers keeps
  // both busy until the end instead of leaving one long file to finish alone.
  fullyParallel: true,
  // Each test launches its own browser with the extension; two at once suits a 2-core machine.
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: { trace: 'retain-on-failure' },
});

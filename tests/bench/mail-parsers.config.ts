import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Published mail parsers against Leadline's own rules on the same cases (see docs/sites.md, "Mail
// parsers measured"). A measurement, not a test: it prints a table and fails on nothing but a crash.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/bench/mail-parsers.measure.ts'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
  },
});

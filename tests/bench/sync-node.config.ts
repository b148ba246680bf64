import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The sync figures, measured in Node against pouchdb-server (see bench/README.md, "Team sync").
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/bench/sync.node-bench.ts'],
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 1_800_000,
    hookTimeout: 120_000,
  },
});

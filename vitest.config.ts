import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // Most files test lib/ code that needs no DOM: Node's environment costs nothing to set up, where
    // happy-dom's costs about a second of CPU per file. A file that renders or parses markup says
    // so in its first line (`// @vitest-environment happy-dom`).
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    // fake-indexeddb and happy-dom are per file; isolation keeps databases apart between files.
    isolate: true,
    // Vitest's default keeps one core for itself, which on a 2-core CI machine means one worker.
    maxWorkers: availableParallelism(),
  },
});

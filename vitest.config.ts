import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'happy-dom',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    // fake-indexeddb and happy-dom are per file; isolation keeps databases apart between files.
    isolate: true,
    // Vitest's default keeps one core for itself, which on a 2-core CI machine means one worker.
    maxWorkers: availableParallelism(),
  },
});

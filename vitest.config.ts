import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

const ALL = ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'];
/**
 * Files that need a module graph, or a process, of their own: the zone files set process.env.TZ (one
 * per process), and the leads table's preview needs the page's lead feed (module state in
 * components/hooks/use-mirror.ts) never loaded before.
 */
const ISOLATED = [
  'tests/unit/sequences/early-today.test.ts',
  'tests/unit/sequences/describe-due-here.test.ts',
  'tests/unit/components/leads/leads-view-preview.test.tsx',
];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // Most files test lib/ code that needs no DOM: Node's environment costs nothing to set up, where
    // happy-dom's costs about a second of CPU per file. A file that renders or parses markup says
    // so in its first line (`// @vitest-environment happy-dom`).
    environment: 'node',
    setupFiles: ['tests/unit/setup.ts'],
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    // Vitest's default keeps one core for itself, which on a 2-core CI machine means one worker.
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ALL,
          exclude: ISOLATED,
          // Importing every module again for each file took over half the suite's CPU. These files
          // share one module graph per worker thread; tests/unit/setup.ts gives each file an empty
          // IndexedDB, an empty fake browser and change channels no other thread hears.
          pool: 'threads',
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED, pool: 'forks', isolate: true } },
    ],
  },
});

// `npm run bench`: builds Leadline (the shipped build, for content-script sizes, and the bench
// build, which adds the in-page harness) and runs the benchmark suite in Chromium. Prints a table
// and writes bench/results.json. LEADLINE_BENCH_SIZES=1000,10000 limits the data sizes.
import { spawnSync } from 'node:child_process';

const step = (args, env = {}) => {
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step(['wxt', 'build']);
step(['wxt', 'build'], { LEADLINE_BENCH: '1' });
step(['playwright', 'test', '-c', 'tests/bench/playwright.config.ts']);

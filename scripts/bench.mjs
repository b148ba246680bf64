// `npm run bench`: builds Leadline (the shipped build, for content-script sizes, and the bench
// build, which adds the in-page harness) and runs the benchmark suite in Chromium. Prints a table
// and writes bench/results.json. LEADLINE_BENCH_SIZES=1000,10000 limits the data sizes.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const step = (args, env = {}) => {
  const result = spawnSync('npx', args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
step(['wxt', 'build']);
step(['wxt', 'build'], { LEADLINE_BENCH: '1' });

// The figures stand for the shipped pages only if the bench build loads exactly their files, byte for byte.
const filesOf = (build, page) =>
  readFileSync(`.output/${build}/${page}`, 'utf8').match(/(?<=(?:src|href)=")\/[^"]+\.(?:js|css)(?=")/g) ?? [];
const sameFile = (file) => readFileSync(`.output/chrome-mv3${file}`).equals(readFileSync(`.output/chrome-mv3-bench${file}`));
for (const page of ['popup.html', 'sidepanel.html', 'dashboard.html']) {
  const shipped = filesOf('chrome-mv3', page);
  const benched = filesOf('chrome-mv3-bench', page);
  if (shipped.join(' ') !== benched.join(' ') || !shipped.every(sameFile)) {
    console.error(
      `The bench build's ${page} loads other files than the shipped one:\n  shipped: ${shipped.join(' ')}\n  bench:   ${benched.join(' ')}`,
    );
    process.exit(1);
  }
}
step(['playwright', 'test', '-c', 'tests/bench/playwright.config.ts']);

// `npm run bench:compare -- BUILD_A BUILD_B`: the popup's and side panel's opening times of two bench
// builds (directories made by `LEADLINE_BENCH=1 wxt build`, copied aside), loaded side by side in one
// browser and opened alternately. See bench/README.md ("Comparing two builds").
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const builds = process.argv.slice(2).map((dir) => resolve(dir));
if (builds.length !== 2 || !builds.every((dir) => existsSync(join(dir, 'bench.html')))) {
  console.error(
    'Usage: npm run bench:compare -- BUILD_A BUILD_B (two bench builds: LEADLINE_BENCH=1 wxt build, then copy .output/chrome-mv3-bench aside)',
  );
  process.exit(2);
}
// Copies, each labelled, so the test can tell the two extensions apart.
const work = mkdtempSync(join(tmpdir(), 'leadline-compare-builds-'));
const labelled = builds.map((dir, index) => {
  const label = `${String.fromCharCode(65 + index)}:${basename(dir)}`;
  const copy = join(work, String(index));
  cpSync(dir, copy, { recursive: true });
  writeFileSync(join(copy, 'compare-label.txt'), label);
  return `${label}=${copy}`;
});
const result = spawnSync('npx', ['playwright', 'test', '-c', 'tests/bench/compare.config.ts'], {
  stdio: 'inherit',
  env: { ...process.env, LEADLINE_COMPARE: labelled.join(',') },
});
rmSync(work, { recursive: true, force: true });
process.exit(result.status ?? 1);

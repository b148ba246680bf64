// Runs the Firefox end-to-end tests (tests/firefox/*.test.mjs), two at a time, prints each result,
// and writes the counts to test-results/firefox.json for `npm test`. Needs `npm run build:firefox`.
// Usage: node tests/firefox/run.mjs [substring of a test name]
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR, FIREFOX, tests } from './harness.mjs';

const TIMEOUT = 120_000;
const filter = process.argv[2];
const started = Date.now();
const results = [];

const report = (extra = {}) => {
  mkdirSync('test-results', { recursive: true });
  const passed = results.filter((result) => result.ok).length;
  const summary = { passed, failed: results.length - passed, durationMs: Date.now() - started, tests: results, ...extra };
  writeFileSync('test-results/firefox.json', JSON.stringify(summary, null, 2));
  return summary;
};

/** Stops before any test, with the reason in one line (also in the report, for `npm test`). */
const stop = (error) => {
  console.error(error);
  report({ error });
  process.exit(1);
};
if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) stop(`No Firefox build in ${EXTENSION_DIR}: run npm run build:firefox first.`);
if (!FIREFOX || !existsSync(FIREFOX)) {
  stop(
    `No Firefox found for the Firefox end-to-end tests${FIREFOX ? ` (${FIREFOX} does not exist)` : ''}: install Firefox (Debian: apt-get install firefox-esr) or set LEADLINE_FIREFOX=/path/to/firefox.`,
  );
}

for (const file of readdirSync(import.meta.dirname)
  .filter((name) => name.endsWith('.test.mjs'))
  .sort()) {
  await import(`./${file}`);
}

/** Runs one test, its result kept at its place in the list. */
async function run({ name, fn }, index) {
  const begin = Date.now();
  let timer;
  try {
    await Promise.race([
      fn(),
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`timed out after ${TIMEOUT / 1000} s`)), TIMEOUT))),
    ]);
    results[index] = { name, ok: true, ms: Date.now() - begin };
    console.log(`  ✔ ${name} (${((Date.now() - begin) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results[index] = { name, ok: false, ms: Date.now() - begin, error: String(error?.stack ?? error) };
    console.log(`  ✖ ${name} (${((Date.now() - begin) / 1000).toFixed(1)} s)\n${String(error?.stack ?? error).replace(/^/gm, '      ')}`);
  } finally {
    clearTimeout(timer);
  }
}

// Each test has its own Firefox and profile; a Firefox spends much of a test waiting, so two run at
// once (LEADLINE_FIREFOX_JOBS to change it) and keep both cores of a small CI machine busy.
const chosen = tests.filter(({ name }) => !filter || name.includes(filter));
const jobs = Math.max(1, Number(process.env.LEADLINE_FIREFOX_JOBS) || 2);
let next = 0;
await Promise.all(
  Array.from({ length: Math.min(jobs, chosen.length) }, async () => {
    while (next < chosen.length) {
      const index = next++;
      await run(chosen[index], index);
    }
  }),
);

const { passed, failed, durationMs } = report();
console.log(`\nFirefox: ${passed} passed, ${failed} failed (${(durationMs / 1000).toFixed(1)} s)`);
// Puppeteer may keep a socket open after a failed test; the counts are written, so leave now.
process.exit(failed || !results.length ? 1 : 0);

// `npm test`: type checking, lint, unit tests, both builds and the end-to-end tests, in that order.
// Every step runs even when an earlier one fails (but e2e needs the Chrome build), and the last line
// counts every test: unit and e2e tests one each, and each failed check (typecheck, lint, build) as one.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (label, command, args) => {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  const ok = result.status === 0;
  console.log(ok ? `✔ ${label}` : `✖ ${label} (exit ${result.status ?? result.signal})`);
  return ok;
};

const readJson = (path) => {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
};

let passed = 0;
let failed = 0;
const failedChecks = [];
const check = (label, ok) => {
  if (!ok) {
    failed += 1;
    failedChecks.push(label);
  }
};

rmSync('test-results', { recursive: true, force: true });
check('typecheck', run('typecheck', 'npx', ['tsc', '--noEmit']));
check('lint', run('lint', 'npx', ['eslint', '--max-warnings', '0', '.']));

const unitOk = run('unit tests', 'npx', ['vitest', 'run']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unitOk && unit.numFailedTests === 0) check('unit tests (errors outside tests)', false);
} else check('unit tests (no report)', false);

const chromeBuilt = run('build (Chrome MV3)', 'npx', ['wxt', 'build']);
check('build chrome', chromeBuilt);
check('build firefox', run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']));

if (chromeBuilt && existsSync('.output/chrome-mv3/manifest.json')) {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    if (!e2eOk && e2e.stats.unexpected === 0) check('e2e (errors outside tests)', false);
  } else check('e2e (no report)', false);
} else check('e2e (not run: no Chrome build)', false);

if (failedChecks.length) console.log(`\nFailed checks: ${failedChecks.join(', ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

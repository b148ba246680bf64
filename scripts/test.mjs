// `npm test`: type checking, lint and formatting (Prettier) side by side, unit tests, both builds,
// `web-ext lint` of the Firefox build, and the end-to-end tests in Chromium (Playwright) then in
// Firefox (tests/firefox), in that order.
// Every step runs even when an earlier one fails (but each e2e suite needs its build), and the last
// line counts every test: unit and e2e tests one each, and each failed check (typecheck, lint, build,
// web-ext lint, a missing browser) as one.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { chromeForTests } from './find-chrome.mjs';

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

/** Runs a command with its output held back, so that several can run at once and print in turn. */
const runQuietly = (label, command, args) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { shell: process.platform === 'win32' });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (status, signal) => resolve({ label, command, args, output, ok: status === 0, exit: status ?? signal }));
  });

rmSync('test-results', { recursive: true, force: true });
// The three static checks are single-threaded each: side by side they share the cores instead of
// waiting for one another.
const staticChecks = await Promise.all([
  runQuietly('typecheck', 'npx', ['tsc', '--noEmit']),
  runQuietly('lint', 'npx', ['eslint', '--max-warnings', '0', '.']),
  runQuietly('format', 'npx', ['prettier', '--check', '.']),
]);
for (const result of staticChecks) {
  console.log(`\n▶ ${result.label}: ${result.command} ${result.args.join(' ')}`);
  process.stdout.write(result.output);
  console.log(result.ok ? `✔ ${result.label}` : `✖ ${result.label} (exit ${result.exit})`);
  check(result.label, result.ok);
}

const unitOk = run('unit tests', 'npx', ['vitest', 'run']);
const unit = readJson('test-results/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unitOk && unit.numFailedTests === 0) check('unit tests (errors outside tests)', false);
} else check('unit tests (no report)', false);

const chromeBuilt = run('build (Chrome MV3)', 'npx', ['wxt', 'build']);
check('build chrome', chromeBuilt);

const firefoxBuilt = run('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
check('build firefox', firefoxBuilt);

// addons.mozilla.org's linter: no errors and no warnings.
if (firefoxBuilt) {
  console.log('\n▶ web-ext lint: npx web-ext lint --source-dir .output/firefox-mv3');
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--output', 'json'], {
    encoding: 'utf8',
    shell: process.platform === 'win32',
  });
  let report;
  try {
    report = JSON.parse(lint.stdout);
  } catch {
    console.log(lint.stdout, lint.stderr);
  }
  const messages = report ? [...report.errors, ...report.warnings] : [];
  for (const message of messages)
    console.log(`  ${message._type} ${message.code} ${message.file ?? ''}:${message.line ?? ''} ${message.message}`);
  const clean = !!report && messages.length === 0;
  console.log(
    clean
      ? '✔ web-ext lint (0 errors, 0 warnings)'
      : `✖ web-ext lint (${report ? `${report.summary.errors} errors, ${report.summary.warnings} warnings` : 'no report'})`,
  );
  check('web-ext lint', clean);
}

/** One-line explanations repeated above the closing count (a missing browser). */
const notes = [];
const chrome = chromeForTests();
if (chrome.problem) {
  // Said here in one line rather than as Playwright's install banner for every test.
  notes.push(chrome.problem);
  console.log(`\n✖ end-to-end tests (Chromium) not run. ${chrome.problem}`);
  check('e2e (no Chrome or Chromium)', false);
} else if (chromeBuilt && existsSync('.output/chrome-mv3/manifest.json')) {
  const e2eOk = run('end-to-end tests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e.json');
  if (e2e) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    if (!e2eOk && e2e.stats.unexpected === 0) check('e2e (errors outside tests)', false);
  } else check('e2e (no report)', false);
} else check('e2e (not run: no Chrome build)', false);

if (firefoxBuilt && existsSync('.output/firefox-mv3/manifest.json')) {
  const firefoxOk = run('end-to-end tests (Firefox)', 'node', ['tests/firefox/run.mjs']);
  const firefox = readJson('test-results/firefox.json');
  if (firefox && !firefox.error) {
    passed += firefox.passed;
    failed += firefox.failed;
    if (!firefoxOk && firefox.failed === 0) check('Firefox e2e (errors outside tests)', false);
  } else {
    if (firefox?.error) notes.push(firefox.error);
    check(`Firefox e2e (${firefox ? 'not run' : 'no report'})`, false);
  }
} else check('Firefox e2e (not run: no Firefox build)', false);

if (failedChecks.length) console.log(`\nFailed checks: ${failedChecks.join(', ')}`);
for (const note of notes) console.log(note);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

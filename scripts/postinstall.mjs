// After `npm install`: `wxt prepare` has run; this makes sure the end-to-end tests have a Chromium.
// With a system Chrome/Chromium (or LEADLINE_CHROME) nothing is done. Otherwise Playwright's own
// Chromium is downloaded (`npx playwright install chromium`) and the result said in one line. A
// failed download (offline, a proxy) is a note, never a failed install.
import { spawnSync } from 'node:child_process';
import { chromeForTests, findChrome, NO_CHROME_HELP, playwrightChromium } from './find-chrome.mjs';

const skip = process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD || process.env.LEADLINE_SKIP_BROWSER_DOWNLOAD;
let system;
try {
  system = process.env.LEADLINE_CHROME === 'playwright' ? undefined : findChrome();
} catch {
  system = undefined; // LEADLINE_CHROME points nowhere: npm test says so; a download would not help
}

if (system || (process.env.LEADLINE_CHROME && process.env.LEADLINE_CHROME !== 'playwright')) {
  // A browser was named or found: the tests use it.
} else if (playwrightChromium()) {
  console.log(`Leadline: the end-to-end tests will use Playwright's Chromium (${playwrightChromium()}).`);
} else if (skip) {
  console.log(`Leadline: no Chrome or Chromium found and browser downloads are turned off; for the end-to-end tests, ${NO_CHROME_HELP}.`);
} else {
  console.log('Leadline: no Chrome or Chromium found; downloading Playwright’s Chromium for the end-to-end tests…');
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    encoding: 'utf8',
    timeout: 10 * 60_000,
    shell: process.platform === 'win32',
  });
  if (result.status === 0 && chromeForTests().path === undefined && playwrightChromium()) {
    console.log(`Leadline: downloaded Playwright's Chromium to ${playwrightChromium()}; npm test uses it.`);
  } else {
    const reason = `${result.stderr ?? ''}\n${result.stdout ?? ''}`
      .split('\n')
      .map((line) => line.trim())
      .find((line) => /error|fail/i.test(line));
    console.log(
      `Leadline: could not download Playwright's Chromium${reason ? ` (${reason.slice(0, 160)})` : ''}; for the end-to-end tests, ${NO_CHROME_HELP}.`,
    );
  }
}

// Finds a Chrome or Chromium binary for `npm start`, the end-to-end tests and the benchmarks.
// LEADLINE_CHROME overrides the search; LEADLINE_CHROME=playwright asks Playwright to use its own
// downloaded browser (returns undefined).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

const candidates = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** @returns {string | undefined} the browser binary, or undefined to let the tool choose. */
export function findChrome() {
  const fromEnv = process.env.LEADLINE_CHROME;
  if (fromEnv === 'playwright') return undefined;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`LEADLINE_CHROME points at ${fromEnv}, which does not exist`);
    return fromEnv;
  }
  return candidates.find((path) => existsSync(path));
}

/** Chromium refuses to start as root without --no-sandbox (containers, CI). */
export const needsNoSandbox = typeof process.getuid === 'function' && process.getuid() === 0;

/** What a user without a usable browser can do, in one line (npm start, npm test, npm install). */
export const NO_CHROME_HELP =
  'install Google Chrome or Chromium, set LEADLINE_CHROME=/path/to/chrome, or load .output/chrome-mv3 by hand (npm run build; chrome://extensions, Developer mode, Load unpacked)';

/** Playwright's own downloaded Chromium, when it is there (`npx playwright install chromium`). */
export function playwrightChromium() {
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The browser the end-to-end tests will use, or why there is none, in one line:
 * `{ path }` (undefined path: Playwright's own browser) or `{ problem }`.
 */
export function chromeForTests() {
  const fromEnv = process.env.LEADLINE_CHROME;
  if (fromEnv && fromEnv !== 'playwright' && !existsSync(fromEnv)) {
    return { problem: `LEADLINE_CHROME points at ${fromEnv}, which does not exist: ${NO_CHROME_HELP}.` };
  }
  if (fromEnv !== 'playwright') {
    const path = findChrome();
    if (path) return { path };
  }
  if (playwrightChromium()) return { path: undefined };
  return { problem: `No Chrome or Chromium found for the end-to-end tests: ${NO_CHROME_HELP}.` };
}

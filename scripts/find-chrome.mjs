// Finds a Chrome or Chromium binary for `npm start`, the end-to-end tests and the benchmarks.
// LEADLINE_CHROME overrides the search; LEADLINE_CHROME=playwright asks Playwright to use its own
// downloaded browser (returns undefined).
import { existsSync } from 'node:fs';

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

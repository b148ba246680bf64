// `npm start`: builds Leadline in development mode and opens Chrome/Chromium with it loaded in a
// fresh profile (WXT's dev runner, which rebuilds on change). LEADLINE_CHROME picks the browser.
// Without a browser or a display it says so in one line, with what to do, after a production build
// that can be loaded by hand (the dev runner would fail with "CDP connection closed before response").
import { spawn, spawnSync } from 'node:child_process';
import { findChrome, NO_CHROME_HELP } from './find-chrome.mjs';

const problem = (() => {
  let chrome;
  try {
    chrome = findChrome();
  } catch (error) {
    return `${error instanceof Error ? error.message : String(error)}: ${NO_CHROME_HELP}.`;
  }
  if (!chrome) return `No Chrome or Chromium found: ${NO_CHROME_HELP}.`;
  const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
  if (headless) {
    return 'No display (DISPLAY and WAYLAND_DISPLAY are unset), so no browser window can open: run npm start in a desktop session, or load .output/chrome-mv3 by hand (chrome://extensions, Developer mode, Load unpacked).';
  }
  return undefined;
})();

if (problem) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  console.error(`\n${build.status === 0 ? 'Built .output/chrome-mv3, but not started. ' : ''}${problem}`);
  process.exit(1);
}
const child = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

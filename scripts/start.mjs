// `npm start`: builds Leadline in development mode and opens Chrome/Chromium with it loaded in a
// fresh profile (WXT's dev runner, which rebuilds on change). LEADLINE_CHROME picks the browser.
import { spawn } from 'node:child_process';
import { findChrome } from './find-chrome.mjs';

const chrome = findChrome();
if (!chrome) {
  console.warn(
    'No Chrome or Chromium found on the usual paths. Set LEADLINE_CHROME=/path/to/chrome, or load\n' +
      '.output/chrome-mv3-dev by hand (chrome://extensions → Developer mode → Load unpacked).',
  );
}
const child = spawn('npx', ['wxt', ...process.argv.slice(2)], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));

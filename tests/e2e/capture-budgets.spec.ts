import { readdir, readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR, expect, test } from './harness';

// Size budgets are deterministic, so they are checked here; timing budgets are measured by the
// benchmark suite (npm run bench), never by timed tests.
const BUDGET_KB: Record<string, number> = { linkedin: 8, gmail: 10, outlook: 10 };

test('every content script stays within its gzipped size budget', async () => {
  const dir = resolve(EXTENSION_DIR, 'content-scripts');
  const files = (await readdir(dir)).filter((name) => name.endsWith('.js'));
  expect(files).toContain('linkedin.js');
  for (const file of files) {
    const site = file.replace(/\.js$/, '');
    const budget = BUDGET_KB[site];
    expect(budget, `no size budget is set for ${file}`).toBeDefined();
    const gzipped = gzipSync(await readFile(resolve(dir, file)), { level: 9 }).length;
    expect(gzipped, `${file} gzipped`).toBeLessThan(budget! * 1024);
  }
});

// The early script reads Today and draws its rows with plain DOM (components/popup/early-popup.ts):
// about 6.4 KB gzipped. React alone is over 50 KB and zod over 10 KB, so 8 KB keeps both out.
test('the popup’s early "Today" script stays a few kilobytes: no UI framework, zod or polyfill', async () => {
  const script = await readFile(resolve(EXTENSION_DIR, 'popup-early-today.js'), 'utf8');
  expect(gzipSync(script, { level: 9 }).length).toBeLessThan(8 * 1024);
  expect(script).not.toMatch(/ZodError|webextension-polyfill|react/i);
});

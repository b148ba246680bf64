// Renders public/icon/leadline.svg to the PNG sizes the manifest needs (16, 32, 48, 128).
// Run by hand after changing the SVG: node scripts/render-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { findChrome, needsNoSandbox } from './find-chrome.mjs';

const svg = await readFile(new URL('../public/icon/leadline.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({ executablePath: findChrome(), args: needsNoSandbox ? ['--no-sandbox'] : [] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style>${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}`,
  );
  await page.screenshot({ path: new URL(`../public/icon/${size}.png`, import.meta.url).pathname, omitBackground: true });
}
await browser.close();

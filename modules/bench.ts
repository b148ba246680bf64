import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { EntrypointInfo } from 'wxt';
import { defineWxtModule } from 'wxt/modules';

/**
 * The benchmark pages and scripts (bench/entrypoints/) join the build only when it is the bench
 * build (`LEADLINE_BENCH=1 wxt build`, into .output/chrome-mv3-bench, which scripts/bench.mjs runs):
 * a production build in every other respect, so the figures are real. The shipped build never sees
 * them. A folder `bench/entrypoints/<name>/index.html` becomes the page `<name>.html`; a file
 * `bench/entrypoints/<name>.ts(x)` becomes the classic script `<name>.js` its page loads.
 */
export default defineWxtModule({
  name: 'leadline:bench',
  setup(wxt) {
    if (process.env.LEADLINE_BENCH !== '1') return;
    const dir = resolve(wxt.config.root, 'bench/entrypoints');
    wxt.hook('entrypoints:found', (_wxt, infos: EntrypointInfo[]) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (entry.isDirectory()) {
          infos.push({ name: entry.name, inputPath: resolve(dir, entry.name, 'index.html'), type: 'unlisted-page' });
        } else if (/\.tsx?$/.test(entry.name)) {
          infos.push({ name: basename(entry.name).replace(/\.tsx?$/, ''), inputPath: resolve(dir, entry.name), type: 'unlisted-script' });
        }
      }
    });
  },
});

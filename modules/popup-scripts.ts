import { resolve } from 'node:path';
import { addEntrypoint, defineWxtModule } from 'wxt/modules';

/**
 * The popup's two classic scripts, kept beside its page in entrypoints/popup/ and built as unlisted
 * scripts (WXT finds entrypoints only at the top of entrypoints/, or as a folder's index):
 * `popup-early-today.js` starts reading "Today" while `popup-app.js` (React, zod, the views) loads.
 * entrypoints/popup/index.html links both, in that order.
 */
export default defineWxtModule((wxt) => {
  for (const [name, file] of [
    ['popup-early-today', 'early-today.ts'],
    ['popup-app', 'app.tsx'],
  ] as const) {
    addEntrypoint(wxt, {
      type: 'unlisted-script',
      name,
      inputPath: resolve(wxt.config.entrypointsDir, 'popup', file),
      outputDir: wxt.config.outDir,
      options: {},
      skipped: false,
    });
  }
});

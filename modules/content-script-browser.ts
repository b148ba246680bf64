import { defineWxtModule } from 'wxt/modules';

/**
 * Extension-page scripts held to a content script's diet: the popup's early "Today" read
 * (entrypoints/popup/early-today.ts) reads one storage key, which both browsers answer natively.
 */
const NATIVE_SCRIPTS = new Set(['popup-early-today']);

/**
 * Content scripts run inside LinkedIn, Gmail and Outlook with a size budget: they call only
 * runtime.id, runtime.sendMessage and a synchronous runtime.onMessage reply, which both browsers
 * offer natively, so their builds resolve `wxt/browser` to the bare `@wxt-dev/browser` and skip
 * webextension-polyfill (~3 KB gzipped). See lib/browser/content.ts.
 */
export default defineWxtModule({
  name: 'leadline:content-script-browser',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      const alias = config.resolve?.alias;
      const native = (entry: (typeof entrypoints)[number]) => entry.type === 'content-script' || NATIVE_SCRIPTS.has(entry.name);
      if (entrypoints.every(native) && alias && !Array.isArray(alias)) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      }
    });
  },
});

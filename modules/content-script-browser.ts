import { defineWxtModule } from 'wxt/modules';

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
      if (entrypoints.every((entry) => entry.type === 'content-script') && alias && !Array.isArray(alias)) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      }
    });
  },
});

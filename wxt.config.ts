import tailwindcss from '@tailwindcss/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { findChrome, needsNoSandbox } from './scripts/find-chrome.mjs';
import { textOnlyBuild } from './scripts/text-only-build.mjs';

/** Hosts whose pages Leadline reads; everything else is reached through activeTab only. */
const HOSTS = [
  'https://www.linkedin.com/*',
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
];

/**
 * Social networks' hosts, granted one network at a time in Settings ("follow navigation"): the panel
 * then sees the tab's address change and reads the new profile. Same list as NETWORK_HOSTS in
 * lib/model/source.ts (checked by tests/unit/social-permissions.test.ts).
 */
export const OPTIONAL_HOSTS = [
  'https://x.com/*',
  'https://twitter.com/*',
  'https://github.com/*',
  'https://www.facebook.com/*',
  'https://www.instagram.com/*',
  'https://www.youtube.com/*',
  'https://bsky.app/*',
];

/** The browser `npm start` opens; builds never need one (scripts/start.mjs explains a missing one). */
const chrome = (() => {
  try {
    return findChrome();
  } catch {
    return undefined;
  }
})();
const BENCH = process.env.LEADLINE_BENCH === '1';

/**
 * Pages that run classic scripts and no module: the popup (see entrypoints/popup/app.tsx) and
 * the bench pages. WXT adds its plugin-loader module to every page, which in a build is only a
 * modulepreload polyfill: one more file for the popup to fetch, for nothing. On the bench pages it
 * would also be shared with the shipped pages and split their chunks differently from production.
 */
const CLASSIC_PAGES = /[\\/]entrypoints[\\/](popup|bench[^\\/]*)[\\/]index\.html$/;
const classicPagesWithoutModules = (): Plugin => ({
  name: 'leadline:classic-pages-without-modules',
  apply: 'build',
  enforce: 'post', // after WXT's HTML step, which adds the module
  transformIndexHtml: {
    order: 'pre',
    handler: (html, { filename }) =>
      CLASSIC_PAGES.test(filename) ? html.replace(/<script[^>]*src="virtual:wxt-html-plugins"[^>]*><\/script>/, '') : html,
  },
});

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports only: lint rules can then see (and forbid) browser APIs outside lib/browser.
  imports: false,
  // MV3 for Firefox too (Firefox 140+): one manifest shape, event-page background there.
  manifestVersion: 3,
  ...(BENCH ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-bench' } : {}),
  vite: () => ({
    plugins: [tailwindcss(), classicPagesWithoutModules(), textOnlyBuild()],
    // The import/export worker (lib/io) bundles zod too.
    worker: { plugins: () => [textOnlyBuild()] },
    build: {
      target: 'es2022',
      sourcemap: process.env.LEADLINE_SOURCEMAP === '1',
      // ASCII-only scripts: one non-ASCII character makes Blink decode a whole script as two-byte text.
      rolldownOptions: { output: { charset: 'ascii' } },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Leadline',
    description: 'Save prospects from LinkedIn, Gmail, Outlook and any page into a private CRM that lives in your browser.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    optional_permissions: ['notifications'],
    host_permissions: HOSTS,
    optional_host_permissions: OPTIONAL_HOSTS,
    action: { default_title: 'Leadline' },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Open the Leadline popup',
      },
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Capture the person on this page in the side panel',
      },
      'insert-template': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: 'Insert a template into the email you are writing (Gmail, Outlook)',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'leadline@leadline.app',
              // data_collection_permissions (no data collected) is read from Firefox 140, 142 on Android.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '116' }),
  }),
  hooks: {
    // The benchmark pages ship only in the bench build (LEADLINE_BENCH=1 wxt build, into
    // .output/chrome-mv3-bench): a production build in every other respect, so figures are real.
    'entrypoints:found': (_wxt, infos) => {
      if (BENCH) return;
      for (let index = infos.length - 1; index >= 0; index--) {
        if (infos[index]!.name.startsWith('bench')) infos.splice(index, 1);
      }
    },
    // Content scripts run inside LinkedIn (and later Gmail, Outlook) with a size budget: they call only
    // runtime.id, runtime.sendMessage and a synchronous runtime.onMessage reply, which both browsers
    // offer natively, so they skip webextension-polyfill (~3 KB gzipped). See lib/browser/content.ts.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      if (entrypoints.every((entry) => entry.type === 'content-script') && alias && !Array.isArray(alias)) {
        (alias as Record<string, string>)['wxt/browser'] = '@wxt-dev/browser';
      }
    },
  },
  webExt: {
    ...(chrome ? { binaries: { chrome } } : {}),
    chromiumArgs: needsNoSandbox ? ['--no-sandbox'] : [],
    startUrls: ['chrome-extension://__MSG_@@extension_id__/dashboard.html'],
  },
});

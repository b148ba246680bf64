import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'wxt';
import { findChrome, needsNoSandbox } from './scripts/find-chrome.mjs';
import { hasSideEffects } from './scripts/lib-side-effects.mjs';
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
 * lib/model/source.ts (checked by tests/unit/components/settings/social-permissions.test.tsx).
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

/**
 * A team's CouchDB server (Settings → Team): any https origin, or this machine over http for a test
 * server. Optional, and asked for one origin at a time when the user presses Connect
 * (lib/team/connect.ts); nothing is granted at install.
 */
export const TEAM_SERVER_HOSTS = ['https://*/*', 'http://127.0.0.1/*', 'http://localhost/*'];

/** The browser `npm start` opens; builds never need one (scripts/start.mjs explains a missing one). */
const chrome = (() => {
  try {
    return findChrome();
  } catch {
    return undefined;
  }
})();

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Local modules in modules/ load by themselves: the bench pages, classic pages, content-script alias.
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports only: lint rules can then see (and forbid) browser APIs outside lib/browser.
  imports: false,
  // MV3 for Firefox too (Firefox 140+): one manifest shape, event-page background there.
  manifestVersion: 3,
  // The bench build (modules/bench.ts adds its pages) goes to its own folder beside the shipped one.
  ...(process.env.LEADLINE_BENCH === '1' ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-bench' } : {}),
  vite: () => ({
    plugins: [tailwindcss(), textOnlyBuild()],
    // The import/export worker (lib/io) bundles zod too.
    worker: { plugins: () => [textOnlyBuild()], rolldownOptions: { treeshake: { moduleSideEffects: hasSideEffects } } },
    build: {
      target: 'es2022',
      sourcemap: process.env.LEADLINE_SOURCEMAP === '1',
      // ASCII-only scripts: one non-ASCII character makes Blink decode a whole script as two-byte text.
      rolldownOptions: {
        output: { charset: 'ascii' },
        // A page that imports a lib/ folder's index ships only what it uses (scripts/lib-side-effects.mjs).
        treeshake: { moduleSideEffects: hasSideEffects },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: 'Leadline',
    description: 'Save prospects from LinkedIn, Gmail, Outlook and any page into a private CRM that lives in your browser.',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'contextMenus', 'activeTab', 'scripting'],
    optional_permissions: ['notifications'],
    host_permissions: HOSTS,
    optional_host_permissions: [...OPTIONAL_HOSTS, ...TEAM_SERVER_HOSTS],
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
  webExt: {
    ...(chrome ? { binaries: { chrome } } : {}),
    chromiumArgs: needsNoSandbox ? ['--no-sandbox'] : [],
    startUrls: ['chrome-extension://__MSG_@@extension_id__/dashboard.html'],
  },
});

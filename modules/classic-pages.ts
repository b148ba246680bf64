import type { Plugin } from 'vite';
import { addViteConfig, defineWxtModule } from 'wxt/modules';

/**
 * Pages that run classic scripts and no module: the popup (see entrypoints/popup/app.tsx) and the
 * bench pages (bench/entrypoints/). WXT adds its plugin-loader module to every page, which in a build
 * is only a modulepreload polyfill: one more file for the popup to fetch, for nothing. On the bench
 * pages it would also be shared with the shipped pages and split their chunks differently from
 * production.
 */
const CLASSIC_PAGES = /[\\/](entrypoints[\\/]popup|bench[\\/]entrypoints[\\/]bench[^\\/]*)[\\/]index\.html$/;

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

export default defineWxtModule({
  name: 'leadline:classic-pages',
  setup(wxt) {
    addViteConfig(wxt, () => ({ plugins: [classicPagesWithoutModules()] }));
  },
});

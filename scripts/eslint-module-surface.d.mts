import type { ESLint } from 'eslint';
/** The `leadline` ESLint plugin: its rule `module-surface`. */
declare const plugin: ESLint.Plugin;
export default plugin;

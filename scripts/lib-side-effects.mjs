// lib/ is context-free: its modules declare functions, types and constants and do nothing when
// imported, except the few listed here. The build is told so, which lets a page import a folder's
// index (`@/lib/sequences`) and still ship only the names it uses: without it, every module the index
// names would stay in the bundle, since the bundler cannot prove that a top-level call such as
// `z.object(…)` has no effect. tests/unit/architecture/import-side-effects.test.ts keeps the list
// true: a lib/ module with a top-level statement that acts must be named here.
import { resolve, sep } from 'node:path';

const LIB = resolve(import.meta.dirname, '..', 'lib') + sep;

/** lib/ modules that act when imported, relative to lib/ with `/` separators. */
export const LIB_MODULES_WITH_SIDE_EFFECTS = [
  // Turns zod's JIT off for every schema (extension pages forbid eval).
  'model/primitives.ts',
  // The import/export worker's entry: it listens for the page's messages.
  'io/worker/io-worker.ts',
];

const acting = new Set(LIB_MODULES_WITH_SIDE_EFFECTS.map((path) => LIB + path.split('/').join(sep)));

/** For the bundler's `treeshake.moduleSideEffects`: false for a lib/ module that only declares. */
export function hasSideEffects(id) {
  const file = id.split('?')[0];
  return !file.startsWith(LIB) || acting.has(file);
}

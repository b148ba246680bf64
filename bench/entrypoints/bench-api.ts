import { benchApi } from '../lib/bench-api';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// Exposes the in-page measurements to the Playwright benchmark driver (tests/bench). A script of its
// own (not a module of bench.html): pages' modules are split into shared chunks, and a bench page
// among them would split the shipped pages' code differently from the production build.
export default defineUnlistedScript(() => {
  (window as unknown as { leadlineBench: typeof benchApi }).leadlineBench = benchApi;
  document.title = 'Leadline benchmarks (ready)';
});

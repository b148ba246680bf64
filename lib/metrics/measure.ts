/**
 * Runs `work` and records how long it took as a User Timing measure named `name`, so the cost of a
 * report or a table filter shows in DevTools' Performance panel and benchmarks can read it.
 */
export function measured<T>(name: string, work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  const ms = performance.now() - start;
  performance.measure(name, { start, duration: ms });
  return { value, ms };
}

/** Marked when the side panel first shows a draft: the "open panel → draft shown" budget (bench/README.md). */
export const DRAFTS_SHOWN_MARK = 'leadline:drafts-shown';

/** Marked when the popup first shows its "Today" list: the "open popup → Today" budget (bench/README.md). */
export const TODAY_SHOWN_MARK = 'leadline:today-shown';

/** Marked by the benchmark floor pages (bench build only) when their one element is in the page. */
export const FLOOR_SHOWN_MARK = 'leadline:bench-floor-shown';

/** Records `name` once per page, the first time `shown` is true: how benchmarks time a page's opening. */
export function markOnce(name: string, shown: boolean): void {
  if (shown && !performance.getEntriesByName(name, 'mark').length) performance.mark(name);
}

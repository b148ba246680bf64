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

/**
 * Marked when the popup first shows its "Today" list (its early script's rows, or React's): the
 * "open popup → Today" budget (bench/README.md).
 */
export const TODAY_SHOWN_MARK = 'leadline:today-shown';

/**
 * The popup's opening piece by piece, marked on its way to TODAY_SHOWN_MARK: the bench reads them
 * (with the scripts' and styles' resource timings) to say where the time between opening and "Today"
 * goes.
 */
export const POPUP_MARKS = {
  /** The early script (entrypoints/popup/early-today.ts) starts. */
  earlyScript: 'leadline:popup:early-script',
  /** Its read of "Today" has answered (before any zod check). */
  earlyRead: 'leadline:popup:early-read',
  /** The main script (entrypoints/popup/app.tsx) starts: fetched, compiled and its modules evaluated. */
  mainScript: 'leadline:popup:main-script',
  /** The early read checked and made into "Today" (`todayPageFromEarly`). */
  checked: 'leadline:popup:early-checked',
  /** React's first render starts. */
  render: 'leadline:popup:render',
  /** React's first commit is in the page (it replaced the early rows, when they were drawn). */
  committed: 'leadline:popup:committed',
} as const;

/** Marked by the benchmark floor pages (bench build only) when their one element is in the page. */
export const FLOOR_SHOWN_MARK = 'leadline:bench-floor-shown';

/** The "Today" floor's opening piece by piece (bench build only), beside POPUP_MARKS. */
export const FLOOR_MARKS = {
  /** Its script starts. */
  script: 'leadline:bench-floor:script',
  /** The database is open and "Today" read and checked. */
  read: 'leadline:bench-floor:read',
} as const;

/** Records `name` once per page, the first time `shown` is true: how benchmarks time a page's opening. */
export function markOnce(name: string, shown: boolean): void {
  if (shown && !performance.getEntriesByName(name, 'mark').length) performance.mark(name);
}

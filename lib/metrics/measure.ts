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

/** Marked when the side panel first shows a draft: the "open panel → draft shown" budget (issue 8 benchmarks). */
export const DRAFTS_SHOWN_MARK = 'leadline:drafts-shown';

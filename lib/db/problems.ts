import type { StoreName } from './schema';

/** A stored record that failed its schema: which store, which key, and what was wrong. */
export interface RecordProblem {
  store: StoreName;
  key: string;
  message: string;
}

const seen = new Map<string, RecordProblem>();

/** Records (once per record) and logs a record that failed its schema on read. */
export function reportProblem(problem: RecordProblem): void {
  const id = `${problem.store}/${problem.key}`;
  if (seen.has(id)) return;
  seen.set(id, problem);
  console.warn(`Leadline: ${problem.store} record ${problem.key} is invalid and was skipped: ${problem.message}`);
}

/** Problems met on reads in this page so far. */
export function reportedProblems(): RecordProblem[] {
  return [...seen.values()];
}

import type { RowOutcome, RowStatus } from './import-plan';

// A lead several rows touch takes the status that matters most: created by this import first.
const PRECEDENCE: readonly RowStatus[] = ['new', 'conflict', 'update', 'unchanged'];

/**
 * What the import does to each lead of the preview, over all the rows that touch it. A lead the
 * file creates is "New" even when a later row repeats the same person (that row alone changes
 * nothing, and used to overwrite the status with "Unchanged"). Skipped rows do not count.
 */
export function previewStatuses(outcomes: readonly RowOutcome[]): Map<string, RowStatus> {
  const statuses = new Map<string, RowStatus>();
  for (const outcome of outcomes) {
    if (outcome.skipped) continue;
    const current = statuses.get(outcome.leadId);
    if (current === undefined || PRECEDENCE.indexOf(outcome.status) < PRECEDENCE.indexOf(current))
      statuses.set(outcome.leadId, outcome.status);
  }
  return statuses;
}

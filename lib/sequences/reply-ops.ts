import type { IDBPTransaction } from 'idb';
import { type LeadlineDB, type LeadlineSchema, parseForWrite, parseStored, parseStoredAll, type StoreName, writeTx } from '../db';
import { newId, type Activity, type Enrollment, type Task } from '../model';
import { applyClosedStage, applyReply, type Transition } from './engine';
import { SEQUENCE_STORES } from './tx-helpers';

/** Where a reply was seen: marked by hand, or detected in Gmail or Outlook on the web. */
export type ReplySource = 'manual' | 'gmail' | 'outlook';

const SOURCE_LABELS: Record<ReplySource, string> = { manual: 'marked by hand', gmail: 'seen in Gmail', outlook: 'seen in Outlook' };

/** A read-write transaction over (at least) enrollments, tasks, sequences and activities. */
export type RuleTx = IDBPTransaction<LeadlineSchema, StoreName[], 'readwrite'>;

/** What a reply did to each of the lead's enrollments. */
export interface ReplyOutcome {
  sequenceName: string;
  result: 'paused' | 'finished';
}

async function writeIn(tx: RuleTx, transition: Transition): Promise<void> {
  await tx.objectStore('enrollments').put(parseForWrite('enrollments', transition.enrollment));
  for (const task of transition.tasks) await tx.objectStore('tasks').put(parseForWrite('tasks', task));
  for (const entry of transition.activities) await tx.objectStore('activities').put(parseForWrite('activities', entry));
}

/** Runs `rule` over each running enrollment of a lead, writing what it decides. */
async function applyToEnrollments(
  tx: RuleTx,
  leadId: string,
  rule: (
    enrollment: Enrollment,
    sequence: NonNullable<ReturnType<typeof parseStored<'sequences'>>>,
    open: Task[],
  ) => Transition | undefined,
): Promise<ReplyOutcome[]> {
  const enrollments = parseStoredAll('enrollments', await tx.objectStore('enrollments').index('leadId').getAll(leadId));
  const running = enrollments.filter((enrollment) => enrollment.status !== 'finished');
  if (!running.length) return [];
  const tasks = parseStoredAll('tasks', await tx.objectStore('tasks').index('leadId').getAll(leadId));
  const outcomes: ReplyOutcome[] = [];
  for (const enrollment of running) {
    const sequence = parseStored('sequences', await tx.objectStore('sequences').get(enrollment.sequenceId));
    if (!sequence) continue;
    const open = tasks.filter((task) => task.enrollmentId === enrollment.id && task.status === 'open');
    const transition = rule(enrollment, sequence, open);
    if (!transition) continue;
    await writeIn(tx, transition);
    outcomes.push({ sequenceName: sequence.name, result: transition.enrollment.status === 'paused' ? 'paused' : 'finished' });
  }
  return outcomes;
}

/**
 * Applies the reply rule of every running enrollment of the lead, and clears the `pending` mark of
 * the reply activity. For callers that already wrote a `replied` activity with `pending: true`
 * (reply detection in Gmail/Outlook) inside their own transaction.
 */
export async function actOnReply(tx: RuleTx, reply: Activity, now: number): Promise<ReplyOutcome[]> {
  const outcomes = await applyToEnrollments(tx, reply.leadId, (enrollment, sequence, open) => applyReply(enrollment, sequence, open, now));
  const details = { ...reply.details, outcome: outcomes.map((o) => `${o.result} “${o.sequenceName}”`).join('; ') || 'no running sequence' };
  await tx.objectStore('activities').put(parseForWrite('activities', { ...reply, pending: false, details }));
  return outcomes;
}

/**
 * Records that a lead replied (at `at`, from `source`) and, in the same transaction, pauses or
 * finishes the lead's enrollments as each sequence's rule says. Recording the same reply twice
 * (same lead, moment and source: reply detection may see a thread again) changes nothing.
 */
export async function recordReply(
  db: LeadlineDB,
  leadId: string,
  at: number,
  source: ReplySource,
  now: number = at,
): Promise<{ activity: Activity; outcomes: ReplyOutcome[]; duplicate: boolean }> {
  return writeTx(db, [...SEQUENCE_STORES, 'leads'], async (tx) => {
    if ((await tx.objectStore('leads').count(leadId)) === 0) throw new Error('That lead no longer exists');
    const sameMoment = parseStoredAll(
      'activities',
      await tx
        .objectStore('activities')
        .index('leadIdAt')
        .getAll(IDBKeyRange.only([leadId, at])),
    );
    const existing = sameMoment.find((entry) => entry.type === 'replied' && entry.details.source === source);
    if (existing && !existing.pending) return { activity: existing, outcomes: [], duplicate: true };
    const reply: Activity = existing ?? {
      id: newId(),
      leadId,
      type: 'replied',
      at,
      summary: `Replied (${SOURCE_LABELS[source]})`,
      details: { source },
      pending: true,
    };
    // What the reply causes is recorded just after it, so the timeline always reads cause, then effect.
    const outcomes = await actOnReply(tx, reply, Math.max(now, at + 1));
    return { activity: { ...reply, pending: false }, outcomes, duplicate: false };
  });
}

/**
 * Finishes the lead's enrollments whose sequence finishes on a won or lost deal. Runs inside the
 * transaction that changes the stage (see `updateLead`), so both happen or neither does.
 */
export async function finishOnClosedStage(tx: RuleTx, leadId: string, now: number): Promise<ReplyOutcome[]> {
  return applyToEnrollments(tx, leadId, (enrollment, sequence, open) => applyClosedStage(enrollment, sequence, open, now));
}

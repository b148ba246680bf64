import { type LeadlineDB, parseForWrite, parseStored, writeTx } from '../db';
import type { Task } from '../model';
import { scheduleContextFrom } from './context';
import { completeStep, snoozeTask } from './engine';
import { snoozeUntil, type SnoozeChoice } from './schedule';
import { SEQUENCE_STORES, settingsIn, writeTransition, type SequenceTx } from './tx-helpers';

async function openTask(tx: SequenceTx, taskId: string): Promise<Task> {
  const task = parseStored('tasks', await tx.objectStore('tasks').get(taskId), taskId);
  if (!task) throw new Error('That follow-up no longer exists');
  if (task.status !== 'open') throw new Error('That follow-up was already dealt with');
  return task;
}

/**
 * Marks a follow-up done (or skipped): records it in the timeline and, for a sequence step,
 * schedules the next step from `now` (or finishes the enrollment after the last one). Returns the
 * next task, if any.
 */
export async function completeTask(
  db: LeadlineDB,
  taskId: string,
  outcome: 'done' | 'skipped',
  now: number,
  fallbackZone?: string,
): Promise<Task | undefined> {
  return writeTx(db, [...SEQUENCE_STORES], async (tx) => {
    const task = await openTask(tx, taskId);
    const enrollment = task.enrollmentId
      ? parseStored('enrollments', await tx.objectStore('enrollments').get(task.enrollmentId))
      : undefined;
    const sequence = task.sequenceId ? parseStored('sequences', await tx.objectStore('sequences').get(task.sequenceId)) : undefined;
    if (!enrollment || !sequence) {
      // A reminder set by hand, or one whose sequence is gone: just close it.
      await tx.objectStore('tasks').put(parseForWrite('tasks', { ...task, status: outcome, completedAt: now, updatedAt: now }));
      return undefined;
    }
    const transition = completeStep(enrollment, sequence, task, outcome, now, scheduleContextFrom(await settingsIn(tx), fallbackZone));
    await writeTransition(tx, transition);
    return transition.tasks.find((next) => next.status === 'open');
  });
}

/** Snoozes a follow-up (1 hour, tomorrow, next week or a picked date); returns its new due moment. */
export async function snoozeTaskById(
  db: LeadlineDB,
  taskId: string,
  choice: SnoozeChoice,
  now: number,
  fallbackZone?: string,
): Promise<number> {
  return writeTx(db, [...SEQUENCE_STORES], async (tx) => {
    const task = await openTask(tx, taskId);
    const { timeZone } = scheduleContextFrom(await settingsIn(tx), fallbackZone);
    const until = snoozeUntil(choice, now, timeZone);
    const snoozed = snoozeTask(task, until, now, timeZone);
    await tx.objectStore('tasks').put(parseForWrite('tasks', snoozed.task));
    await tx.objectStore('activities').put(parseForWrite('activities', snoozed.activity));
    return until;
  });
}

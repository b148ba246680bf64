import type { IDBPTransaction } from 'idb';
import { type LeadlineSchema, parseForWrite, parseStored, parseStoredAll, SETTINGS_KEY, type StoreName } from '../db';
import { defaultSettings, type Enrollment, type Settings, type Task } from '../model';
import type { Transition } from './engine';

/** A read-write transaction over (at least) the stores the sequence operations touch. */
export type SequenceTx = IDBPTransaction<
  LeadlineSchema,
  ['sequences', 'enrollments', 'tasks', 'activities', 'settings', ...StoreName[]],
  'readwrite'
>;

/** The stores every sequence operation writes in one transaction. */
export const SEQUENCE_STORES = ['sequences', 'enrollments', 'tasks', 'activities', 'settings'] as const;

/** Writes what an engine transition produced, each record validated. */
export async function writeTransition(tx: SequenceTx, transition: Transition): Promise<void> {
  await tx.objectStore('enrollments').put(parseForWrite('enrollments', transition.enrollment));
  for (const task of transition.tasks) await tx.objectStore('tasks').put(parseForWrite('tasks', task));
  for (const entry of transition.activities) await tx.objectStore('activities').put(parseForWrite('activities', entry));
}

/** Settings as stored (defaults when none). */
export async function settingsIn(tx: SequenceTx): Promise<Settings> {
  return parseStored('settings', await tx.objectStore('settings').get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
}

/** A lead's enrollments, read through the `leadId` index. */
export async function enrollmentsOfLead(tx: SequenceTx, leadId: string): Promise<Enrollment[]> {
  return parseStoredAll('enrollments', await tx.objectStore('enrollments').index('leadId').getAll(leadId));
}

/** A lead's tasks, read through the `leadId` index. */
export async function tasksOfLead(tx: SequenceTx, leadId: string): Promise<Task[]> {
  return parseStoredAll('tasks', await tx.objectStore('tasks').index('leadId').getAll(leadId));
}

/** The open tasks of one enrollment. */
export async function openTasksOf(tx: SequenceTx, enrollment: Enrollment): Promise<Task[]> {
  return (await tasksOfLead(tx, enrollment.leadId)).filter((task) => task.enrollmentId === enrollment.id && task.status === 'open');
}

import type { IDBPTransaction } from 'idb';
import { type LeadlineDB, type LeadlineSchema, parseStored, parseStoredAll, writeTx } from '../db';
import type { Activity, Enrollment, Lead, Task } from '../model';

/** Everything stored about one person: what a delete removes and an undo puts back. */
export interface LeadSnapshot {
  lead: Lead;
  activities: Activity[];
  tasks: Task[];
  enrollments: Enrollment[];
}

const STORES = ['leads', 'activities', 'tasks', 'enrollments'] as const;
type Stores = (typeof STORES)[number][];

async function readSnapshot<Mode extends IDBTransactionMode>(
  tx: IDBPTransaction<LeadlineSchema, Stores, Mode>,
  id: string,
): Promise<LeadSnapshot | undefined> {
  const lead = parseStored('leads', await tx.objectStore('leads').get(id), id);
  if (!lead) return undefined;
  const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
  return {
    lead,
    activities: parseStoredAll('activities', await tx.objectStore('activities').index('leadIdAt').getAll(range)),
    tasks: parseStoredAll('tasks', await tx.objectStore('tasks').index('leadId').getAll(id)),
    enrollments: parseStoredAll('enrollments', await tx.objectStore('enrollments').index('leadId').getAll(id)),
  };
}

/** What deleting this lead would remove, for the confirmation that names it. */
export async function collectLead(db: LeadlineDB, id: string): Promise<LeadSnapshot | undefined> {
  return readSnapshot(db.transaction([...STORES]), id);
}

/**
 * Deletes a lead and everything about it (activities, tasks, enrollments) in one transaction and
 * returns what was removed, so the caller can offer Undo.
 */
export async function deleteLead(db: LeadlineDB, id: string): Promise<LeadSnapshot> {
  return writeTx(db, [...STORES], (tx) => removeLeadRecords(tx, id));
}

/**
 * The delete inside a caller's transaction (erasing a person also scrubs import history in the
 * same one): reads the snapshot, then deletes the lead and every record about it by key.
 */
export async function removeLeadRecords(tx: IDBPTransaction<LeadlineSchema, Stores, 'readwrite'>, id: string): Promise<LeadSnapshot> {
  const snapshot = await readSnapshot(tx, id);
  if (!snapshot) throw new Error('That lead no longer exists');
  // Delete by key, not by parsed record, so that an invalid record about this person goes too.
  const range = IDBKeyRange.bound([id, -Infinity], [id, Infinity]);
  const activityKeys = await tx.objectStore('activities').index('leadIdAt').getAllKeys(range);
  const taskKeys = await tx.objectStore('tasks').index('leadId').getAllKeys(id);
  const enrollmentKeys = await tx.objectStore('enrollments').index('leadId').getAllKeys(id);
  await tx.objectStore('leads').delete(id);
  for (const key of activityKeys) await tx.objectStore('activities').delete(key);
  for (const key of taskKeys) await tx.objectStore('tasks').delete(key);
  for (const key of enrollmentKeys) await tx.objectStore('enrollments').delete(key);
  return snapshot;
}

/** Puts a deleted lead and its records back exactly as they were (Undo). */
export async function restoreLead(db: LeadlineDB, snapshot: LeadSnapshot): Promise<void> {
  await writeTx(db, [...STORES], async (tx) => {
    await tx.objectStore('leads').put(snapshot.lead);
    for (const record of snapshot.activities) await tx.objectStore('activities').put(record);
    for (const record of snapshot.tasks) await tx.objectStore('tasks').put(record);
    for (const record of snapshot.enrollments) await tx.objectStore('enrollments').put(record);
  });
}

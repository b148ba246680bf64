import { type LeadlineDB, parseStored, writeTx } from '../db';
import type { Enrollment } from '../model';
import { scheduleContextFrom } from './context';
import { finishEnrollment, pauseEnrollment, resumeEnrollment, startEnrollment } from './engine';
import { enrollmentsOfLead, openTasksOf, SEQUENCE_STORES, settingsIn, tasksOfLead, writeTransition, type SequenceTx } from './tx-helpers';

/** A lead left out of an enrollment, and why (shown to the user as a warning). */
export interface EnrollSkip {
  leadId: string;
  reason: 'already-enrolled' | 'missing';
  /** For `already-enrolled`: the sequence the lead is active (or paused) in. */
  sequenceName?: string;
}

/** What `enrollLeads` did. */
export interface EnrollResult {
  enrolled: Enrollment[];
  skipped: EnrollSkip[];
}

/**
 * Enrolls leads in a sequence, in one transaction. A lead already active or paused in any sequence
 * is not enrolled a second time: it comes back in `skipped` with the sequence's name, for a warning.
 * Each new enrollment gets its first step's task, due after that step's delay from `now`.
 */
export async function enrollLeads(
  db: LeadlineDB,
  leadIds: readonly string[],
  sequenceId: string,
  now: number,
  fallbackZone?: string,
): Promise<EnrollResult> {
  return writeTx(db, [...SEQUENCE_STORES, 'leads'], async (tx) => {
    const sequence = parseStored('sequences', await tx.objectStore('sequences').get(sequenceId), sequenceId);
    if (!sequence) throw new Error('That sequence no longer exists');
    const context = scheduleContextFrom(await settingsIn(tx), fallbackZone);
    const names = new Map<string, string>();
    const result: EnrollResult = { enrolled: [], skipped: [] };
    for (const leadId of new Set(leadIds)) {
      if ((await tx.objectStore('leads').count(leadId)) === 0) {
        result.skipped.push({ leadId, reason: 'missing' });
        continue;
      }
      const current = (await enrollmentsOfLead(tx, leadId)).find((enrollment) => enrollment.status !== 'finished');
      if (current) {
        if (!names.has(current.sequenceId)) {
          const other = parseStored('sequences', await tx.objectStore('sequences').get(current.sequenceId));
          names.set(current.sequenceId, other?.name ?? 'a deleted sequence');
        }
        result.skipped.push({ leadId, reason: 'already-enrolled', sequenceName: names.get(current.sequenceId) });
        continue;
      }
      const transition = startEnrollment(leadId, sequence, now, context);
      await writeTransition(tx, transition);
      result.enrolled.push(transition.enrollment);
    }
    return result;
  });
}

async function loadEnrollment(tx: SequenceTx, enrollmentId: string) {
  const enrollment = parseStored('enrollments', await tx.objectStore('enrollments').get(enrollmentId), enrollmentId);
  if (!enrollment) throw new Error('That enrollment no longer exists');
  const sequence = parseStored('sequences', await tx.objectStore('sequences').get(enrollment.sequenceId));
  return { enrollment, sequence };
}

/** Pauses an active enrollment by hand; its open follow-up is withdrawn until resumed. */
export async function pauseEnrollmentById(db: LeadlineDB, enrollmentId: string, now: number): Promise<void> {
  await writeTx(db, [...SEQUENCE_STORES], async (tx) => {
    const { enrollment, sequence } = await loadEnrollment(tx, enrollmentId);
    await writeTransition(tx, pauseEnrollment(enrollment, sequence?.name ?? 'sequence', 'by-hand', await openTasksOf(tx, enrollment), now));
  });
}

/** Resumes a paused enrollment at the step it stood on. */
export async function resumeEnrollmentById(db: LeadlineDB, enrollmentId: string, now: number, fallbackZone?: string): Promise<void> {
  await writeTx(db, [...SEQUENCE_STORES], async (tx) => {
    const { enrollment, sequence } = await loadEnrollment(tx, enrollmentId);
    if (!sequence) throw new Error('Its sequence was deleted: enroll the lead in another one');
    const tasks = await tasksOfLead(tx, enrollment.leadId);
    // The follow-up withdrawn when it was paused: the newest cancelled task of this enrollment.
    const paused = tasks
      .filter((task) => task.enrollmentId === enrollment.id && task.status === 'cancelled')
      .sort((a, b) => b.updatedAt - a.updatedAt)[0];
    const context = scheduleContextFrom(await settingsIn(tx), fallbackZone);
    await writeTransition(tx, resumeEnrollment(enrollment, sequence, paused, now, context));
  });
}

/** Ends an enrollment by hand (Unenroll); history stays. */
export async function unenroll(db: LeadlineDB, enrollmentId: string, now: number): Promise<void> {
  await writeTx(db, [...SEQUENCE_STORES], async (tx) => {
    const { enrollment, sequence } = await loadEnrollment(tx, enrollmentId);
    if (enrollment.status === 'finished') return;
    await writeTransition(
      tx,
      finishEnrollment(enrollment, sequence?.name ?? 'sequence', 'unenrolled', await openTasksOf(tx, enrollment), now),
    );
  });
}

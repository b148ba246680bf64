import { type LeadlineDB, parseForWrite, parseStored, parseStoredAll, writeTx } from '../db';
import { StaleRecordError } from '../forms';
import { describeZodError, newId, SequenceSchema, type Sequence, type SequenceInput, type StepType, type Task } from '../model';
import { scheduleContextFrom } from './context';
import { finishEnrollment, reconcileAfterEdit } from './engine';
import { SEQUENCE_STORES, settingsIn, writeTransition } from './tx-helpers';

/** Which template channel a step type takes (calls and tasks take none). */
export function templateChannelFor(type: StepType): 'email' | 'linkedin' | undefined {
  if (type === 'email') return 'email';
  if (type === 'linkedin-connect' || type === 'linkedin-message') return 'linkedin';
  return undefined;
}

/** Every sequence, by name (archived ones included; the caller filters). */
export async function listSequences(db: LeadlineDB): Promise<Sequence[]> {
  return parseStoredAll('sequences', await db.getAll('sequences')).sort((a, b) => a.name.localeCompare(b.name));
}

/** What saving a sequence did to the leads enrolled in it. */
export interface SaveSequenceResult {
  sequence: Sequence;
  /** Open follow-ups that took the new definition. */
  rescheduled: number;
}

/**
 * Creates or updates a sequence in one transaction. Each step's template must exist and suit the
 * step (an email template for email steps, a LinkedIn one for LinkedIn steps). Leads already
 * enrolled follow the edit as `reconcileAfterEdit` (engine.ts) describes. With `ifUpdatedAt`, the
 * write is refused (StaleRecordError) when the stored sequence is no longer that version.
 */
export async function saveSequence(
  db: LeadlineDB,
  { ifUpdatedAt, ...input }: Omit<SequenceInput, 'createdAt' | 'updatedAt' | 'id'> & { id?: string; ifUpdatedAt?: number },
  now: number,
  fallbackZone?: string,
): Promise<SaveSequenceResult> {
  return writeTx(db, [...SEQUENCE_STORES, 'templates'], async (tx) => {
    const existing = input.id ? parseStored('sequences', await tx.objectStore('sequences').get(input.id), input.id) : undefined;
    if (ifUpdatedAt !== undefined && existing && existing.updatedAt !== ifUpdatedAt) throw new StaleRecordError(existing.name);
    const checked = SequenceSchema.safeParse({
      ...input,
      id: existing?.id ?? input.id ?? newId(),
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    });
    if (!checked.success) throw new Error(describeZodError(checked.error));
    const sequence = checked.data;
    for (const [index, step] of sequence.steps.entries()) {
      const channel = templateChannelFor(step.type);
      if (!step.templateId) continue;
      const template = parseStored('templates', await tx.objectStore('templates').get(step.templateId));
      if (!template) throw new Error(`Step ${index + 1}: its template no longer exists`);
      if (template.channel !== channel) {
        throw new Error(`Step ${index + 1}: “${template.name}” is ${template.channel === 'email' ? 'an email' : 'a LinkedIn'} template`);
      }
    }
    await tx.objectStore('sequences').put(parseForWrite('sequences', sequence));
    let rescheduled = 0;
    if (existing) {
      const context = scheduleContextFrom(await settingsIn(tx), fallbackZone);
      const open = await openTasksOfSequence(tx.objectStore('tasks').index('statusDueAt'), sequence.id);
      for (const task of open) {
        if (!task.enrollmentId) continue;
        const enrollment = parseStored('enrollments', await tx.objectStore('enrollments').get(task.enrollmentId));
        if (!enrollment) continue;
        const transition = reconcileAfterEdit(enrollment, sequence, task, now, context);
        if (!transition) continue;
        await writeTransition(tx, transition);
        rescheduled++;
      }
    }
    return { sequence, rescheduled };
  });
}

/** Open tasks of one sequence, read through the `status + dueAt` index (never every task). */
async function openTasksOfSequence(index: { getAll(range: IDBKeyRange): Promise<unknown[]> }, sequenceId: string): Promise<Task[]> {
  const open = parseStoredAll('tasks', await index.getAll(IDBKeyRange.bound(['open', -Infinity], ['open', Infinity])));
  return open.filter((task) => task.sequenceId === sequenceId);
}

/** A copy of a sequence (new ids, "Copy of …"), not archived. */
export async function duplicateSequence(db: LeadlineDB, id: string, now: number): Promise<Sequence> {
  return writeTx(db, ['sequences'], async (tx) => {
    const original = parseStored('sequences', await tx.store.get(id), id);
    if (!original) throw new Error('That sequence no longer exists');
    const copy = parseForWrite('sequences', {
      ...original,
      id: newId(),
      name: `Copy of ${original.name}`.slice(0, 200),
      steps: original.steps.map((step) => ({ ...step, id: newId() })),
      archived: false,
      sample: undefined,
      createdAt: now,
      updatedAt: now,
    });
    await tx.store.put(copy);
    return copy;
  });
}

/**
 * Archives (or restores) a sequence. An archived sequence takes no new enrollments and leaves the
 * pickers; leads already in it carry on to the end.
 */
export async function setSequenceArchived(db: LeadlineDB, id: string, archived: boolean, now: number): Promise<void> {
  await writeTx(db, ['sequences'], async (tx) => {
    const sequence = parseStored('sequences', await tx.store.get(id), id);
    if (!sequence) throw new Error('That sequence no longer exists');
    await tx.store.put(parseForWrite('sequences', { ...sequence, archived, updatedAt: now }));
  });
}

/** How many leads are active or paused in a sequence (asked before deleting it). */
export async function countRunningEnrollments(db: LeadlineDB, sequenceId: string): Promise<number> {
  const enrollments = parseStoredAll('enrollments', await db.getAllFromIndex('enrollments', 'sequenceId', sequenceId));
  return enrollments.filter((enrollment) => enrollment.status !== 'finished').length;
}

/**
 * Deletes a sequence. Its running enrollments end first (reason `sequence-deleted`, open follow-ups
 * cancelled, a timeline entry per lead); done steps, enrollments and activities stay as history.
 * Returns how many enrollments were ended.
 */
export async function deleteSequence(db: LeadlineDB, id: string, now: number): Promise<number> {
  return writeTx(db, [...SEQUENCE_STORES], async (tx) => {
    const sequence = parseStored('sequences', await tx.objectStore('sequences').get(id), id);
    const name = sequence?.name ?? 'sequence';
    const enrollments = parseStoredAll('enrollments', await tx.objectStore('enrollments').index('sequenceId').getAll(id));
    const running = enrollments.filter((enrollment) => enrollment.status !== 'finished');
    const open = running.length ? await openTasksOfSequence(tx.objectStore('tasks').index('statusDueAt'), id) : [];
    for (const enrollment of running) {
      const tasks = open.filter((task) => task.enrollmentId === enrollment.id);
      await writeTransition(tx, finishEnrollment(enrollment, name, 'sequence-deleted', tasks, now));
    }
    await tx.objectStore('sequences').delete(id);
    return running.length;
  });
}

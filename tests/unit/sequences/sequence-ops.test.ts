import { describe, expect, it } from 'vitest';
import { getAllRecords, getRecord, leadTimeline, updateSettings, type LeadlineDB } from '@/lib/db';
import { saveLead, updateLead } from '@/lib/leads';
import {
  completeTask,
  countRunningEnrollments,
  deleteSequence,
  duplicateSequence,
  enrollLeads,
  leadEnrollments,
  pauseEnrollmentById,
  recordReply,
  resumeEnrollmentById,
  saveSequence,
  setSequenceArchived,
  snoozeTaskById,
  unenroll,
} from '@/lib/sequences';
import type { Sequence, SequenceInput, Task } from '@/lib/model';
import { freshDb } from '../db-helpers';

const utc = (iso: string) => Date.parse(iso);
// Wednesday 14 January 2026, 10:00 in New York.
const WEDNESDAY = utc('2026-01-14T15:00:00Z');

async function setUp(rules: Partial<SequenceInput['rules']> = {}) {
  const db = await freshDb();
  await updateSettings(db, { timeZone: 'America/New_York', senderName: 'Maya Ortiz' });
  const { lead } = await saveLead(
    db,
    { patch: { fullName: 'Ines Duarte', emails: ['ines@quillfield.example'] }, origin: { kind: 'manual' } },
    WEDNESDAY - 1000,
  );
  const { sequence } = await saveSequence(
    db,
    {
      name: 'Outbound',
      steps: [
        { id: 's1', type: 'email', delayDays: 0, instructions: 'Intro email' },
        { id: 's2', type: 'call', delayDays: 2, timeOfDay: '11:00', instructions: 'Call' },
        { id: 's3', type: 'task', delayDays: 1, instructions: 'Wrap up' },
      ],
      rules: { onReply: 'pause', finishOnClosed: true, skipWeekends: true, holidays: [], ...rules },
    },
    WEDNESDAY - 500,
  );
  return { db, lead, sequence };
}

async function openTasks(db: LeadlineDB): Promise<Task[]> {
  return (await getAllRecords(db, 'tasks')).filter((task) => task.status === 'open');
}

describe('enrolling', () => {
  it('creates an active enrollment whose first step is due now, and refuses a second one with a warning', async () => {
    const { db, lead, sequence } = await setUp();
    const first = await enrollLeads(db, [lead.id], sequence.id, WEDNESDAY);
    expect(first.enrolled).toHaveLength(1);
    expect(first.enrolled[0]).toMatchObject({ status: 'active', stepIndex: 0, timeZone: 'America/New_York' });
    const [task] = await openTasks(db);
    expect(task).toMatchObject({ leadId: lead.id, stepId: 's1', type: 'email', dueAt: WEDNESDAY, instructions: 'Intro email' });
    expect(task?.title).toBe('Email · step 1 of 3 · Outbound');

    const other = (await saveSequence(db, { name: 'Nurture', steps: [{ id: 'n1', type: 'task', delayDays: 1 }] }, WEDNESDAY)).sequence;
    const again = await enrollLeads(db, [lead.id, 'nobody'], other.id, WEDNESDAY + 1);
    expect(again.enrolled).toEqual([]);
    expect(again.skipped).toEqual([
      { leadId: lead.id, reason: 'already-enrolled', sequenceName: 'Outbound' },
      { leadId: 'nobody', reason: 'missing' },
    ]);
    expect(await getAllRecords(db, 'enrollments')).toHaveLength(1);
    expect((await leadTimeline(db, lead.id)).map((a) => a.summary)).toContain('Enrolled in “Outbound”');
  });

  it('refuses an archived sequence', async () => {
    const { db, lead, sequence } = await setUp();
    await setSequenceArchived(db, sequence.id, true, WEDNESDAY);
    await expect(enrollLeads(db, [lead.id], sequence.id, WEDNESDAY)).rejects.toThrow('“Outbound” is archived');
    expect(await getAllRecords(db, 'enrollments')).toEqual([]);
  });
});

describe('working through the steps', () => {
  it('schedules each next step from the completion, on business days, and finishes after the last', async () => {
    const { db, lead, sequence } = await setUp();
    await enrollLeads(db, [lead.id], sequence.id, WEDNESDAY);
    const [first] = await openTasks(db);
    // Done on Thursday evening: 2 business days later is Monday, at the step's 11:00.
    const thursdayEvening = utc('2026-01-15T23:45:00Z');
    const second = await completeTask(db, first!.id, 'done', thursdayEvening);
    expect(second).toMatchObject({ stepId: 's2', type: 'call', dueAt: utc('2026-01-19T16:00:00Z') });
    expect((await getRecord(db, 'tasks', first!.id))?.status).toBe('done');

    const third = await completeTask(db, second!.id, 'skipped', utc('2026-01-19T16:30:00Z'));
    expect(third).toMatchObject({ stepId: 's3', dueAt: utc('2026-01-20T14:00:00Z') });
    expect(await completeTask(db, third!.id, 'done', utc('2026-01-20T15:00:00Z'))).toBeUndefined();

    const [enrollment] = await getAllRecords(db, 'enrollments');
    expect(enrollment).toMatchObject({ status: 'finished', finishReason: 'completed', stepIndex: 2 });
    expect(await openTasks(db)).toEqual([]);
    const summaries = (await leadTimeline(db, lead.id)).map((a) => a.summary);
    expect(summaries.slice(0, 4)).toEqual([
      'Finished “Outbound”: every step done',
      'Done: Task · step 3 of 3 · Outbound',
      'Skipped: Call · step 2 of 3 · Outbound',
      'Done: Email · step 1 of 3 · Outbound',
    ]);
    await expect(completeTask(db, third!.id, 'done', utc('2026-01-20T15:01:00Z'))).rejects.toThrow('already dealt with');
  });

  it('snoozes a follow-up and records until when', async () => {
    const { db, lead, sequence } = await setUp();
    await enrollLeads(db, [lead.id], sequence.id, WEDNESDAY);
    const [task] = await openTasks(db);
    const until = await snoozeTaskById(db, task!.id, { kind: 'tomorrow' }, WEDNESDAY + 60_000);
    expect(until).toBe(utc('2026-01-15T14:00:00Z'));
    expect(await getRecord(db, 'tasks', task!.id)).toMatchObject({ dueAt: until, snoozeCount: 1, scheduledAt: WEDNESDAY, status: 'open' });
    expect((await leadTimeline(db, lead.id))[0]?.summary).toBe('Snoozed until Thu 15 Jan 2026, 09:00: Email · step 1 of 3 · Outbound');
  });
});

describe('replies, pauses and closed deals', () => {
  it('pauses on reply when the rule says pause, and resume brings the step back', async () => {
    const { db, lead, sequence } = await setUp({ onReply: 'pause' });
    await enrollLeads(db, [lead.id], sequence.id, WEDNESDAY);
    const [first] = await openTasks(db);
    const second = await completeTask(db, first!.id, 'done', WEDNESDAY + 1000);
    const reply = await recordReply(db, lead.id, WEDNESDAY + 3_600_000, 'manual');
    expect(reply.outcomes).toEqual([{ sequenceName: 'Outbound', result: 'paused' }]);
    expect(reply.activity).toMatchObject({ type: 'replied', pending: false, summary: 'Replied (marked by hand)' });
    expect(await openTasks(db)).toEqual([]);
    expect((await getRecord(db, 'tasks', second!.id))?.status).toBe('cancelled');
    const [paused] = await leadEnrollments(db, lead.id);
    expect(paused?.enrollment).toMatchObject({ status: 'paused', pausedAt: WEDNESDAY + 3_600_001 });
    const timeline = (await leadTimeline(db, lead.id)).map((a) => a.summary);
    expect(timeline).toContain('Paused “Outbound”: the lead replied');
    expect(timeline).toContain('Replied (marked by hand)');

    // The same reply seen again changes nothing.
    expect((await recordReply(db, lead.id, WEDNESDAY + 3_600_000, 'manual')).duplicate).toBe(true);

    // Resumed on Thursday: the call keeps its Friday 11:00 due date, which is still ahead.
    await resumeEnrollmentById(db, paused!.enrollment.id, utc('2026-01-15T15:00:00Z'));
    const [resumed] = await openTasks(db);
    expect(resumed).toMatchObject({ stepId: 's2', dueAt: second!.dueAt });
    expect((await leadEnrollments(db, lead.id))[0]?.enrollment.status).toBe('active');
  });

  it('finishes on reply when the rule says finish', async () => {
    const { db, lead, sequence } = await setUp({ onReply: 'finish' });
    await enrollLeads(db, [lead.id], sequence.id, WEDNESDAY);
    await recordReply(db, lead.id, WEDNESDAY + 5, 'gmail');
    const [row] = await leadEnrollments(db, lead.id);
    expect(row?.enrollment).toMatchObject({ status: 'finished', finishReason: 'replied' });
    expect(await openTasks(db)).toEqual([]);
  });

  it('finishes when the deal is won, only if the sequence says so', async () => {
    const { db, lead, sequence } = await setUp();
    await enrollLeads(db, [lead.id], sequence.id, WEDNESDAY);
    await updateLead(db, lead.id, { deal: { stage: 'qualified' } }, WEDNESDAY + 1);
    expect((await leadEnrollments(db, lead.id))[0]?.enrollment.status).toBe('active');
    await updateLead(db, lead.id, { deal: { stage: 'won' } }, WEDNESDAY + 2);
    expect((await leadEnrollments(db, lead.id))[0]?.enrollment).toMatchObject({ status: 'finished', finishReason: 'stage-closed' });
    expect(await openTasks(db)).toEqual([]);

    const other = await setUp({ finishOnClosed: false });
    await enrollLeads(other.db, [other.lead.id], other.sequence.id, WEDNESDAY);
    await updateLead(other.db, other.lead.id, { deal: { stage: 'lost' } }, WEDNESDAY + 2);
    expect((await leadEnrollments(other.db, other.lead.id))[0]?.enrollment.status).toBe('active');
  });

  it('pauses, resumes and unenrolls by hand', async () => {
    const { db, lead, sequence } = await setUp();
    const { enrolled } = await enrollLeads(db, [lead.id], sequence.id, WEDNESDAY);
    const id = enrolled[0]!.id;
    await pauseEnrollmentById(db, id, WEDNESDAY + 10);
    expect(await openTasks(db)).toEqual([]);
    await resumeEnrollmentById(db, id, WEDNESDAY + 20);
    expect(await openTasks(db)).toHaveLength(1);
    await unenroll(db, id, WEDNESDAY + 30);
    expect(await openTasks(db)).toEqual([]);
    expect((await getRecord(db, 'enrollments', id))?.finishReason).toBe('unenrolled');
    expect((await leadTimeline(db, lead.id))[0]?.summary).toBe('Unenrolled from “Outbound”');
  });
});

describe('editing and deleting a sequence with leads enrolled', () => {
  async function atStepTwo() {
    const setup = await setUp();
    await enrollLeads(setup.db, [setup.lead.id], setup.sequence.id, WEDNESDAY);
    const [first] = await openTasks(setup.db);
    const second = await completeTask(setup.db, first!.id, 'done', WEDNESDAY);
    return { ...setup, second: second! };
  }
  const edit = (db: LeadlineDB, sequence: Sequence, steps: Sequence['steps'], now: number) =>
    saveSequence(db, { id: sequence.id, name: sequence.name, steps, rules: sequence.rules }, now);

  it('gives a not-yet-due step the new delay, time and instructions', async () => {
    const { db, sequence, second } = await atStepTwo();
    expect(second.dueAt).toBe(utc('2026-01-16T16:00:00Z')); // Friday 11:00
    const steps = sequence.steps.map((step) =>
      step.id === 's2' ? { ...step, delayDays: 3, timeOfDay: '14:00', instructions: 'Call the desk line' } : step,
    );
    const result = await edit(db, sequence, steps, WEDNESDAY + 60_000);
    expect(result.rescheduled).toBe(1);
    // Still counted from Wednesday's completion: 3 business days → Monday, 14:00.
    expect(await getRecord(db, 'tasks', second.id)).toMatchObject({
      dueAt: utc('2026-01-19T19:00:00Z'),
      instructions: 'Call the desk line',
    });
  });

  it('keeps the due date of a step already due, and replaces a removed open step by the next one', async () => {
    const { db, sequence, second } = await atStepTwo();
    const saturday = utc('2026-01-17T15:00:00Z');
    const longer = sequence.steps.map((step) => (step.id === 's2' ? { ...step, delayDays: 9, instructions: 'New words' } : step));
    await edit(db, sequence, longer, saturday);
    expect(await getRecord(db, 'tasks', second.id)).toMatchObject({ dueAt: second.dueAt, instructions: 'New words' });

    const withoutCall = sequence.steps.filter((step) => step.id !== 's2');
    await edit(db, sequence, withoutCall, saturday + 1);
    expect((await getRecord(db, 'tasks', second.id))?.status).toBe('cancelled');
    const [replacement] = await openTasks(db);
    // s3 now stands second; its 1-business-day delay counts from Wednesday's completion.
    expect(replacement).toMatchObject({ stepId: 's3', title: 'Task · step 2 of 2 · Outbound', dueAt: utc('2026-01-15T14:00:00Z') });
    expect((await getAllRecords(db, 'enrollments'))[0]?.stepIndex).toBe(1);
    await completeTask(db, replacement!.id, 'done', saturday + 2);
    expect((await getAllRecords(db, 'enrollments'))[0]).toMatchObject({ status: 'finished', finishReason: 'completed' });
  });

  it('deletes a sequence: running enrollments end cleanly and history stays', async () => {
    const { db, lead, sequence, second } = await atStepTwo();
    expect(await countRunningEnrollments(db, sequence.id)).toBe(1);
    const copy = await duplicateSequence(db, sequence.id, WEDNESDAY);
    expect(copy.name).toBe('Copy of Outbound');
    expect(copy.steps.map((step) => step.id)).not.toContain('s1');

    expect(await deleteSequence(db, sequence.id, WEDNESDAY + 5)).toBe(1);
    expect(await getRecord(db, 'sequences', sequence.id)).toBeUndefined();
    expect((await getRecord(db, 'tasks', second.id))?.status).toBe('cancelled');
    expect((await getAllRecords(db, 'tasks')).filter((task) => task.status === 'done')).toHaveLength(1);
    expect((await getAllRecords(db, 'enrollments'))[0]).toMatchObject({ status: 'finished', finishReason: 'sequence-deleted' });
    const timeline = (await leadTimeline(db, lead.id)).map((a) => a.summary);
    expect(timeline[0]).toBe('Finished “Outbound”: the sequence was deleted');
    expect(timeline).toContain('Done: Email · step 1 of 3 · Outbound');
  });

  it('refuses a step whose template suits another channel, writing nothing', async () => {
    const { db, sequence } = await setUp();
    await db.put('templates', { id: 'li', name: 'Connect note', channel: 'linkedin', subject: '', body: 'Hi', createdAt: 1, updatedAt: 1 });
    const steps = sequence.steps.map((step) => (step.id === 's1' ? { ...step, templateId: 'li' } : step));
    await expect(saveSequence(db, { id: sequence.id, name: sequence.name, steps }, WEDNESDAY)).rejects.toThrow(
      'Step 1: “Connect note” is a LinkedIn template',
    );
    expect((await getRecord(db, 'sequences', sequence.id))?.steps[0]?.templateId).toBeUndefined();
  });
});

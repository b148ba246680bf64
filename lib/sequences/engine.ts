import { format } from 'date-fns';
import type { Activity, Enrollment, FinishReason, Sequence, Task } from '../model';
import { newId, STEP_TYPE_LABELS } from '../model';
import { zoned } from './calendar';
import { calendarFor, dueAtForStep, type ScheduleContext } from './schedule';

/**
 * The sequence engine's state transitions: pure functions from (records, moment, calendar) to the
 * records to write. Nothing here reads a clock or the database; `lib/sequences/*-ops.ts` load the
 * records, call these, and write the result in one transaction.
 *
 * Editing a sequence while leads are enrolled (see `reconcileAfterEdit`): steps already done stay
 * done; the open step, if not yet due, takes the new definition entirely (type, instructions,
 * template, delay, time of day, weekend and holiday rules) with its due date recomputed from the
 * moment its delay counts from; an open step already due, or snoozed by hand, keeps its due date
 * but shows the new content; a removed open step is replaced by the step that now stands in its
 * place (or the enrollment completes when none is left); later steps are read from the sequence
 * when they come up, so they always follow the newest definition.
 */

/** What a transition produces: records to put (tasks, enrollment) and timeline entries to add. */
export interface Transition {
  enrollment: Enrollment;
  tasks: Task[];
  activities: Activity[];
}

/** "Email · step 2 of 3" — what a follow-up is, as its row and the timeline name it. */
export function stepLabel(sequence: Sequence, index: number): string {
  const step = sequence.steps[index];
  const type = step ? STEP_TYPE_LABELS[step.type] : 'Step';
  return `${type} · step ${index + 1} of ${sequence.steps.length}`;
}

function activity(leadId: string, type: Activity['type'], at: number, summary: string, details: Activity['details'] = {}): Activity {
  return { id: newId(), leadId, type, at, summary: summary.slice(0, 500), details };
}

function enrollmentContext(enrollment: Enrollment, context: ScheduleContext): ScheduleContext {
  return { timeZone: enrollment.timeZone, holidays: context.holidays };
}

/** The open task for step `index`, due after its delay counted from `anchor`. */
export function taskForStep(
  enrollment: Enrollment,
  sequence: Sequence,
  index: number,
  anchor: number,
  now: number,
  context: ScheduleContext,
): Task {
  const step = sequence.steps[index];
  if (!step) throw new Error(`“${sequence.name}” has no step ${index + 1}`);
  const dueAt = dueAtForStep(anchor, step, calendarFor(sequence, enrollmentContext(enrollment, context)));
  return {
    id: newId(),
    leadId: enrollment.leadId,
    enrollmentId: enrollment.id,
    sequenceId: sequence.id,
    stepId: step.id,
    type: step.type,
    title: `${stepLabel(sequence, index)} · ${sequence.name}`.slice(0, 300),
    instructions: step.instructions,
    status: 'open',
    dueAt,
    scheduledAt: dueAt,
    anchorAt: anchor,
    snoozeCount: 0,
    createdAt: now,
    updatedAt: now,
  };
}

/** Enrolls a lead: an active enrollment and its first step's task, due after the step's delay from `now`. */
export function startEnrollment(leadId: string, sequence: Sequence, now: number, context: ScheduleContext): Transition {
  if (sequence.archived) throw new Error(`“${sequence.name}” is archived: restore it to enroll leads`);
  if (!sequence.steps.length) throw new Error(`“${sequence.name}” has no steps yet`);
  const enrollment: Enrollment = {
    id: newId(),
    leadId,
    sequenceId: sequence.id,
    status: 'active',
    stepIndex: 0,
    timeZone: context.timeZone,
    startedAt: now,
    updatedAt: now,
  };
  return {
    enrollment,
    tasks: [taskForStep(enrollment, sequence, 0, now, now, context)],
    activities: [
      activity(leadId, 'enrolled', now, `Enrolled in “${sequence.name}”`, { sequenceId: sequence.id, enrollmentId: enrollment.id }),
    ],
  };
}

/** Where the step of `task` stands in the sequence now (it may have moved or gone since the task was made). */
function indexOfTaskStep(sequence: Sequence, task: Task, enrollment: Enrollment): { index: number; removed: boolean } {
  const index = sequence.steps.findIndex((step) => step.id === task.stepId);
  return index >= 0 ? { index, removed: false } : { index: enrollment.stepIndex, removed: true };
}

/**
 * Marks a step done or skipped and schedules the next one from `now`; completing the last step
 * finishes the enrollment. Either way the step is recorded in the timeline.
 */
export function completeStep(
  enrollment: Enrollment,
  sequence: Sequence,
  task: Task,
  outcome: 'done' | 'skipped',
  now: number,
  context: ScheduleContext,
): Transition {
  const closed: Task = { ...task, status: outcome, completedAt: now, updatedAt: now };
  const { index, removed } = indexOfTaskStep(sequence, task, enrollment);
  const verb = outcome === 'done' ? 'Done' : 'Skipped';
  const activities = [
    activity(task.leadId, outcome === 'done' ? 'step-done' : 'step-skipped', now, `${verb}: ${task.title}`, {
      taskId: task.id,
      sequenceId: sequence.id,
      stepType: task.type,
    }),
  ];
  if (enrollment.status !== 'active') return { enrollment, tasks: [closed], activities };
  // A removed step's place is taken by the step after it, which is therefore next.
  const next = removed ? index : index + 1;
  if (next < sequence.steps.length) {
    const advanced: Enrollment = { ...enrollment, stepIndex: next, updatedAt: now };
    return { enrollment: advanced, tasks: [closed, taskForStep(advanced, sequence, next, now, now, context)], activities };
  }
  const finished = finishEnrollment(enrollment, sequence.name, 'completed', [], now);
  // Timed 1 ms after the step, so the timeline (ordered by time) reads step, then finish.
  const after = finished.activities.map((entry) => ({ ...entry, at: now + 1 }));
  return { enrollment: finished.enrollment, tasks: [closed], activities: [...activities, ...after] };
}

/** Moves a follow-up to `until`, counting the snooze; the timeline says until when. */
export function snoozeTask(task: Task, until: number, now: number, timeZone: string): { task: Task; activity: Activity } {
  if (task.status !== 'open') throw new Error('This follow-up is no longer open');
  const snoozed: Task = { ...task, dueAt: until, snoozeCount: task.snoozeCount + 1, notifiedAt: undefined, updatedAt: now };
  const when = format(zoned(until, timeZone), 'EEE d MMM yyyy, HH:mm');
  return {
    task: snoozed,
    activity: activity(task.leadId, 'step-snoozed', now, `Snoozed until ${when}: ${task.title}`, { taskId: task.id, until }),
  };
}

const FINISH_SUMMARIES: Record<FinishReason, string> = {
  completed: 'every step done',
  replied: 'the lead replied',
  'stage-closed': 'the deal closed',
  unenrolled: 'unenrolled by hand',
  'sequence-deleted': 'the sequence was deleted',
};

/** Ends an enrollment for `reason`; its open tasks are cancelled (kept, so history stays intact). */
export function finishEnrollment(
  enrollment: Enrollment,
  sequenceName: string,
  reason: FinishReason,
  openTasks: readonly Task[],
  now: number,
): Transition {
  const finished: Enrollment = {
    ...enrollment,
    status: 'finished',
    finishedAt: now,
    finishReason: reason,
    pausedAt: undefined,
    updatedAt: now,
  };
  const type = reason === 'unenrolled' ? 'unenrolled' : 'finished';
  const summary = reason === 'unenrolled' ? `Unenrolled from “${sequenceName}”` : `Finished “${sequenceName}”: ${FINISH_SUMMARIES[reason]}`;
  return {
    enrollment: finished,
    tasks: openTasks.map((task) => cancelTask(task, now)),
    activities: [activity(enrollment.leadId, type, now, summary, { sequenceId: enrollment.sequenceId, reason })],
  };
}

/** Pauses an enrollment; its open task is cancelled and comes back on resume. */
export function pauseEnrollment(
  enrollment: Enrollment,
  sequenceName: string,
  reason: 'replied' | 'by-hand',
  openTasks: readonly Task[],
  now: number,
): Transition {
  if (enrollment.status !== 'active') throw new Error('Only an active enrollment can be paused');
  return {
    enrollment: { ...enrollment, status: 'paused', pausedAt: now, updatedAt: now },
    tasks: openTasks.map((task) => cancelTask(task, now)),
    activities: [
      activity(
        enrollment.leadId,
        'paused',
        now,
        reason === 'replied' ? `Paused “${sequenceName}”: the lead replied` : `Paused “${sequenceName}”`,
        { sequenceId: enrollment.sequenceId, reason },
      ),
    ],
  };
}

/**
 * Resumes a paused enrollment at the step it stood on (as the sequence defines it now). The step
 * keeps the due date it had when paused if that is still ahead, else comes due at once (on the
 * next working day when today is not one).
 */
export function resumeEnrollment(
  enrollment: Enrollment,
  sequence: Sequence,
  pausedTask: Task | undefined,
  now: number,
  context: ScheduleContext,
): Transition {
  if (enrollment.status !== 'paused') throw new Error('Only a paused enrollment can be resumed');
  const resumed: Enrollment = { ...enrollment, status: 'active', pausedAt: undefined, updatedAt: now };
  const note = activity(enrollment.leadId, 'resumed', now, `Resumed “${sequence.name}”`, { sequenceId: sequence.id });
  const index = pausedTask ? indexOfTaskStep(sequence, pausedTask, enrollment).index : enrollment.stepIndex;
  if (index >= sequence.steps.length) {
    const finished = finishEnrollment(resumed, sequence.name, 'completed', [], now);
    return { ...finished, activities: [note, ...finished.activities] };
  }
  const calendar = calendarFor(sequence, enrollmentContext(enrollment, context));
  const task = taskForStep(resumed, sequence, index, pausedTask?.anchorAt ?? now, now, context);
  const soonest = dueAtForStep(now, { delayDays: 0, businessDays: true }, calendar);
  const dueAt = Math.max(pausedTask?.dueAt ?? 0, soonest);
  return { enrollment: { ...resumed, stepIndex: index }, tasks: [{ ...task, dueAt, scheduledAt: dueAt }], activities: [note] };
}

/** What a reply does to an enrollment under its sequence's rule: pause or finish (a paused one stays paused). */
export function applyReply(enrollment: Enrollment, sequence: Sequence, openTasks: readonly Task[], now: number): Transition | undefined {
  if (enrollment.status === 'finished') return undefined;
  if (sequence.rules.onReply === 'finish') return finishEnrollment(enrollment, sequence.name, 'replied', openTasks, now);
  if (enrollment.status === 'paused') return undefined;
  return pauseEnrollment(enrollment, sequence.name, 'replied', openTasks, now);
}

/** What a won or lost stage does: finish the enrollment when the sequence says so. */
export function applyClosedStage(
  enrollment: Enrollment,
  sequence: Sequence,
  openTasks: readonly Task[],
  now: number,
): Transition | undefined {
  if (enrollment.status === 'finished' || !sequence.rules.finishOnClosed) return undefined;
  return finishEnrollment(enrollment, sequence.name, 'stage-closed', openTasks, now);
}

/**
 * Brings an active enrollment's open task in line with an edited sequence (the rule is in this
 * file's header). Returns undefined when nothing changes.
 */
export function reconcileAfterEdit(
  enrollment: Enrollment,
  sequence: Sequence,
  openTask: Task,
  now: number,
  context: ScheduleContext,
): Transition | undefined {
  if (enrollment.status !== 'active') return undefined;
  const { index, removed } = indexOfTaskStep(sequence, openTask, enrollment);
  if (removed) {
    if (index >= sequence.steps.length) return finishEnrollment(enrollment, sequence.name, 'completed', [openTask], now);
    const moved: Enrollment = { ...enrollment, stepIndex: index, updatedAt: now };
    const anchor = openTask.anchorAt ?? openTask.createdAt;
    return {
      enrollment: moved,
      tasks: [cancelTask(openTask, now), taskForStep(moved, sequence, index, anchor, now, context)],
      activities: [],
    };
  }
  const step = sequence.steps[index]!;
  const fresh = taskForStep(enrollment, sequence, index, openTask.anchorAt ?? openTask.createdAt, now, context);
  const keepsDate = openTask.dueAt <= now || openTask.snoozeCount > 0;
  const updated: Task = {
    ...openTask,
    type: step.type,
    title: fresh.title,
    instructions: step.instructions,
    dueAt: keepsDate ? openTask.dueAt : fresh.dueAt,
    scheduledAt: keepsDate ? openTask.scheduledAt : fresh.scheduledAt,
  };
  const same =
    updated.type === openTask.type &&
    updated.title === openTask.title &&
    updated.instructions === openTask.instructions &&
    updated.dueAt === openTask.dueAt &&
    index === enrollment.stepIndex;
  if (same) return undefined;
  return {
    enrollment: index === enrollment.stepIndex ? enrollment : { ...enrollment, stepIndex: index, updatedAt: now },
    tasks: [{ ...updated, updatedAt: now }],
    activities: [],
  };
}

/** A follow-up that will not be done (its enrollment paused or ended). */
export function cancelTask(task: Task, now: number): Task {
  return { ...task, status: 'cancelled', updatedAt: now };
}

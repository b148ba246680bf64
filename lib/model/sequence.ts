import { z } from 'zod';
import { IdSchema, IsoDateSchema, TextSchema, TimestampSchema } from './primitives';

export const STEP_TYPES = ['email', 'linkedin-connect', 'linkedin-message', 'call', 'task'] as const;
export const StepTypeSchema = z.enum(STEP_TYPES);
export type StepType = z.infer<typeof StepTypeSchema>;

export const STEP_TYPE_LABELS: Record<StepType, string> = {
  email: 'Email',
  'linkedin-connect': 'LinkedIn connection request',
  'linkedin-message': 'LinkedIn message',
  call: 'Call',
  task: 'Task',
};

/** `HH:MM`, 24-hour clock, in the user's time zone. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use a time written as HH:MM');

/** One step of a sequence: what to do, and how long after the previous step. */
export const StepSchema = z.object({
  id: IdSchema,
  type: StepTypeSchema,
  delayDays: z.number().int().min(0, 'Delay cannot be negative').max(365),
  businessDays: z.boolean().default(true),
  timeOfDay: TimeOfDaySchema.optional(),
  templateId: IdSchema.optional(),
  instructions: TextSchema.default(''),
});
export type Step = z.infer<typeof StepSchema>;

/** What a sequence does when the lead replies or the deal closes. */
export const SequenceRulesSchema = z.object({
  onReply: z.enum(['pause', 'finish']).default('finish'),
  finishOnClosed: z.boolean().default(true),
  skipWeekends: z.boolean().default(true),
  /** Dates (YYYY-MM-DD) on which nothing comes due. */
  holidays: z.array(IsoDateSchema).default([]),
});
export type SequenceRules = z.infer<typeof SequenceRulesSchema>;

/** A named, ordered list of outreach steps. */
export const SequenceSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'A sequence needs a name').max(200),
  steps: z.array(StepSchema).max(50).default([]),
  rules: SequenceRulesSchema.default({ onReply: 'finish', finishOnClosed: true, skipWeekends: true, holidays: [] }),
  archived: z.boolean().default(false),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type Sequence = z.infer<typeof SequenceSchema>;
export type SequenceInput = z.input<typeof SequenceSchema>;

export const EnrollmentStatusSchema = z.enum(['active', 'paused', 'finished']);
export type EnrollmentStatus = z.infer<typeof EnrollmentStatusSchema>;

export const FinishReasonSchema = z.enum(['completed', 'replied', 'stage-closed', 'unenrolled', 'sequence-deleted']);
export type FinishReason = z.infer<typeof FinishReasonSchema>;

/** A lead's place in a sequence. */
export const EnrollmentSchema = z.object({
  id: IdSchema,
  leadId: IdSchema,
  sequenceId: IdSchema,
  status: EnrollmentStatusSchema,
  /** Index into the sequence's steps of the step now open (or last done, once finished). */
  stepIndex: z.number().int().nonnegative().default(0),
  /** IANA time zone the due dates are computed in. */
  timeZone: z.string().max(100).default('UTC'),
  startedAt: TimestampSchema,
  pausedAt: TimestampSchema.optional(),
  finishedAt: TimestampSchema.optional(),
  finishReason: FinishReasonSchema.optional(),
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type Enrollment = z.infer<typeof EnrollmentSchema>;

import { z } from 'zod';
import { IdSchema, TextSchema, TimestampSchema } from './primitives';
import { StepTypeSchema } from './sequence';

export const TaskStatusSchema = z.enum(['open', 'done', 'skipped', 'cancelled']);
export type TaskStatus = z.infer<typeof TaskStatusSchema>;

/** A follow-up that comes due: a sequence step, or a reminder set by hand. */
export const TaskSchema = z.object({
  id: IdSchema,
  leadId: IdSchema,
  enrollmentId: IdSchema.optional(),
  sequenceId: IdSchema.optional(),
  stepId: IdSchema.optional(),
  type: StepTypeSchema,
  title: z.string().trim().min(1).max(300),
  instructions: TextSchema.default(''),
  status: TaskStatusSchema,
  dueAt: TimestampSchema,
  /** When the engine first scheduled it, before any snooze. */
  scheduledAt: TimestampSchema,
  /** The moment its delay counts from (the previous step's completion); used to reschedule after a sequence edit. */
  anchorAt: TimestampSchema.optional(),
  snoozeCount: z.number().int().nonnegative().default(0),
  completedAt: TimestampSchema.optional(),
  notifiedAt: TimestampSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type Task = z.infer<typeof TaskSchema>;

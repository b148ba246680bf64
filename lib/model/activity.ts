import { z } from 'zod';
import { IdSchema, TimestampSchema } from './primitives';

export const ACTIVITY_TYPES = [
  'created',
  'captured',
  'merged',
  'updated',
  'stage-changed',
  'note',
  'email-logged',
  'replied',
  'enrolled',
  'unenrolled',
  'paused',
  'resumed',
  'finished',
  'step-done',
  'step-skipped',
  'step-snoozed',
  'campaign-tagged',
  'campaign-untagged',
  'imported',
  /** Seen engaging with a post or profile on a social network ("Replied to <post URL>"). */
  'engaged',
  /** Given to a teammate (lib/team/assign.ts): details name the assignee and who assigned. */
  'assigned',
] as const;
export const ActivityTypeSchema = z.enum(ACTIVITY_TYPES);
export type ActivityType = z.infer<typeof ActivityTypeSchema>;

/** Scalar details only: activities are history, never code or markup. */
export const ActivityDetailsSchema = z.record(z.string().max(60), z.union([z.string().max(5000), z.number(), z.boolean(), z.null()]));

/** One event in a lead's timeline. */
export const ActivitySchema = z.object({
  id: IdSchema,
  leadId: IdSchema,
  type: ActivityTypeSchema,
  at: TimestampSchema,
  summary: z.string().max(500),
  details: ActivityDetailsSchema.default({}),
  /** Set on "replied" activities until the sequence engine has acted on them. */
  pending: z.boolean().optional(),
  sample: z.boolean().optional(),
});
export type Activity = z.infer<typeof ActivitySchema>;
export type ActivityInput = z.input<typeof ActivitySchema>;

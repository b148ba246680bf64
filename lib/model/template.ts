import { z } from 'zod';
import { IdSchema, TimestampSchema } from './primitives';

export const TemplateChannelSchema = z.enum(['email', 'linkedin']);
export type TemplateChannel = z.infer<typeof TemplateChannelSchema>;

/** An email or LinkedIn message with {{merge}} fields. */
export const TemplateSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'A template needs a name').max(200),
  channel: TemplateChannelSchema,
  subject: z.string().max(500).default(''),
  body: z.string().max(20000),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type Template = z.infer<typeof TemplateSchema>;

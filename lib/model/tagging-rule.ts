import { z } from 'zod';
import { IdSchema, IsoDateSchema } from './primitives';
import { CaptureSourceSchema } from './source';

/**
 * An auto-tagging rule: leads captured from these sites (any site when empty), on pages whose
 * address contains `urlContains` (when set), between `from` and `to` (inclusive, local dates, when
 * set) are tagged with `campaignId`. E.g. "every lead captured from LinkedIn this month → Q4 social".
 */
export const TaggingRuleSchema = z
  .object({
    id: IdSchema,
    campaignId: IdSchema,
    sources: z.array(CaptureSourceSchema).max(20).default([]),
    urlContains: z.string().trim().toLowerCase().max(200).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    enabled: z.boolean().default(true),
  })
  .refine((rule) => !rule.from || !rule.to || rule.from <= rule.to, {
    message: 'The rule ends before it starts',
    path: ['to'],
  });
export type TaggingRule = z.infer<typeof TaggingRuleSchema>;
export type TaggingRuleInput = z.input<typeof TaggingRuleSchema>;

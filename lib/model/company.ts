import { z } from 'zod';
import { IdSchema, TimestampSchema, WebUrlSchema } from './primitives';
import { ProvenanceSchema } from './source';

/** A company captured from its LinkedIn page or named on leads. */
export const CompanySchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'A company needs a name').max(200),
  domain: z.string().trim().toLowerCase().max(253).optional(),
  linkedinUrl: WebUrlSchema.optional(),
  websiteUrl: WebUrlSchema.optional(),
  industry: z.string().trim().max(200).optional(),
  size: z.string().trim().max(100).optional(),
  headquarters: z.string().trim().max(200).optional(),
  provenance: ProvenanceSchema.optional(),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type Company = z.infer<typeof CompanySchema>;

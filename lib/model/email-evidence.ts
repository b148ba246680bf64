import { z } from 'zod';
import { EmailSchema, IdSchema, TimestampSchema, WebUrlSchema } from './primitives';
import { CaptureSourceSchema } from './source';

/** Where an address was seen: a page (team page, speaker list) or a message (headers, signature). */
export const EVIDENCE_KINDS = ['page', 'message'] as const;

/**
 * An address seen beside a name while reading a page or a message, kept (minimal: the name, the
 * address, where and when) as evidence for the company's address pattern. One record per address.
 */
export const EmailEvidenceSchema = z.object({
  /** The lower-cased address. */
  id: IdSchema,
  email: EmailSchema,
  domain: z.string().trim().toLowerCase().min(1).max(253),
  fullName: z.string().trim().min(1).max(200),
  firstName: z.string().trim().max(100).optional(),
  lastName: z.string().trim().max(100).optional(),
  kind: z.enum(EVIDENCE_KINDS),
  source: CaptureSourceSchema,
  url: WebUrlSchema.optional(),
  /** When it was last seen there. */
  at: TimestampSchema,
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type EmailEvidence = z.infer<typeof EmailEvidenceSchema>;

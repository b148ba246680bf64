import { z } from 'zod';
import { TimestampSchema, WebUrlSchema } from './primitives';

/** Where a prospect was captured. */
export const SOURCES = ['linkedin', 'sales-navigator', 'gmail', 'outlook', 'web', 'manual', 'import'] as const;
export const SourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof SourceSchema>;

/** Sources a page extractor can report (manual entry and import are not pages). */
export const CAPTURE_SOURCES = ['linkedin', 'sales-navigator', 'gmail', 'outlook', 'web'] as const;
export const CaptureSourceSchema = z.enum(CAPTURE_SOURCES);
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;

export const SOURCE_LABELS: Record<Source, string> = {
  linkedin: 'LinkedIn',
  'sales-navigator': 'Sales Navigator',
  gmail: 'Gmail',
  outlook: 'Outlook',
  web: 'Web page',
  manual: 'Added by hand',
  import: 'Import',
};

/** Where one field's value came from: the site, the page, when, and which strategy read it. */
export const ProvenanceSchema = z.object({
  source: SourceSchema,
  url: WebUrlSchema.optional(),
  at: TimestampSchema,
  strategy: z.string().max(100).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

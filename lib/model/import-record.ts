import { z } from 'zod';
import { IdSchema, TimestampSchema } from './primitives';
import { LeadSchema } from './lead';

/** How many rows an import created, updated, left as they were or skipped. */
export const ImportCountsSchema = z.object({
  created: z.number().int().nonnegative(),
  updated: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  skipped: z.number().int().nonnegative(),
});
export type ImportCounts = z.infer<typeof ImportCountsSchema>;

/** One CSV import as the history lists it; its undo data lives in `importUndo` under the same id. */
export const ImportRecordSchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  fileName: z.string().max(500),
  /** The header preset the mapping started from (`hubspot`, `leadline`, … or `custom`). */
  preset: z.string().max(60),
  counts: ImportCountsSchema,
  /** Campaigns the whole import was tagged with. */
  campaignIds: z.array(IdSchema).default([]),
  status: z.enum(['applied', 'undone']),
  undoneAt: TimestampSchema.optional(),
});
export type ImportRecord = z.infer<typeof ImportRecordSchema>;

/** What undoing an import needs: what it created, and every lead it changed as it was before. */
export const ImportUndoSchema = z.object({
  id: IdSchema,
  createdLeadIds: z.array(IdSchema).default([]),
  createdCampaignIds: z.array(IdSchema).default([]),
  activityIds: z.array(IdSchema).default([]),
  /**
   * Each updated lead before the import, the `updatedAt` the import gave it (to spot later edits),
   * and the values the import wrote (`after`, by field): undo puts back only fields still holding
   * them. Optional: records from before it existed undo changed leads only when untouched since.
   */
  updated: z
    .array(z.object({ before: LeadSchema, updatedAt: TimestampSchema, after: z.record(z.string().max(60), z.unknown()).optional() }))
    .default([]),
});
export type ImportUndo = z.infer<typeof ImportUndoSchema>;

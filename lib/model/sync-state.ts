import { z } from 'zod';
import { TimestampSchema } from './primitives';

/**
 * A local change not yet accepted by the team server: which record (store and key) changed, not
 * what it holds (the record itself is read when pushing). Written in the transaction that made the
 * change, so a change is never lost when the service worker stops. Migration 008.
 */
export const OutboxEntrySchema = z.object({
  /** The document id, `<store>:<key>` (lib/sync/mapping.ts). */
  id: z.string().min(1).max(300),
  store: z.string().min(1).max(60),
  key: z.string().min(1).max(250),
  /** A fresh token per change: a push removes the entry only if nothing changed the record meanwhile. */
  change: z.string().min(1).max(60),
  at: TimestampSchema,
  /** The record was erased for a privacy request: purge it on the server too. */
  erase: z.boolean().optional(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/** What the server last accepted or sent for one document: its revision and the body's hash. */
export const SyncMetaSchema = z.object({
  id: z.string().min(1).max(300),
  rev: z.string().min(1).max(200),
  hash: z.string().max(40),
});
export type SyncMeta = z.infer<typeof SyncMetaSchema>;

/**
 * Replication state kept in IndexedDB (the service worker keeps none in memory): the pull
 * checkpoint (`checkpoint`), the retry schedule (`retry`), erased documents (`erased:<doc id>`)
 * and refused documents (`problem:<doc id>`).
 */
export const SyncStateSchema = z.object({
  id: z.string().min(1).max(320),
  value: z.unknown(),
  at: TimestampSchema,
});
export type SyncState = z.infer<typeof SyncStateSchema>;

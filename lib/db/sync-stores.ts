import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import type { OutboxEntry, SyncMeta, SyncState } from '../model';
import type { LeadlineDB, LeadlineSchema } from './schema';

/**
 * Team sync's own stores (migration 008): replication state, not data. They stay out of
 * `LeadlineSchema` and `STORE_NAMES` so backups, restores and the Problems scan never carry them.
 */
export interface SyncStoresSchema extends DBSchema {
  outbox: { key: string; value: OutboxEntry };
  syncMeta: { key: string; value: SyncMeta };
  syncState: { key: string; value: SyncState };
}

export const SYNC_STATE_STORES = ['outbox', 'syncMeta', 'syncState'] as const;

export type SyncStoreName = (typeof SYNC_STATE_STORES)[number];
export type FullSchema = LeadlineSchema & SyncStoresSchema;
export type FullDB = IDBPDatabase<FullSchema>;
export type FullStoreName = StoreNames<FullSchema>;
export type FullTx<S extends FullStoreName[]> = IDBPTransaction<FullSchema, S, 'readwrite'>;

/** The same connection, typed with the sync stores. */
export function withSyncStores(db: LeadlineDB): FullDB {
  return db as unknown as FullDB;
}

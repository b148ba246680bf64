import type { DBSchema, IDBPDatabase } from 'idb';
import type { LeadlineDB } from './schema';

/**
 * Work a migration leaves for code the upgrade cannot run (migration 012): one record per backfill,
 * with the key of the last record done. Like the sync state, the store stays out of `LeadlineSchema`
 * and `STORE_NAMES`: backups, restores and the Problems scan never carry it.
 */
export interface Backfill {
  id: string;
  /** Records with keys up to and including this one are done ('' before the first). */
  after: string;
}

interface BackfillSchema extends DBSchema {
  backfills: { key: string; value: Backfill };
}

const asBackfillDb = (db: LeadlineDB) => db as unknown as IDBPDatabase<BackfillSchema>;

/** The backfill still due under `id`, or undefined when it is done (or this database never needed it). */
export async function pendingBackfill(db: LeadlineDB, id: string): Promise<Backfill | undefined> {
  if (!db.objectStoreNames.contains('backfills' as never)) return undefined;
  const raw: unknown = await asBackfillDb(db).get('backfills', id);
  if (!raw || typeof raw !== 'object') return undefined;
  const after = (raw as { after?: unknown }).after;
  return { id, after: typeof after === 'string' ? after : '' };
}

/** Records how far the backfill got (`after`), or that it is done (`undefined`). */
export async function saveBackfill(db: LeadlineDB, id: string, after: string | undefined): Promise<void> {
  if (after === undefined) await asBackfillDb(db).delete('backfills', id);
  else await asBackfillDb(db).put('backfills', { id, after });
}

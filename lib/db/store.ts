import { parseStored, parseStoredAll } from './records';
import type { LeadlineDB, LeadlineSchema, StoreName } from './schema';

/** One record by key, parsed; undefined when missing or invalid (invalid ones are reported). */
export async function getRecord<S extends StoreName>(
  db: LeadlineDB,
  store: S,
  key: string,
): Promise<LeadlineSchema[S]['value'] | undefined> {
  return parseStored(store, await db.get(store, key), key);
}

/** Every valid record of a store (invalid ones are reported, not returned). */
export async function getAllRecords<S extends StoreName>(db: LeadlineDB, store: S): Promise<LeadlineSchema[S]['value'][]> {
  return parseStoredAll(store, await db.getAll(store));
}

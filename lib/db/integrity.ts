import type { z } from 'zod';
import { describeZodError } from '../model';
import type { RecordProblem } from './problems';
import type { IDBPDatabase } from 'idb';
import { STORE_NAMES, STORE_SCHEMAS, type LeadlineDB, type StoreName } from './schema';

/**
 * Reads every record of every store and lists those that fail their schema. The settings page
 * shows the count; nothing is deleted or repaired here.
 */
export async function findProblems(db: LeadlineDB): Promise<RecordProblem[]> {
  const problems: RecordProblem[] = [];
  for (const store of STORE_NAMES) {
    const schema: z.ZodType = STORE_SCHEMAS[store];
    let cursor = await db.transaction(store).store.openCursor();
    while (cursor) {
      const result = schema.safeParse(cursor.value);
      if (!result.success) {
        problems.push({ store, key: String(cursor.primaryKey), message: describeZodError(result.error) });
      }
      cursor = await cursor.continue();
    }
  }
  // Documents the team server sent that were refused (lib/sync/engine.ts): never written, listed here.
  if (db.objectStoreNames.contains('syncState' as StoreName)) {
    const refused = await (db as unknown as IDBPDatabase).getAll('syncState', IDBKeyRange.bound('problem:', 'problem:\uffff'));
    for (const entry of refused as Array<{ value: RecordProblem }>)
      problems.push({ store: entry.value.store, key: entry.value.key, message: entry.value.message });
  }
  return problems;
}

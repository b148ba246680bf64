import type { IDBPDatabase } from 'idb';
import type { LeadlineDB } from './schema';

/**
 * Rebuilds a derived store (the address summaries, the company domains) from the stores it
 * follows: each record of each source store goes to `add`, then the derived store is replaced by
 * `records()`. For records written around `writeTx`, such as a seeded benchmark; returns how many
 * derived records were written.
 */
export async function rebuildDerived(
  db: LeadlineDB,
  sources: readonly string[],
  add: (store: string, raw: unknown) => void,
  target: string,
  records: () => Iterable<unknown>,
): Promise<number> {
  const read = db.transaction(sources as never[]);
  for (const store of sources) {
    let cursor = await read.objectStore(store as never).openCursor();
    while (cursor) {
      add(store, cursor.value);
      cursor = await cursor.continue();
    }
  }
  // One derived store, typed by its role: the callers' schemas name it.
  const tx = (db as unknown as IDBPDatabase<{ derived: { key: string; value: unknown } }>).transaction(target as 'derived', 'readwrite');
  await tx.store.clear();
  const written = [...records()];
  await Promise.all(written.map((record) => tx.store.put(record)));
  await tx.done;
  return written.length;
}

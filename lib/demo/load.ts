import { type LeadlineDB, parseForWrite, type StoreName, writeTx } from '../db';
import type { DemoData } from './generate';

const DEMO_STORES = [
  'leads',
  'campaigns',
  'sequences',
  'enrollments',
  'tasks',
  'activities',
  'templates',
] as const satisfies readonly (keyof DemoData & StoreName)[];

/** Writes sample data in one transaction (all or nothing); every record is validated first. */
export async function loadSampleData(db: LeadlineDB, data: DemoData): Promise<void> {
  const parsed = Object.fromEntries(
    DEMO_STORES.map((store) => [store, data[store].map((record) => parseForWrite(store, record))]),
  ) as unknown as DemoData;
  await writeTx(db, [...DEMO_STORES], async (tx) => {
    for (const store of DEMO_STORES) {
      const target = tx.objectStore(store);
      // Queue every put before awaiting: one round trip per store instead of one per record.
      await Promise.all(parsed[store].map((record) => target.put(record as never)));
    }
  });
}

/** Deletes every record marked as sample data, in one transaction; returns how many went. */
export async function removeSampleData(db: LeadlineDB): Promise<number> {
  return writeTx(db, [...DEMO_STORES, 'companies'], async (tx) => {
    let removed = 0;
    for (const store of [...DEMO_STORES, 'companies'] as const) {
      let cursor = await tx.objectStore(store).openCursor();
      while (cursor) {
        if ((cursor.value as { sample?: boolean }).sample === true) {
          await cursor.delete();
          removed++;
        }
        cursor = await cursor.continue();
      }
    }
    return removed;
  });
}

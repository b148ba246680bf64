import { emitChange } from './changes';
import type { LeadlineDB, ReadWriteTx, StoreName } from './schema';

/**
 * Runs `work` in one read-write transaction over `stores`. Either everything it wrote is committed
 * and every open page is told, or (if it throws) the transaction is aborted and nothing changed.
 * `work` may await only IndexedDB requests of `tx`: anything else lets the transaction commit early.
 * `options.rewinds`: the write may put back older versions of records (see `ChangeEvent.rewound`).
 */
export async function writeTx<const S extends StoreName[], T>(
  db: LeadlineDB,
  stores: S,
  work: (tx: ReadWriteTx<S>) => Promise<T>,
  options: { rewinds?: boolean } = {},
): Promise<T> {
  const tx = db.transaction(stores, 'readwrite');
  // When work throws we abort; tx.done then rejects too, and that rejection is expected.
  const done = tx.done.then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already finished or aborted by a failed request.
    }
    await done;
    throw error;
  }
  const outcome = await done;
  if (!outcome.ok) throw outcome.error;
  emitChange(stores, options.rewinds);
  return result;
}

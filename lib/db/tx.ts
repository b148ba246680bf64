import { emitChange } from './changes';
import { derivedStoresFor, keepDomainAddresses } from './domain-addresses';
import { trackChanges } from './outbox';
import type { LeadlineDB, ReadWriteTx, StoreName } from './schema';
import { isSyncedStore } from './synced-stores';

/** How a write is recorded for team sync (lib/db/outbox.ts). */
export interface WriteOptions {
  /** The write may put back older versions of records (see `ChangeEvent.rewound`). */
  rewinds?: boolean;
  /** Deletes in this write erase a person: the team server purges them too, and never sends them back. */
  erase?: boolean;
  /**
   * The write applies what the team server sent (lib/sync/engine.ts): nothing is queued in the
   * outbox, and `extraStores` (the sync state) join the transaction.
   */
  pulled?: { extraStores: readonly string[] };
}

/**
 * Runs `work` in one read-write transaction over `stores`. Either everything it wrote is committed
 * and every open page is told, or (if it throws) the transaction is aborted and nothing changed.
 * `work` may await only IndexedDB requests of `tx`: anything else lets the transaction commit early.
 * Changes to replicated stores are listed in the `outbox` in the same transaction (lib/db/outbox.ts).
 */
export async function writeTx<const S extends StoreName[], T>(
  db: LeadlineDB,
  stores: S,
  work: (tx: ReadWriteTx<S>) => Promise<T>,
  options: WriteOptions = {},
): Promise<T> {
  const tracked = !options.pulled && stores.some((store) => isSyncedStore(store)) && db.objectStoreNames.contains('outbox' as StoreName);
  const scope: string[] = [...stores];
  if (tracked) scope.push('outbox', ...(db.objectStoreNames.contains('syncState' as StoreName) ? ['syncState'] : []));
  if (options.pulled) scope.push(...options.pulled.extraStores);
  // Writes to leads, seen addresses and companies keep each domain's address summary and the domains
  // per company name (lib/db/domain-addresses.ts, lib/db/company-domains.ts).
  const derived = derivedStoresFor(db, stores);
  scope.push(...derived);
  const keeps = derived.length > 0;
  const rawTx = db.transaction(scope as S, 'readwrite');
  const inner = tracked ? trackChanges(rawTx, stores, { erase: options.erase }) : rawTx;
  const tx = keeps ? keepDomainAddresses(inner, rawTx, stores, derived) : inner;
  // When work throws we abort; tx.done then rejects too, and that rejection is expected.
  const done = rawTx.done.then(
    () => ({ ok: true as const }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  let result: T;
  try {
    result = await work(tx);
  } catch (error) {
    try {
      rawTx.abort();
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

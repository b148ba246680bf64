/*
 * Which stores replicate with the team server, one line each. It lives in lib/db and imports
 * nothing: the database's write path (lib/db/tx.ts) reads it to queue changes in the outbox, and
 * lib/sync builds on lib/db.
 *
 * - `merge`: how two versions of a record become one (lib/sync/merge.ts): `lead` field by field
 *   with the capture rules, `newer` the later `updatedAt` (ties: a stable order), `workspace` the
 *   workspace part of the settings record only.
 * - `leadKey`: the field naming the lead a record belongs to (a record of an erased lead is refused).
 * - `key`: the one key replicated in that store (the settings record).
 * - `keyPath`: the field holding a record's key, when it is not `id` (a member's user name).
 */
export const SYNCED_STORES = {
  leads: { merge: 'lead' },
  companies: { merge: 'newer' },
  campaigns: { merge: 'newer' },
  sequences: { merge: 'newer' },
  templates: { merge: 'newer' },
  activities: { merge: 'newer', leadKey: 'leadId' },
  tasks: { merge: 'newer', leadKey: 'leadId' },
  enrollments: { merge: 'newer', leadKey: 'leadId' },
  members: { merge: 'newer', keyPath: 'username' },
  settings: { merge: 'workspace', key: 'settings' },
} as const satisfies Record<string, { merge: 'lead' | 'newer' | 'workspace'; leadKey?: string; key?: string; keyPath?: string }>;

export type SyncedStore = keyof typeof SYNCED_STORES;

/** True for a store whose changes go to the team server. */
export function isSyncedStore(store: string): store is SyncedStore {
  return Object.hasOwn(SYNCED_STORES, store);
}

/** True for a record (store and key) that replicates: every record of a synced store, or its one key. */
export function isSyncedRecord(store: string, key: string): boolean {
  if (!isSyncedStore(store)) return false;
  const only = (SYNCED_STORES[store] as { key?: string }).key;
  return only === undefined || only === key;
}

/** The field of a record of `store` that holds its key. */
export function keyPathOf(store: SyncedStore): string {
  return (SYNCED_STORES[store] as { keyPath?: string }).keyPath ?? 'id';
}

/** The CouchDB document id of a record: `<store>:<key>`. */
export function docIdOf(store: string, key: string): string {
  return `${store}:${key}`;
}

/** The store and key a document id names, or undefined for an id Leadline does not replicate. */
export function parseDocId(id: string): { store: SyncedStore; key: string } | undefined {
  const colon = id.indexOf(':');
  if (colon <= 0) return undefined;
  const store = id.slice(0, colon);
  const key = id.slice(colon + 1);
  if (!key || !isSyncedRecord(store, key)) return undefined;
  return { store: store as SyncedStore, key };
}

import {
  docIdOf,
  isSyncedRecord,
  keyPathOf,
  type LeadlineDB,
  readChunks,
  SERVER_KEY,
  SYNCED_STORES,
  type SyncedStore,
  type SyncStoreName,
  withSyncStores,
} from '../db';
import type { OutboxEntry, SyncMeta } from '../model';
import type { TeamConfig } from './config';
import { bodyOf, hashBody } from './mapping';

/*
 * The outbox records changes only while a team server is set (lib/db/outbox.ts). Setting one
 * (Connect, or the first run after an upgrade) queues, in the same transaction that sets it, every
 * record whose body differs from the one last synced with that server (the `syncMeta` hash), every
 * record never synced, and a deletion for every record synced once and gone since: whatever was
 * written while no server was set reaches the server.
 */

const STORES = Object.keys(SYNCED_STORES) as SyncedStore[];

/** Which server and database a database replicates with (`syncState` `target` and `SERVER_KEY`). */
export function targetOf(config: Pick<TeamConfig, 'serverUrl' | 'database'>): string {
  return `${config.serverUrl}|${config.database}`;
}

/** The server the outbox currently records changes for, or undefined when none is set. */
export async function trackedTarget(db: LeadlineDB): Promise<string | undefined> {
  const full = withSyncStores(db);
  if (!full.objectStoreNames.contains('syncState')) return undefined;
  return (await full.get('syncState', SERVER_KEY))?.value as string | undefined;
}

/**
 * Sets the team server for the outbox and queues everything not on it as last synced. Another
 * server than the last one forgets that one's revisions and checkpoint first (every record is then
 * queued). Returns how many records were queued.
 */
export async function startTracking(db: LeadlineDB, config: Pick<TeamConfig, 'serverUrl' | 'database'>, now = Date.now()): Promise<number> {
  const full = withSyncStores(db);
  const target = targetOf(config);
  const tx = full.transaction([...STORES, 'outbox', 'syncMeta', 'syncState'] as (SyncedStore | SyncStoreName)[], 'readwrite');
  const metaStore = tx.objectStore('syncMeta');
  const state = tx.objectStore('syncState');
  const outbox = tx.objectStore('outbox');
  const writes: Promise<unknown>[] = [];
  const [previous, queuedKeys] = await Promise.all([state.get('target'), outbox.getAllKeys()]);
  let metas: SyncMeta[] = [];
  if (previous?.value !== target) {
    writes.push(metaStore.clear(), state.delete('checkpoint'), state.put({ id: 'target', value: target, at: now }));
  } else {
    metas = await metaStore.getAll();
  }
  writes.push(state.put({ id: SERVER_KEY, value: target, at: now }));
  const known = new Map(metas.map((meta) => [meta.id, meta.hash]));
  const queued = new Set(queuedKeys.map(String));
  const present = new Set<string>();
  let count = 0;
  const queue = (entry: OutboxEntry) => {
    if (queued.has(entry.id)) return;
    queued.add(entry.id);
    writes.push(outbox.put(entry));
    count++;
  };
  const consider = (store: SyncedStore, key: string, record: unknown) => {
    if (!isSyncedRecord(store, key) || record === undefined) return;
    const id = docIdOf(store, key);
    present.add(id);
    const hash = known.get(id);
    // A body read as stored may hash apart from the parsed one the push compares: then the push
    // finds it equal and settles the entry without sending anything.
    if (hash !== undefined && hash === hashBody(bodyOf(store, record as never))) return;
    queue({ id, store, key, change: `armed-${now}`, at: now });
  };
  for (const store of STORES) {
    const only = (SYNCED_STORES[store] as { key?: string }).key;
    if (only !== undefined) {
      consider(store, only, await tx.objectStore(store).get(only));
      continue;
    }
    const keyPath = keyPathOf(store);
    for await (const chunk of readChunks(tx.objectStore(store))) {
      for (const record of chunk) {
        const key = (record as Record<string, unknown>)[keyPath];
        if (typeof key === 'string') consider(store, key, record);
      }
    }
  }
  // Synced once and gone since (deleted or erased while no server was set): the push deletes them there.
  const gone = metas.filter((meta) => meta.hash !== 'deleted' && !present.has(meta.id));
  const erased = await Promise.all(gone.map((meta) => state.get(`erased:${meta.id}`)));
  gone.forEach((meta, index) => {
    const colon = meta.id.indexOf(':');
    const store = meta.id.slice(0, colon);
    const key = meta.id.slice(colon + 1);
    if (!isSyncedRecord(store, key)) return;
    queue({ id: meta.id, store, key, change: `armed-${now}`, at: now, ...(erased[index] ? { erase: true } : {}) });
  });
  await Promise.all(writes);
  await tx.done;
  return count;
}

/**
 * No team server any more: the outbox stops recording and forgets what was waiting. The revisions
 * and checkpoint stay, so connecting to the same server again sends only what changed meanwhile.
 */
export async function stopTracking(db: LeadlineDB): Promise<void> {
  const full = withSyncStores(db);
  if (!full.objectStoreNames.contains('syncState')) return;
  const tx = full.transaction(['outbox', 'syncState'], 'readwrite');
  await Promise.all([tx.objectStore('syncState').delete(SERVER_KEY), tx.objectStore('outbox').clear()]);
  await tx.done;
}

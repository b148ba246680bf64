import type { Migration } from './types';

/**
 * Version 8: team sync. `outbox` lists local changes not yet on the team server (written in the
 * same transaction as each change, lib/db/tx.ts); `syncMeta` keeps each replicated document's
 * revision and body hash; `syncState` keeps the pull checkpoint, the retry schedule, erased
 * documents and refused ones. Nothing stored before changes: a database that never synced has
 * nothing to push until it is connected (lib/sync/engine.ts then queues every record once).
 */
export const syncOutbox: Migration = {
  version: 8,
  name: 'sync outbox and state',
  up(db) {
    db.createObjectStore('outbox', { keyPath: 'id' });
    db.createObjectStore('syncMeta', { keyPath: 'id' });
    db.createObjectStore('syncState', { keyPath: 'id' });
  },
};

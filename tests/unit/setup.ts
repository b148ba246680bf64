// Every test file starts from an empty IndexedDB and an empty fake browser, also where files share
// one module graph (the `lib` project in vitest.config.ts).
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { threadId } from 'node:worker_threads';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emitChange } from '@/lib/db/changes';
import { DB_NAME, STORE_NAMES } from '@/lib/db/schema';

// Deleting the default database first makes a connection kept from an earlier file (lib/db/open.ts
// caches one) step aside through its own `versionchange` handling; the next getDb() opens afresh.
await new Promise<void>((resolve) => {
  const request = indexedDB.deleteDatabase(DB_NAME);
  request.onsuccess = request.onerror = request.onblocked = () => resolve();
});
globalThis.indexedDB = new IDBFactory();
fakeBrowser.reset();

// Node delivers a BroadcastChannel message to every worker thread of the process: each thread's
// channels get names of their own, so one file's change events never reach a file in another thread.
const thread = globalThis as { leadlineThreadChannels?: true };
if (threadId > 0 && !thread.leadlineThreadChannels) {
  thread.leadlineThreadChannels = true;
  const Native = globalThis.BroadcastChannel;
  globalThis.BroadcastChannel = class extends Native {
    constructor(name: string) {
      super(`${threadId}:${name}`);
    }
  };
}

// The database was replaced under any page-wide state a file before this one left (the shared
// project keeps modules): announced as a restore announces it, so mirrors read everything again.
emitChange([...STORE_NAMES], true);

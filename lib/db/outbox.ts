import { docIdOf, isSyncedRecord } from './synced-stores';
import type { OutboxEntry } from '../model';

/*
 * Every write through `writeTx` to a replicated store also lists the record in the `outbox` store
 * (migration 008), in the same transaction: the change and the note that it must reach the team
 * server commit together or not at all, so a stopped service worker never loses one. Only which
 * record changed is noted; the push reads the record as it then is.
 *
 * Only while a team server is set (the `syncState` record `SERVER_KEY`, read in the same
 * transaction): with no server a write notes nothing, so a 10,000-row import writes no 10,000
 * extra entries. What is written meanwhile is found on Connect by comparing every record with the
 * body last synced (`queueUnsynced` in lib/sync/arm.ts).
 *
 * The transaction handed to a write is wrapped so that puts, adds, deletes and cursor updates and
 * deletes on replicated stores are seen, however deep (store → index → cursor → next cursor).
 */

/** How a tracked transaction notes changes. */
export interface Tracking {
  /** Deletes in this transaction erase a person (privacy request): purge on the server too. */
  erase?: boolean;
}

interface Recorder {
  note(store: string, key: IDBValidKey | IDBKeyRange | undefined, deleted: boolean): void;
}

/** The `syncState` record present while a team server is set: its value names the server and database. */
export const SERVER_KEY = 'server';

let counter = 0;

/** A token unique to one change (the push compares it to know the record did not change again). */
function changeToken(now: number): string {
  counter = (counter + 1) % 1_000_000;
  return `${now.toString(36)}-${counter.toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

type StateStore = { put(value: unknown): unknown; get(key: string): unknown };

function recorder(outbox: { put(value: OutboxEntry): unknown }, syncState: StateStore | undefined, tracking: Tracking): Recorder {
  // Whether a server is set is read first in the transaction; notes made before the answer wait for
  // it, and are written (or dropped) in its success callback, while the transaction is still active.
  let serverSet: boolean | undefined = syncState ? undefined : false;
  const waiting: OutboxEntry[] = [];
  const answer = syncState?.get(SERVER_KEY);
  if (isPromise(answer)) {
    answer.then(
      (value) => {
        serverSet = value !== undefined;
        if (serverSet) for (const entry of waiting) quiet(outbox.put(entry));
        waiting.length = 0;
      },
      () => undefined,
    );
  }
  const queue = (entry: OutboxEntry) => {
    if (serverSet === undefined) waiting.push(entry);
    else if (serverSet) quiet(outbox.put(entry));
  };
  return {
    note(store, key, deleted) {
      if (typeof key !== 'string' && typeof key !== 'number') {
        // Key ranges are not used on replicated stores; a write that does is refused rather than missed.
        if (key !== undefined) throw new Error(`Leadline: a ranged write on ${store} cannot be queued for sync`);
        return;
      }
      // No server: nothing is noted (a restore or import puts tens of thousands of records).
      if (serverSet === false && !(deleted && tracking.erase)) return;
      const id = String(key);
      if (!isSyncedRecord(store, id)) return;
      const now = Date.now();
      const docId = docIdOf(store, id);
      const entry: OutboxEntry = { id: docId, store, key: id, change: changeToken(now), at: now };
      if (deleted && tracking.erase) {
        entry.erase = true;
        // The tombstone that makes a later pull refuse this document (lib/sync/engine.ts), kept with
        // or without a server: connecting later still refuses the person and purges them there.
        quiet(syncState?.put({ id: `erased:${docId}`, value: true, at: now }));
      }
      queue(entry);
    },
  };
}

/** A request whose failure aborts the transaction anyway: the write itself reports it. */
function quiet(request: unknown): void {
  if (isPromise(request)) request.catch(() => undefined);
}

type AnyFn = (...args: unknown[]) => unknown;

const isPromise = (value: unknown): value is Promise<unknown> =>
  typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';

/** Wraps a cursor so `update` and `delete` are noted, and the cursors it moves to are wrapped too. */
function wrapCursor(cursor: object, store: string, rec: Recorder): object {
  return new Proxy(cursor, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as AnyFn;
      if (prop === 'update') {
        return (record: unknown) => {
          rec.note(store, (target as { primaryKey: IDBValidKey }).primaryKey, false);
          return fn.call(target, record);
        };
      }
      if (prop === 'delete') {
        return () => {
          rec.note(store, (target as { primaryKey: IDBValidKey }).primaryKey, true);
          return fn.call(target);
        };
      }
      if (prop === 'continue' || prop === 'advance' || prop === 'continuePrimaryKey') {
        return (...args: unknown[]) => {
          const next = fn.apply(target, args);
          return isPromise(next) ? next.then((moved) => (moved ? wrapCursor(moved, store, rec) : moved)) : next;
        };
      }
      return fn.bind(target);
    },
  });
}

const CURSOR_OPENERS = new Set<PropertyKey>(['openCursor']);

/** Wraps a store or index: writes are noted, cursors opened on it are wrapped. */
function wrapSource(source: object, store: string, rec: Recorder, isIndex: boolean): object {
  return new Proxy(source, {
    get(target, prop) {
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      const fn = value as AnyFn;
      if (!isIndex && (prop === 'put' || prop === 'add')) {
        return (record: unknown, key?: IDBValidKey) => {
          const keyPath = (target as { keyPath: string | null }).keyPath;
          const recordKey =
            key ?? (keyPath && record && typeof record === 'object' ? (record as Record<string, unknown>)[keyPath] : undefined);
          rec.note(store, recordKey as IDBValidKey | undefined, false);
          return key === undefined ? fn.call(target, record) : fn.call(target, record, key);
        };
      }
      if (!isIndex && prop === 'delete') {
        return (key: IDBValidKey | IDBKeyRange) => {
          rec.note(store, key, true);
          return fn.call(target, key);
        };
      }
      if (!isIndex && prop === 'index') {
        return (name: string) => wrapSource(fn.call(target, name) as object, store, rec, true);
      }
      if (CURSOR_OPENERS.has(prop)) {
        return (...args: unknown[]) => {
          const opened = fn.apply(target, args);
          return isPromise(opened) ? opened.then((cursor) => (cursor ? wrapCursor(cursor, store, rec) : cursor)) : opened;
        };
      }
      if (prop === 'iterate') {
        return (...args: unknown[]) => {
          const iterator = fn.apply(target, args) as AsyncIterableIterator<object>;
          return (async function* () {
            for await (const cursor of iterator) yield wrapCursor(cursor, store, rec);
          })();
        };
      }
      // `clear` empties a store wholesale (a restore that replaces everything): the team's copies
      // are not deleted for it; the records written back are queued as they are put.
      return fn.bind(target);
    },
  });
}

/**
 * `tx` wrapped so every change to a replicated store is noted in its `outbox` store (which `tx`
 * must span). `tracking.erase` marks deletes as erasures and leaves a tombstone in `syncState`.
 */
export function trackChanges<T extends object>(tx: T, stores: readonly string[], tracking: Tracking = {}): T {
  const raw = tx as unknown as { objectStore(name: string): object; objectStoreNames: DOMStringList };
  const outbox = raw.objectStore('outbox') as { put(value: OutboxEntry): unknown };
  const syncState = raw.objectStoreNames.contains('syncState') ? (raw.objectStore('syncState') as StateStore) : undefined;
  const rec = recorder(outbox, syncState, tracking);
  return new Proxy(tx, {
    get(target, prop) {
      if (prop === 'objectStore') {
        return (name: string) => wrapSource((target as unknown as typeof raw).objectStore(name), name, rec, false);
      }
      if (prop === 'store') {
        // The outbox widens the transaction; a write that asked for one store still has `tx.store`.
        return stores.length === 1 ? wrapSource(raw.objectStore(stores[0]!), stores[0]!, rec, false) : undefined;
      }
      const value: unknown = Reflect.get(target, prop, target);
      return typeof value === 'function' ? (value as AnyFn).bind(target) : value;
    },
  });
}

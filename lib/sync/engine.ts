import {
  docIdOf,
  type FullDB,
  type FullTx,
  type Handoff,
  handoff,
  isSyncedRecord,
  keepsDerived,
  type LeadlineDB,
  parseDocId,
  parseStored,
  putReplacing,
  SERVER_KEY,
  SETTINGS_KEY,
  type StoreName,
  SYNCED_STORES,
  type SyncedStore,
  type SyncStoreName,
  withSyncStores,
  writeTx,
} from '../db';
import { unwrap } from 'idb';
import { type Activity, defaultSettings, type OutboxEntry, type Settings, type SyncMeta } from '../model';
import type { SyncStatus, TeamConfig } from './config';
import { CouchClient, notAllowedError, SyncError, type ChangesReply, type CouchDoc, type CouchOptions } from './couch';
import { bodyOf, hashBody, hashRecord, recordFromDoc, RefusedDocError, stripDoc, toDoc, workspaceOf } from './mapping';
import { mergeRecords, mergeWorkspace } from './merge';
import { startTracking, targetOf, trackedTarget } from './tracking';

/*
 * One replication run: pull (`_changes` since the stored checkpoint, each document checked,
 * conflicts resolved on the server, merged with local changes still waiting), then push (the
 * outbox through `_bulk_docs`), and again while the server reports conflicts. Every piece of state
 * lives in IndexedDB (checkpoint, revisions, outbox, retry schedule, lease), so a service worker
 * stopped mid-run loses nothing and the next run, in any context, carries on.
 */

export const SYNC_STORES = Object.keys(SYNCED_STORES) as SyncedStore[];
const STATE_STORES: SyncStoreName[] = ['outbox', 'syncMeta', 'syncState'];

const ERASED = 'erased:';
const ERASED_RANGE = () => IDBKeyRange.bound(ERASED, `${ERASED}\uffff`);
/** Up to this many waiting changes, a pulled batch reads the outbox's keys at once rather than one by one. */
const PENDING_READ_ALL = 5_000;

/** Documents per `_changes` or `_bulk_docs` request. */
export const SYNC_BATCH = 500;
/**
 * Where a run's time goes, as User Timing measures (DevTools' Performance panel, and the bench reads
 * them from the background): the pull's waits for the server, each transaction of pulled changes
 * (its start and first reads, which wait for the last one's writes to settle; its checks and
 * requests; then the rest until it commits), the progress reports, the push.
 * Cleared when the next run starts, so they never pile up in a long-lived context.
 */
export const SYNC_MEASURES = {
  wait: 'leadline:sync:wait-for-server',
  start: 'leadline:sync:apply-start',
  check: 'leadline:sync:apply-checks',
  commit: 'leadline:sync:apply-commit',
  report: 'leadline:sync:progress-report',
  pull: 'leadline:sync:pull',
  push: 'leadline:sync:push',
} as const;

function measureSince(name: string, start: number): void {
  performance.measure(name, { start, duration: performance.now() - start });
}

/** How long a run may hold the lease before another context may take over (a stopped worker). */
const LEASE_MS = 120_000;
const RETRY_BASE_MS = 30_000;
const RETRY_MAX_MS = 30 * 60_000;

export interface SyncOptions extends CouchOptions {
  db: LeadlineDB;
  config: TeamConfig;
  /** Whether the browser lets Leadline reach the server's origin (the optional host permission). */
  hostAllowed?: (origin: string) => Promise<boolean>;
  /** Where the status goes (the background passes `saveSyncStatus`). */
  onStatus?: (status: SyncStatus) => void | Promise<void>;
  now?: () => number;
  batch?: number;
}

export interface SyncResult {
  pulled: number;
  pushed: number;
  refused: number;
  conflictsResolved: number;
  status: SyncStatus;
  /** Another run (a tab, the alarm) held the lease, so this one did nothing. */
  busy?: true;
}

/** A document refused on pull or a conflict worth a look, as Settings → Problems lists it. */
export interface SyncProblem {
  store: SyncedStore;
  key: string;
  message: string;
  at: number;
}

type State = FullTx<(SyncStoreName | SyncedStore)[]>;

async function getState<T>(db: FullDB, id: string): Promise<T | undefined> {
  return (await db.get('syncState', id))?.value as T | undefined;
}

/** Local changes not yet on the server. */
export async function waitingCount(db: LeadlineDB): Promise<number> {
  const full = withSyncStores(db);
  return full.objectStoreNames.contains('outbox') ? full.count('outbox') : 0;
}

/** Documents the server sent that were refused, and edits kept over a deletion, newest first. */
export async function listSyncProblems(db: LeadlineDB): Promise<SyncProblem[]> {
  const full = withSyncStores(db);
  if (!full.objectStoreNames.contains('syncState')) return [];
  const entries = await full.getAll('syncState', IDBKeyRange.bound('problem:', 'problem:\uffff'));
  return entries.map((entry) => entry.value as SyncProblem).sort((a, b) => b.at - a.at);
}

/** Takes the lease for a run; false when another context holds a live one. */
async function takeLease(db: FullDB, holder: string, now: number): Promise<boolean> {
  const tx = db.transaction('syncState', 'readwrite');
  if (!holdsLease((await tx.store.get(LEASE_KEY))?.value, holder, now)) {
    await tx.done;
    return false;
  }
  await tx.store.put(leaseRecord(holder, now));
  await tx.done;
  return true;
}

const LEASE_KEY = 'lease';

/** True when `holder` may run: the stored lease is its own, has run out, or there is none. */
function holdsLease(stored: unknown, holder: string, now: number): boolean {
  const current = stored as { holder: string; until: number } | undefined;
  return !current || current.until <= now || current.holder === holder;
}

const leaseRecord = (holder: string, now: number) => ({ id: LEASE_KEY, value: { holder, until: now + LEASE_MS }, at: now });

/** Thrown when a run finds its lease taken by another context (it had stalled past LEASE_MS): it stops. */
class LeaseLostError extends Error {}

async function dropLease(db: FullDB, holder: string): Promise<void> {
  const tx = db.transaction('syncState', 'readwrite');
  const current = (await tx.store.get(LEASE_KEY))?.value as { holder: string } | undefined;
  if (current?.holder === holder) await tx.store.delete(LEASE_KEY);
  await tx.done;
}

const seqNumber = (seq: string | number | undefined) => (typeof seq === 'number' ? seq : Number.parseInt(String(seq ?? '0'), 10) || 0);

/** Runs `work` in one transaction over the synced stores and the sync state; pages are told what changed. */
function applyTx<T>(db: LeadlineDB, work: (tx: State) => Promise<T>): Promise<T> {
  return writeTx(db, SYNC_STORES as StoreName[], (tx) => work(tx as unknown as State), { pulled: { extraStores: STATE_STORES } });
}

function problem(tx: State, store: SyncedStore, key: string, message: string, now: number): Promise<unknown> {
  const value: SyncProblem = { store, key, message: message.slice(0, 500), at: now };
  return tx.objectStore('syncState').put({ id: `problem:${docIdOf(store, key)}`, value, at: now });
}

function leadOf(store: SyncedStore, record: unknown): string | undefined {
  const leadKey = (SYNCED_STORES[store] as { leadKey?: string }).leadKey;
  if (store === 'leads') return (record as { id?: string }).id;
  const value = leadKey ? (record as Record<string, unknown>)[leadKey] : undefined;
  return typeof value === 'string' ? value : undefined;
}

function keptEditNote(leadId: string, docId: string, rev: string, now: number, what: string): Activity {
  return {
    id: `sync-${hashBody(['kept-edit', docId, rev])}`,
    leadId,
    type: 'updated',
    at: now,
    summary: what,
    details: { by: 'sync', document: docId.slice(0, 300) },
  };
}

/**
 * Resolves a document's conflicting revisions on the server: each losing revision's record is
 * merged into the winner (a broken one is only removed), and the merge plus a deletion of every
 * losing revision go up in one `_bulk_docs`, so conflicts never pile up. Resolves the document as
 * it now stands on the server.
 */
async function resolveConflicts(
  client: CouchClient,
  doc: CouchDoc,
  store: SyncedStore,
  key: string,
): Promise<{ doc: CouchDoc; notes: Activity[] }> {
  const losers = doc._conflicts ?? [];
  const versions = await client.openRevs(doc._id, losers);
  let merged: unknown;
  const notes: Activity[] = [];
  try {
    merged = recordFromDoc(store, key, doc);
  } catch {
    merged = undefined;
  }
  for (const version of versions) {
    if (version._deleted) continue;
    let record: unknown;
    try {
      record = recordFromDoc(store, key, version);
    } catch {
      continue;
    }
    if (store === 'settings') {
      const a = workspaceOf(doc);
      const b = workspaceOf(version);
      if (a && b) merged = { ...(merged as Settings), ...mergeWorkspace(a, b) };
      continue;
    }
    if (merged === undefined) {
      merged = record;
      continue;
    }
    const result = mergeRecords(store, merged, record);
    merged = result.record;
    notes.push(...result.notes);
  }
  const winner: CouchDoc =
    merged === undefined ? { _id: doc._id, _rev: doc._rev, _deleted: true } : toDoc(store, key, merged as never, doc._rev);
  const replies = await client.bulkDocs([winner, ...losers.map((rev) => ({ _id: doc._id, _rev: rev, _deleted: true }))]);
  const rev = replies[0]?.ok ? replies[0].rev : undefined;
  if (!rev) throw new SyncError('server', `The server refused resolving a conflict on ${doc._id.slice(0, 100)}`);
  return { doc: { ...winner, _rev: rev }, notes };
}

interface Incoming {
  store: SyncedStore;
  key: string;
  docId: string;
  rev: string;
  deleted: boolean;
  doc?: CouchDoc;
  notes: Activity[];
  /** An erasure notice from the team: the record is erased here too, and refused from then on. */
  erasure?: boolean;
}

/** Applies pulled changes (up to REPLIES_PER_APPLY replies) in one transaction, with the checkpoint after them. */
async function applyBatch(
  db: LeadlineDB,
  incoming: readonly Incoming[],
  checkpoint: string | number,
  now: number,
  options: { knownRevs: boolean; present?: PresentKeys; holder: string },
): Promise<{ applied: number; refused: number }> {
  const opened = performance.now();
  return applyTx(db, async (tx) => {
    let applied = 0;
    let refused = 0;
    const outbox = tx.objectStore('outbox');
    const meta = tx.objectStore('syncMeta');
    const state = tx.objectStore('syncState');
    // The bulk of a pull's writes (a revision per document, the records no derived store follows)
    // go to the stores as plain requests, with no promise each: one that fails aborts the
    // transaction, and `writeTx` throws its error.
    const rawMeta = unwrap(meta);
    const targets = new Map<SyncedStore, ReturnType<typeof tx.objectStore<SyncedStore>>>();
    const storeFor = (store: SyncedStore) => {
      let target = targets.get(store);
      if (!target) targets.set(store, (target = tx.objectStore(store)));
      return target;
    };
    const writes: Promise<unknown>[] = [];
    // Timeline entries a merge writes here are new local records: they go up like any other change.
    const note = (activity: Activity) => {
      writes.push(tx.objectStore('activities').put(activity));
      const id = docIdOf('activities', activity.id);
      writes.push(outbox.put({ id, store: 'activities', key: activity.id, change: `note-${now}-${activity.id}`, at: now }));
    };
    // What a document's handling depends on, read with as few requests as the batch allows: the
    // erased people and the waiting changes once per batch (both are small or empty on a first
    // sync), a document's last revision only when some were known before this pull, the local
    // record only where a merge needs it.
    const leadIdOf = (change: Incoming) => {
      const leadKey = (SYNCED_STORES[change.store] as { leadKey?: string }).leadKey;
      const value = leadKey ? change.doc?.[leadKey] : undefined;
      return typeof value === 'string' ? value : undefined;
    };
    const [erasedKeys, waiting, server, lease] = await Promise.all([
      state.getAllKeys(ERASED_RANGE()),
      outbox.count(),
      options.present ? state.get(SERVER_KEY) : undefined,
      state.get(LEASE_KEY),
    ]);
    // The run keeps its lease in the batch's own transaction (see `takeLease`): a run that lost it
    // (stalled past it while another context took over) writes nothing more, where a renewal after
    // the batch found out only once the batch was written.
    if (!holdsLease(lease?.value, options.holder, now)) throw new LeaseLostError();
    writes.push(state.put(leaseRecord(options.holder, now)));
    // Known absent only while every other write lands in the outbox (a server is set): those are read as pending.
    const present = server !== undefined ? options.present : undefined;
    const erased = new Set(erasedKeys.map((id) => String(id).slice(ERASED.length)));
    const pendingKeys =
      waiting === 0 ? new Set<string>() : waiting <= PENDING_READ_ALL ? new Set((await outbox.getAllKeys()).map(String)) : undefined;
    // Nothing to read for a document not waiting here, with no revision known (a first sync).
    const nothing = [undefined, false, undefined] as const;
    const reads = await Promise.all(
      incoming.map(async (change) => {
        if (!options.knownRevs && pendingKeys?.has(change.docId) === false && change.store !== 'settings') return nothing;
        const pending = pendingKeys ? pendingKeys.has(change.docId) : (await outbox.getKey(change.docId)) !== undefined;
        const [known, local] = await Promise.all([
          options.knownRevs ? meta.get(change.docId) : undefined,
          pending || change.store === 'settings' ? tx.objectStore(change.store).get(change.key) : undefined,
        ]);
        return [known, pending, local] as const;
      }),
    );
    const checksStart = performance.now();
    measureSince(SYNC_MEASURES.start, opened);
    for (const [index, change] of incoming.entries()) {
      const { store, key, docId, rev } = change;
      const target = storeFor(store);
      const [known, pending, local] = reads[index]!;
      const keys = present?.get(store);
      // Not there when the pull began, not written by it since, not changed here: a new record,
      // put without reading back what it replaces (the derived stores' upkeep would).
      const isNew = keys !== undefined && !pending && !keys.has(key);
      keys?.add(key);
      const erasedHere = erased.has(docId);
      const docLead = leadIdOf(change);
      const leadErased = docLead !== undefined && erased.has(docIdOf('leads', docLead));
      if (change.erasure) {
        if (erasedHere) continue;
        // Erased by a teammate (the server may have purged the person, so no deletion would come):
        // gone here too, whatever was waiting, and refused if anyone sends them again.
        writes.push(target.delete(key));
        if (pending) writes.push(outbox.delete(docId));
        writes.push(meta.put({ id: docId, rev: known?.rev ?? rev, hash: 'deleted' }));
        writes.push(state.put({ id: `${ERASED}${docId}`, value: true, at: now }));
        erased.add(docId);
        applied++;
        continue;
      }
      if (known?.rev === rev) continue;
      if (erasedHere) {
        if (!change.deleted) {
          refused++;
          writes.push(problem(tx, store, key, 'Refused from the team server: this person was erased here', now));
        }
        continue;
      }
      if (change.deleted) {
        if (pending && local !== undefined) {
          // Deleted elsewhere, edited here: the edit stays (pushed over the deletion), and it shows.
          writes.push(meta.put({ id: docId, rev, hash: 'deleted' }));
          writes.push(problem(tx, store, key, 'Deleted on another device while edited here: the edit was kept', now));
          const leadId = leadOf(store, local);
          if (leadId && store === 'leads') {
            note(keptEditNote(leadId, docId, rev, now, 'Deleted on another device while edited here: the edit was kept'));
          }
          continue;
        }
        // Deleting a record that is not here is harmless, and cheaper than reading it first.
        writes.push(target.delete(key));
        if (pending) writes.push(outbox.delete(docId));
        writes.push(meta.put({ id: docId, rev, hash: 'deleted' }));
        applied++;
        continue;
      }
      let record: unknown;
      try {
        const localSettings = store === 'settings' ? (parseStored('settings', local, SETTINGS_KEY) ?? defaultSettings()) : undefined;
        record = recordFromDoc(store, key, change.doc ?? {}, localSettings);
        const leadId = leadOf(store, record);
        if (store !== 'leads' && leadId && (leadErased || leadId !== docLead))
          throw new RefusedDocError('it belongs to a person erased here');
      } catch (error) {
        if (!(error instanceof RefusedDocError)) throw error;
        refused++;
        writes.push(problem(tx, store, key, `Refused from the team server: ${error.message}`, now));
        continue;
      }
      const remoteHash = hashRecord(store, record as never);
      let toWrite = record;
      if (pending && local !== undefined) {
        // Changed here too since the last sync: merge; the outbox entry stays, so the merge goes up.
        const current = parseStored(store, local, key);
        if (current !== undefined) {
          if (store === 'settings') {
            const remote = workspaceOf(bodyOf('settings', record as Settings));
            const mine = workspaceOf(bodyOf('settings', current as Settings));
            toWrite = remote && mine ? { ...(current as Settings), ...mergeWorkspace(remote, mine) } : record;
          } else {
            const merged = mergeRecords(store, current, record);
            toWrite = merged.record;
            merged.notes.forEach(note);
          }
        }
      } else if (pending && local === undefined) {
        // Deleted here, edited elsewhere: the edit comes back, and it shows.
        writes.push(outbox.delete(docId));
        writes.push(problem(tx, store, key, 'Deleted here while edited on another device: the edit was kept', now));
        const leadId = leadOf(store, record);
        if (store === 'leads' && leadId)
          note(keptEditNote(leadId, docId, rev, now, 'Deleted here while edited on another device: the edit was kept'));
      }
      change.notes.forEach(note);
      if (store === 'settings') writes.push(target.put(toWrite as never, key));
      else if (!keepsDerived(store)) unwrap(target).put(toWrite);
      else writes.push(isNew ? putReplacing(target, toWrite, undefined) : target.put(toWrite as never));
      rawMeta.put({ id: docId, rev, hash: remoteHash });
      applied++;
    }
    writes.push(state.put({ id: 'checkpoint', value: checkpoint, at: now }));
    measureSince(SYNC_MEASURES.check, checksStart);
    const commitStart = performance.now();
    await Promise.all(writes);
    return { applied, refused, commitStart };
  }).then(({ applied, refused, commitStart }) => {
    measureSince(SYNC_MEASURES.commit, commitStart);
    return { applied, refused };
  });
}

/** The keys of the stores a put reads back before replacing (derived upkeep), and those the pull wrote since. */
type PresentKeys = Map<SyncedStore, Set<string>>;

/**
 * On a first sync (no revision known): the keys those stores hold as the pull begins. A document
 * whose key is not among them, nor written since by the pull, nor waiting in the outbox (every
 * other write queues itself there while a server is set) is new here.
 */
async function presentKeys(db: FullDB): Promise<PresentKeys> {
  const stores = SYNC_STORES.filter((store) => store !== 'settings' && keepsDerived(store));
  const keys = await Promise.all(stores.map((store) => db.getAllKeys(store)));
  return new Map(stores.map((store, index) => [store, new Set(keys[index]!.map(String))]));
}

/**
 * `_changes` replies applied in one transaction. Each transaction reads the erased ids and the
 * waiting keys, writes the checkpoint, puts each domain's address summary and each company name's
 * domains once, and tells every open page: a first sync of 10,000 leads used about a fifth less
 * CPU with four replies to a transaction than with one (docs/sync.md). Replies stay `batch`
 * documents each, so no reply grows.
 */
const REPLIES_PER_APPLY = 4;

/**
 * Reads `_changes` from `since` one reply after another, without waiting for the caller: the
 * downloads go on while earlier replies are checked and written, at most one transaction's worth
 * ahead (more only holds more documents in memory: no quicker in the bench). `take()` gives the
 * replies in order, undefined after the last, and throws a failed download's error when its turn
 * comes; `stop()` (the pull failed) stops the downloads.
 */
function changesReader(client: CouchClient, since: string | number, batch: number): Handoff<ChangesReply> {
  const replies = handoff<ChangesReply>();
  void (async () => {
    let at = since;
    try {
      while (await replies.room(REPLIES_PER_APPLY)) {
        const reply = await client.changes(at, batch);
        replies.put(reply);
        if (reply.results.length < batch) break;
        at = reply.last_seq;
      }
      replies.end();
    } catch (error) {
      replies.fail(error);
    }
  })();
  return replies;
}

/** Pulls everything since the checkpoint. */
async function pull(
  db: LeadlineDB,
  client: CouchClient,
  options: {
    batch: number;
    now: () => number;
    holder: string;
    report: (done: number, total: number) => Promise<void>;
  },
): Promise<{ pulled: number; refused: number; conflicts: number }> {
  const full = withSyncStores(db);
  let since = (await getState<string | number>(full, 'checkpoint')) ?? 0;
  let pulled = 0;
  let refused = 0;
  let conflicts = 0;
  const start = seqNumber(since);
  let total: number | undefined;
  // Revisions known before this pull (none on a first sync): only then is each document's looked up.
  const knownRevs = (await full.getAllKeys('syncMeta', undefined, 1)).length > 0;
  const present = knownRevs ? undefined : await presentKeys(full);
  const reader = changesReader(client, since, options.batch);
  let failed: { error: unknown } | undefined;
  try {
    let last = false;
    while (!last) {
      const incoming: Incoming[] = [];
      let checkpoint = since;
      for (let count = 0; count < REPLIES_PER_APPLY && !last; count++) {
        let reply: ChangesReply | undefined;
        const waitStart = performance.now();
        try {
          reply = await reader.take();
          measureSince(SYNC_MEASURES.wait, waitStart);
        } catch (error) {
          // A failed download: what arrived before it is still written, then the run fails.
          failed = { error };
        }
        if (!reply) {
          last = true;
          break;
        }
        checkpoint = reply.last_seq;
        if (reply.results.length < options.batch) last = true;
        if (total === undefined && !last) {
          const info = await client.info();
          total = Math.max(0, seqNumber(info.update_seq) - start);
        }
        for (const result of reply.results) {
          if (result.id.startsWith(ERASED)) {
            const target = parseDocId(result.id.slice(ERASED.length));
            if (target && !result.deleted)
              incoming.push({ ...target, docId: result.id.slice(ERASED.length), rev: '', deleted: true, notes: [], erasure: true });
            continue;
          }
          const parsed = parseDocId(result.id);
          if (!parsed) continue;
          const doc = result.doc ?? undefined;
          let rev = result.changes[0]?.rev ?? '';
          let current = doc as CouchDoc | undefined;
          let notes: Activity[] = [];
          if (current && !result.deleted && Array.isArray(current._conflicts) && current._conflicts.length) {
            const resolved = await resolveConflicts(client, current, parsed.store, parsed.key);
            current = resolved.doc;
            notes = resolved.notes;
            rev = resolved.doc._rev ?? rev;
            conflicts++;
          } else if (typeof current?._rev === 'string') {
            rev = current._rev;
          }
          incoming.push({
            ...parsed,
            docId: result.id,
            rev,
            deleted: result.deleted === true || current?._deleted === true,
            doc: current,
            notes,
          });
        }
      }
      if (!incoming.length) {
        // Nothing Leadline keeps (or nothing at all): move the checkpoint without telling every page.
        if (String(checkpoint) !== String(since)) await full.put('syncState', { id: 'checkpoint', value: checkpoint, at: options.now() });
        since = checkpoint;
        continue;
      }
      const outcome = await applyBatch(db, incoming, checkpoint, options.now(), {
        knownRevs,
        holder: options.holder,
        ...(present ? { present } : {}),
      });
      pulled += outcome.applied;
      refused += outcome.refused;
      since = checkpoint;
      if (total !== undefined) {
        const reportStart = performance.now();
        await options.report(Math.min(total, seqNumber(since) - start), total);
        measureSince(SYNC_MEASURES.report, reportStart);
      }
    }
  } finally {
    reader.stop();
  }
  if (failed) throw failed.error;
  return { pulled, refused, conflicts };
}

/** Pushes the outbox; returns how many went up and how many the server reported in conflict. */
async function push(
  db: LeadlineDB,
  client: CouchClient,
  options: { batch: number; now: () => number; report: (done: number, total: number) => Promise<void> },
): Promise<{ pushed: number; conflicts: number }> {
  const full = withSyncStores(db);
  let after: string | undefined;
  let pushed = 0;
  let conflicts = 0;
  const total = await full.count('outbox');
  let done = 0;
  for (;;) {
    const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
    const read = full.transaction([...SYNC_STORES, 'outbox', 'syncMeta'] as const, 'readonly');
    const entries: OutboxEntry[] = await read.objectStore('outbox').getAll(range, options.batch);
    if (!entries.length) break;
    after = entries[entries.length - 1]!.id;
    const docs: CouchDoc[] = [];
    const sent: Array<{ entry: OutboxEntry; hash: string }> = [];
    const settled: OutboxEntry[] = [];
    const reads = await Promise.all(
      entries.map((entry) =>
        isSyncedRecord(entry.store, entry.key)
          ? Promise.all([read.objectStore(entry.store as SyncedStore).get(entry.key), read.objectStore('syncMeta').get(entry.id)])
          : Promise.resolve(undefined),
      ),
    );
    for (const [index, entry] of entries.entries()) {
      const store = entry.store as SyncedStore;
      const pair = reads[index];
      if (!pair) {
        settled.push(entry);
        continue;
      }
      const [raw, meta] = pair;
      const record = raw === undefined ? undefined : parseStored(store, raw, entry.key);
      if (record === undefined) {
        if (raw !== undefined || !meta || meta.hash === 'deleted') {
          // Never on the server, already deleted there, or unreadable here (left for Problems): nothing to send.
          settled.push(entry);
          continue;
        }
        docs.push({ _id: entry.id, _rev: meta.rev, _deleted: true });
        sent.push({ entry, hash: 'deleted' });
        continue;
      }
      const body = bodyOf(store, record as never);
      const hash = hashBody(body);
      if (meta && meta.hash === hash) {
        settled.push(entry);
        continue;
      }
      docs.push({ ...body, _id: entry.id, ...(meta ? { _rev: meta.rev } : {}) });
      sent.push({ entry, hash });
    }
    await read.done;
    const replies = docs.length ? await client.bulkDocs(docs) : [];
    const purges: Record<string, string[]> = {};
    const accepted: Array<SyncMeta & { entry: OutboxEntry }> = [];
    let refusedHere = 0;
    let firstRefusal: string | undefined;
    replies.forEach((reply, index) => {
      const item = sent[index];
      if (!item) return;
      if (reply.ok && reply.rev) {
        accepted.push({ id: item.entry.id, rev: reply.rev, hash: item.hash, entry: item.entry });
        if (item.entry.erase) purges[item.entry.id] = [reply.rev];
      } else if (reply.error === 'conflict') {
        conflicts++;
      } else {
        refusedHere++;
        firstRefusal ??= `${item.entry.id.slice(0, 100)}: ${reply.reason ?? reply.error ?? 'refused'}`;
      }
    });
    // Erased people: remove every revision from the server too (CouchDB keeps deleted revisions until then).
    if (Object.keys(purges).length) {
      for (const id of Object.keys(purges)) {
        const leaves = await client.openRevs(id, 'all').catch(() => []);
        purges[id] = [
          ...new Set([...purges[id]!, ...leaves.map((doc) => doc._rev).filter((rev): rev is string => typeof rev === 'string')]),
        ];
      }
      await client.purge(purges);
      // A notice for the team: a purged document leaves no deletion in anyone's `_changes`, so
      // teammates learn of the erasure from it (its id names only the record's random id).
      const notices = await client.bulkDocs(Object.keys(purges).map((id) => ({ _id: `${ERASED}${id}`, erased: true })));
      const failed = notices.find((reply) => !reply.ok && reply.error !== 'conflict');
      if (failed)
        throw new SyncError('server', `The server refused an erasure notice (${failed.reason ?? failed.error ?? 'refused'})`, false);
    }
    {
      // Only sync state changes here: no page needs telling.
      const tx = full.transaction(['outbox', 'syncMeta'], 'readwrite');
      const outbox = tx.objectStore('outbox');
      const meta = tx.objectStore('syncMeta');
      const writes: Promise<unknown>[] = [];
      const settle = async (entry: OutboxEntry) => {
        // Removed only if the record did not change again meanwhile (a new change token).
        const current = await outbox.get(entry.id);
        if (current?.change === entry.change) writes.push(outbox.delete(entry.id));
      };
      for (const item of accepted) {
        writes.push(meta.put({ id: item.id, rev: item.rev, hash: item.hash }));
        await settle(item.entry);
      }
      for (const entry of settled) await settle(entry);
      await Promise.all(writes);
      await tx.done;
    }
    pushed += accepted.length;
    done += entries.length;
    await options.report(Math.min(done, total), total);
    if (refusedHere)
      throw new SyncError('server', `The server refused ${refusedHere} change${refusedHere === 1 ? '' : 's'} (${firstRefusal})`, false);
  }
  return { pushed, conflicts };
}

async function retryState(db: FullDB): Promise<{ failures: number; nextAt: number } | undefined> {
  return getState(db, 'retry');
}

/** When the next automatic run may start after failures (exponential backoff); 0 when any time. */
export async function nextRetryAt(db: LeadlineDB): Promise<number> {
  return (await retryState(withSyncStores(db)))?.nextAt ?? 0;
}

/**
 * One full replication run. Never throws for server trouble: the status says what happened
 * (`idle` with `lastSyncAt`, `offline` with the waiting count, or `error` with one line), and a
 * failure schedules the next automatic run with exponential backoff.
 */
export async function syncOnce(options: SyncOptions): Promise<SyncResult> {
  const now = options.now ?? Date.now;
  const db = withSyncStores(options.db);
  const batch = options.batch ?? SYNC_BATCH;
  const holder = `${now()}-${Math.random().toString(36).slice(2)}`;
  const status = async (next: SyncStatus) => {
    await options.onStatus?.(next);
    return next;
  };
  const result: SyncResult = { pulled: 0, pushed: 0, refused: 0, conflictsResolved: 0, status: { state: 'off', waiting: 0 } };
  if (!options.config.enabled) {
    result.status = await status({ state: 'off', waiting: await waitingCount(options.db) });
    return result;
  }
  if (!(await takeLease(db, holder, now()))) {
    result.status = { state: 'syncing', waiting: await waitingCount(options.db) };
    result.busy = true;
    return result;
  }
  const previous = await getState<SyncStatus>(db, 'lastStatus');
  try {
    if (options.hostAllowed && !(await options.hostAllowed(new URL(options.config.serverUrl).origin)))
      throw notAllowedError(options.config);
    // The first run with this server (or the first after an upgrade) queues what is not on it yet.
    if ((await trackedTarget(options.db)) !== targetOf(options.config)) await startTracking(options.db, options.config, now());
    await status({
      state: 'syncing',
      waiting: await waitingCount(options.db),
      ...(previous?.lastSyncAt ? { lastSyncAt: previous.lastSyncAt } : {}),
    });
    const client = new CouchClient(options.config, options);
    await client.info();
    const progress = async (done: number, total: number) => {
      if (total > batch) await status({ state: 'syncing', waiting: await waitingCount(options.db), progress: { done, total } });
    };
    // A run longer than the lease (a first sync of 50,000 leads takes minutes) keeps it after each
    // batch: otherwise the minute alarm starts a second run beside it, from the same checkpoint. The
    // pull keeps it in each batch's own transaction (`applyBatch`); the push, here.
    const keepLeaseAndReport = async (done: number, total: number) => {
      if (!(await takeLease(db, holder, now()))) throw new LeaseLostError();
      await progress(done, total);
    };
    for (const name of Object.values(SYNC_MEASURES)) performance.clearMeasures(name);
    for (let round = 0; round < 4; round++) {
      const pullStart = performance.now();
      const pulled = await pull(options.db, client, { batch, now, holder, report: progress });
      measureSince(SYNC_MEASURES.pull, pullStart);
      result.pulled += pulled.pulled;
      result.refused += pulled.refused;
      result.conflictsResolved += pulled.conflicts;
      const pushStart = performance.now();
      const pushed = await push(options.db, client, { batch, now, report: keepLeaseAndReport });
      measureSince(SYNC_MEASURES.push, pushStart);
      result.pushed += pushed.pushed;
      if (!pushed.conflicts) break;
    }
    const at = now();
    await db.put('syncState', { id: 'retry', value: { failures: 0, nextAt: 0 }, at });
    result.status = await status({ state: 'idle', waiting: await waitingCount(options.db), lastSyncAt: at });
  } catch (error) {
    if (error instanceof LeaseLostError) {
      // Another context carries on from the checkpoint; this one reports nothing.
      result.status = { state: 'syncing', waiting: await waitingCount(options.db) };
      result.busy = true;
      return result;
    }
    const failure =
      error instanceof SyncError
        ? error
        : new SyncError('server', `Sync failed: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300), false);
    const retry = await retryState(db);
    const failures = (retry?.failures ?? 0) + 1;
    const at = now();
    const delay = Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (failures - 1));
    await db.put('syncState', { id: 'retry', value: { failures, nextAt: at + delay }, at });
    result.status = await status({
      state: failure.kind === 'unreachable' ? 'offline' : 'error',
      waiting: await waitingCount(options.db),
      lastError: failure.message.slice(0, 300),
      ...(previous?.lastSyncAt ? { lastSyncAt: previous.lastSyncAt } : {}),
    });
    if (!(error instanceof SyncError)) console.error('Leadline: sync failed', error);
  } finally {
    if (!result.busy) await db.put('syncState', { id: 'lastStatus', value: result.status, at: now() });
    await dropLease(db, holder);
  }
  return result;
}

/** Exposed for tests and the bench: the raw document text a record would travel as. */
export function docText(store: SyncedStore, key: string, record: unknown): string {
  return JSON.stringify(stripDoc(toDoc(store, key, record as never)));
}

import { openDB } from 'idb';
import {
  ACTIVITY_ROWS,
  LEAD_ROWS,
  DB_NAME,
  DOMAIN_ADDRESSES,
  getDb,
  getSettings,
  keyPathOf,
  type LeadlineDB,
  MIGRATIONS,
  onChange,
  openLeadlineDb,
  parseForWrite,
  readChunks,
  readChunksInLanes,
  rebuildCompanyDomains,
  rebuildDomainAddresses,
  searchLeads,
  STORE_NAMES,
  StoreMirror,
  SYNCED_STORES,
  type SyncedStore,
  withDerivedKeys,
  withSyncStores,
  writeTx,
} from '@/lib/db';
import { generateDemoData, type DemoData } from '@/lib/demo';
import { extractProspects } from '@/lib/extract';
import { companyDomainFor, likelyEmailFor, saveLead, updateLead } from '@/lib/leads';
import { requestHosts } from '@/lib/browser';
import { loadSyncStatus, serverOriginPattern, toDoc, type TeamConfigInput } from '@/lib/sync';
import { connectTeam, requestSyncNow } from '@/lib/team';
import { reminderState } from '@/lib/sequences';
import { effectiveTimeZone } from '@/lib/time';

/** Milliseconds taken by each run of `work`. */
async function timeEach(runs: number, work: (run: number) => unknown): Promise<number[]> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    await work(run);
    times.push(performance.now() - start);
  }
  return times;
}

/** True for a value IndexedDB accepts as a key (what an index holds an entry for). */
function isValidKey(value: unknown): boolean {
  if (typeof value === 'string' || value instanceof Date) return true;
  if (typeof value === 'number') return !Number.isNaN(value);
  return Array.isArray(value) && value.every(isValidKey);
}

const SEED_STORES = ['campaigns', 'sequences', 'templates', 'enrollments', 'tasks', 'leads', 'activities'] as const;

/** Writes records without going through lib/db: the data comes from the generator, already valid. */
async function putRaw(db: LeadlineDB, store: (typeof SEED_STORES)[number], records: readonly unknown[]): Promise<void> {
  const chunk = 5000;
  for (let start = 0; start < records.length; start += chunk) {
    const tx = db.transaction(store, 'readwrite');
    for (const record of records.slice(start, start + chunk)) void tx.store.put(record as never);
    await tx.done;
  }
}

/**
 * In-page measurements for the benchmark suite. Only the bench build includes this module; the
 * driver (tests/bench) calls it through `window.leadlineBench`.
 */
export const benchApi = {
  /**
   * Stores sample data for `leads` leads (about 4 activities a lead, an open task for one lead in
   * ten, campaigns in proportion). Seeding is set-up, not a measured figure: it writes raw records.
   */
  async seed(leads: number, seed = 42, now = Date.now()): Promise<Record<string, number>> {
    const data: DemoData = generateDemoData({ leads, seed, now });
    const db = await getDb();
    const counts: Record<string, number> = {};
    for (const store of SEED_STORES) {
      counts[store] = data[store].length;
      await putRaw(db, store, data[store]);
    }
    // Raw writes bypass writeTx, which keeps each domain's address summary and the domains per
    // company name: build them once.
    counts.domains = await rebuildDomainAddresses(db);
    counts.companyNames = await rebuildCompanyDomains(db);
    return counts;
  },

  /** The generated leads' first emails, for building a CSV that half matches stored leads. */
  sampleEmails(
    leads: number,
    seed = 42,
    now = Date.now(),
    every = 3,
  ): Array<{ first: string; last: string; email: string; company: string }> {
    return generateDemoData({ leads, seed, now })
      .leads.filter((_, index) => index % every === 0)
      .map((lead) => ({
        first: lead.firstName ?? '',
        last: lead.lastName ?? '',
        email: lead.emails[0] ?? '',
        company: lead.company ?? '',
      }));
  },

  /**
   * saveLead (duplicate detection included) for `runs` new people, then `runs` captures of the same
   * people; before each save, its floor: raw idb, one transaction putting a generated lead and one
   * of its activities into the real stores (their indexes included), made ready beforehand and
   * deleted afterwards. The people are new to the store on every call (a kept profile holds earlier
   * calls' people).
   */
  async saveLeadTimes(runs: number): Promise<{ created: number[]; merged: number[]; floor: number[] }> {
    const db = await getDb();
    const tag = Date.now().toString(36);
    const capture = (source: 'linkedin' | 'gmail', url: string) => ({
      kind: 'capture' as const,
      provenance: { source, url, at: Date.now() },
      strategies: {},
    });
    const demo = generateDemoData({ leads: 2 * runs, seed: 17 });
    const ready = demo.leads.map((lead, index) => {
      const id = `bench-floor-${tag}-${index}`;
      const activity = demo.activities.find((record) => record.leadId === lead.id)!;
      return { lead: withDerivedKeys({ ...lead, id, sample: undefined }), activity: { ...activity, id: `${id}-activity`, leadId: id } };
    });
    const floor: number[] = [];
    const rawPut = async () => {
      const { lead, activity } = ready[floor.length]!;
      const start = performance.now();
      const tx = db.transaction(['leads', 'activities'], 'readwrite');
      await Promise.all([tx.objectStore('leads').put(lead), tx.objectStore('activities').put(activity), tx.done]);
      floor.push(performance.now() - start);
    };
    const person = (run: number) => ({ fullName: `Bench Person ${tag} ${run}`, emails: [`bench.person.${tag}.${run}@bench.example`] });
    // Each save is timed alone, right after its floor.
    const timedSave = async (input: Parameters<typeof saveLead>[1]) => {
      await rawPut();
      const start = performance.now();
      await saveLead(db, input);
      return performance.now() - start;
    };
    const created: number[] = [];
    for (let run = 0; run < runs; run++)
      created.push(
        await timedSave({ patch: { ...person(run), title: 'Tester' }, origin: capture('linkedin', 'https://www.linkedin.com/in/bench/') }),
      );
    const merged: number[] = [];
    for (let run = 0; run < runs; run++)
      merged.push(
        await timedSave({
          patch: { ...person(run), location: 'Bench City' },
          origin: capture('gmail', 'https://mail.google.com/mail/u/0/'),
        }),
      );
    const cleanup = db.transaction(['leads', 'activities'], 'readwrite');
    await Promise.all([
      ...ready.flatMap(({ lead, activity }) => [
        cleanup.objectStore('leads').delete(lead.id),
        cleanup.objectStore('activities').delete(activity.id),
      ]),
      cleanup.done,
    ]);
    return { created, merged, floor };
  },

  /** searchLeads latency for each query (the popup's search-as-you-type path). */
  async searchTimes(queries: string[], limit = 8): Promise<number[]> {
    const db = await getDb();
    return timeEach(queries.length, (run) => searchLeads(db, queries[run]!, limit));
  },

  /**
   * likelyEmailFor latency: the company domain found (given, or from other leads of the company)
   * and the guess worked out from that domain's known addresses only.
   */
  async likelyEmailTimes(runs: number): Promise<{
    byDomain: number[];
    byCompany: number[];
    domainOfCompany: number[];
    floor: number[];
    email: string | undefined;
    known: number;
  }> {
    const db = await getDb();
    let email: string | undefined;
    let known = 0;
    // The floor: the one indexed read a guess needs, raw idb (the domain's summary record).
    const floor = await timeEach(runs, async () => {
      const summary = (await db.get(DOMAIN_ADDRESSES as never, 'northwind-analytics.example')) as { leads: unknown[] } | undefined;
      known = summary?.leads.length ?? 0;
    });
    const byDomain = await timeEach(runs, async () => {
      email = (await likelyEmailFor(db, { fullName: 'Maya Ortiz', companyDomain: 'northwind-analytics.example' })).guess?.email;
    });
    const byCompany = await timeEach(runs, () => likelyEmailFor(db, { fullName: 'Maya Ortiz', company: 'Northwind Analytics' }));
    // The company→domain step alone: one read by key of the name's domains.
    const domainOfCompany = await timeEach(runs, () => companyDomainFor(db, { company: 'Northwind Analytics' }));
    return { byDomain, byCompany, domainOfCompany, floor, email, known };
  },

  /** The badge's recomputation (what the background runs after a change), `runs` times. */
  async badgeTimes(runs: number, now = Date.now()): Promise<{ times: number[]; dueCount: number }> {
    const db = await getDb();
    const timeZone = effectiveTimeZone((await getSettings(db)).timeZone);
    let dueCount = 0;
    const times = await timeEach(runs, async () => {
      dueCount = (await reminderState(db, now, timeZone)).dueCount;
    });
    return { times, dueCount };
  },

  /**
   * The same bulk insert through lib/db (zod parse + writeTx) and through raw idb in one
   * transaction, into two scratch databases: our overhead over the storage floor.
   */
  async storageRatio(count: number, libFirst = false): Promise<{ libMs: number; rawMs: number }> {
    const leads = generateDemoData({ leads: count, seed: 7 }).leads.map((lead) => withDerivedKeys({ ...lead, sample: undefined }));
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const libDb = await openLeadlineDb({ name: `${DB_NAME}-bench-lib-${suffix}` });
    const rawDb = await openLeadlineDb({ name: `${DB_NAME}-bench-raw-${suffix}` });
    // The caller alternates the order: the raw write ran a third slower when it went second (the
    // database's backend still at work on the first), and neither side should always go second.
    const lib = async () => {
      const start = performance.now();
      await writeTx(libDb, ['leads'], async (tx) => {
        await Promise.all(leads.map((lead) => tx.store.put(parseForWrite('leads', lead))));
      });
      return performance.now() - start;
    };
    const raw = async () => {
      const start = performance.now();
      const tx = rawDb.transaction('leads', 'readwrite');
      await Promise.all([...leads.map((lead) => tx.store.put(lead)), tx.done]);
      return performance.now() - start;
    };
    let libMs: number;
    let rawMs: number;
    if (libFirst) {
      libMs = await lib();
      rawMs = await raw();
    } else {
      rawMs = await raw();
      libMs = await lib();
    }
    for (const scratch of [libDb, rawDb]) {
      scratch.close();
      indexedDB.deleteDatabase(scratch.name);
    }
    return { libMs, rawMs };
  },

  /** Reading every record of a store with raw idb `getAll`: the floor under anything that needs them all. */
  async rawReadAll(store: 'leads' | 'activities'): Promise<{ ms: number; count: number }> {
    const db = await getDb();
    const start = performance.now();
    const count = (await db.getAll(store)).length;
    return { ms: performance.now() - start, count };
  },

  /**
   * Raw IndexedDB, no Leadline code: `count` generated leads put in one transaction into a scratch
   * store WITHOUT any index. No import of that many rows can write faster on this machine.
   */
  async rawInsertWithoutIndexes(count: number): Promise<number> {
    const leads = generateDemoData({ leads: count, seed: 11 }).leads.map((lead) => withDerivedKeys({ ...lead, sample: undefined }));
    const name = `${DB_NAME}-bench-bare-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const db = await openDB(name, 1, { upgrade: (scratch) => void scratch.createObjectStore('leads', { keyPath: 'id' }) });
    const start = performance.now();
    const tx = db.transaction('leads', 'readwrite');
    await Promise.all([...leads.map((lead) => tx.store.put(lead)), tx.done]);
    const ms = performance.now() - start;
    db.close();
    indexedDB.deleteDatabase(name);
    return ms;
  },

  /** extractProspects on a fixture's HTML at its URL, `runs` times (parsing excluded). */
  extractTimes(html: string, url: string, runs: number): Promise<{ times: number[]; drafts: number }> {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    let drafts = 0;
    return timeEach(runs, () => {
      drafts = extractProspects(doc, url).length;
    }).then((times) => ({ times, drafts }));
  },

  /**
   * Index entries per lead across every index of the leads store, for the stored leads: each
   * index's key path read from the database itself (a multiEntry index holds one entry per distinct
   * valid key of its array), so the figure follows whatever layout the migrations left. Median and
   * mean over the leads, and the mean per index.
   */
  async indexEntriesPerLead(): Promise<{ median: number; mean: number; perIndex: Record<string, number> }> {
    const db = await getDb();
    const store = db.transaction('leads').store;
    const indexes = [...store.indexNames].map((name) => {
      const index = store.index(name);
      return { name, keyPath: index.keyPath as string, multiEntry: index.multiEntry };
    });
    const leads = (await store.getAll()) as unknown as Array<Record<string, unknown>>;
    const perIndex: Record<string, number> = {};
    const totals = leads.map((lead) => {
      let total = 0;
      for (const { name, keyPath, multiEntry } of indexes) {
        const value = lead[keyPath];
        const entries =
          multiEntry && Array.isArray(value)
            ? new Set(value.filter(isValidKey).map((key) => JSON.stringify(key))).size
            : isValidKey(value)
              ? 1
              : 0;
        perIndex[name] = (perIndex[name] ?? 0) + entries;
        total += entries;
      }
      return total;
    });
    totals.sort((a, b) => a - b);
    for (const name of Object.keys(perIndex)) perIndex[name] = perIndex[name]! / Math.max(1, leads.length);
    return {
      median: totals[Math.floor(totals.length / 2)] ?? 0,
      mean: totals.reduce((a, b) => a + b, 0) / Math.max(1, leads.length),
      perIndex,
    };
  },

  /**
   * The import's floor: every lead and timeline entry the newest import wrote, put again with raw
   * idb in one transaction into the real stores of this database (at its size, with its indexes),
   * as copies under new ids so that each put is an insert as the import's new leads were. The
   * copies are deleted afterwards (not timed).
   */
  async importFloor(): Promise<{ ms: number; leads: number; activities: number }> {
    const db = await getDb();
    const newest = await db.transaction('imports').store.index('at').openCursor(null, 'prev');
    const undo = newest ? await db.get('importUndo', newest.value.id) : undefined;
    if (!undo) throw new Error('No import to measure against');
    const ids = [...undo.createdLeadIds, ...undo.updated.map((entry) => entry.before.id)];
    const read = db.transaction(['leads', 'activities']);
    const [leads, activities] = await Promise.all([
      Promise.all(ids.map((id) => read.objectStore('leads').get(id))),
      Promise.all(undo.activityIds.map((id) => read.objectStore('activities').get(id))),
    ]);
    const copy = <T extends { id: string }>(record: T | undefined) => (record ? { ...record, id: `${record.id}-floor` } : undefined);
    const leadCopies = leads.map(copy).filter((lead) => lead !== undefined);
    const activityCopies = activities.map(copy).filter((activity) => activity !== undefined);
    const start = performance.now();
    const tx = db.transaction(['leads', 'activities'], 'readwrite');
    for (const lead of leadCopies) void tx.objectStore('leads').put(lead);
    for (const activity of activityCopies) void tx.objectStore('activities').put(activity);
    await tx.done;
    const ms = performance.now() - start;
    const cleanup = db.transaction(['leads', 'activities'], 'readwrite');
    for (const lead of leadCopies) void cleanup.objectStore('leads').delete(lead.id);
    for (const activity of activityCopies) void cleanup.objectStore('activities').delete(activity.id);
    await cleanup.done;
    return { ms, leads: leadCopies.length, activities: activityCopies.length };
  },

  /**
   * The restore's floor: every record this database holds (after a restore: every record the
   * backup held) put with raw idb in one transaction into an empty database with the real stores
   * and indexes. Reading them is not timed; the scratch database is deleted afterwards.
   */
  async restoreFloor(): Promise<{ ms: number; records: number }> {
    const db = await getDb();
    const read = db.transaction([...STORE_NAMES]);
    const contents = await Promise.all(
      STORE_NAMES.map(async (store) => ({
        store,
        values: await read.objectStore(store).getAll(),
        keys: store === 'settings' ? await read.objectStore(store).getAllKeys() : undefined,
      })),
    );
    const name = `${DB_NAME}-bench-restore-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const scratch = await openLeadlineDb({ name });
    const start = performance.now();
    const tx = scratch.transaction([...STORE_NAMES], 'readwrite');
    let records = 0;
    for (const { store, values, keys } of contents) {
      const target = tx.objectStore(store) as unknown as { put(value: unknown, key?: IDBValidKey): Promise<unknown> };
      values.forEach((value, index) => void (keys ? target.put(value, keys[index]) : target.put(value)));
      records += values.length;
    }
    await tx.done;
    const ms = performance.now() - start;
    scratch.close();
    indexedDB.deleteDatabase(name);
    return { ms, records };
  },

  /**
   * Raw idb insert of `count` generated leads in one transaction into an empty leads store laid out
   * as version 7 left it (12 indexes, recency keys of two and three letters) and as the current
   * migrations leave it: what the index layout alone costs a bulk write.
   */
  async rawInsertByLayout(count: number): Promise<{ before: number; after: number; entriesBefore: number; entriesAfter: number }> {
    const current = generateDemoData({ leads: count, seed: 13 }).leads.map((lead) => withDerivedKeys({ ...lead, sample: undefined }));
    // Version 7's derived keys: recency keys of the first two and three letters of every search word.
    const old = current.map((lead) => ({
      ...lead,
      recent: [...new Set(lead.search.flatMap((token) => [token.slice(0, 2), token.slice(0, 3)]))].map((prefix) => [
        prefix,
        lead.updatedAt,
      ]),
    }));
    const entries = (paths: ReadonlyArray<{ keyPath: string; multiEntry: boolean }>, leads: ReadonlyArray<Record<string, unknown>>) => {
      let total = 0;
      for (const lead of leads) {
        for (const { keyPath, multiEntry } of paths) {
          const value = lead[keyPath];
          total +=
            multiEntry && Array.isArray(value)
              ? new Set(value.filter(isValidKey).map((key) => JSON.stringify(key))).size
              : isValidKey(value)
                ? 1
                : 0;
        }
      }
      return total / Math.max(1, leads.length);
    };
    const time = async (migrations: typeof MIGRATIONS, leads: readonly unknown[]) => {
      const name = `${DB_NAME}-bench-layout-${Date.now()}-${Math.random().toString(36).slice(2)}`;
      const db = await openLeadlineDb({ name, migrations });
      const store = db.transaction('leads').store;
      const paths = [...store.indexNames].map((index) => ({
        keyPath: store.index(index).keyPath as string,
        multiEntry: store.index(index).multiEntry,
      }));
      const start = performance.now();
      const tx = db.transaction('leads', 'readwrite');
      for (const lead of leads) void tx.store.put(lead as never);
      await tx.done;
      const ms = performance.now() - start;
      db.close();
      indexedDB.deleteDatabase(name);
      return { ms, entries: entries(paths, leads as ReadonlyArray<Record<string, unknown>>) };
    };
    const before = await time(MIGRATIONS.slice(0, 7), old);
    const after = await time(MIGRATIONS, current);
    return { before: before.ms, after: after.ms, entriesBefore: before.entries, entriesAfter: after.entries };
  },

  /**
   * Reading every record of `store` four ways, in turns over `rounds` rounds (the order rotates, so
   * the machine's drift hits each alike): one raw getAll (the floor); the mirror's full load as it
   * was (a count first, then one chain of 2,500-record chunks, each projected into the map and
   * followed by a pause); the same chain with no count first and a pause only once a frame's time
   * has gone by; and the mirror's full load as it is (`StoreMirror`: two lanes). Times per round, in ms.
   */
  async readWaysInTurns(store: 'activities' | 'leads', rounds: number): Promise<Array<Record<string, number>>> {
    const db = await getDb();
    const spec = store === 'activities' ? ACTIVITY_ROWS : LEAD_ROWS;
    const pause = () => new Promise((resolve) => setTimeout(resolve, 0));
    const chain = async (countFirst: boolean, everyChunk: boolean) => {
      const tx = db.transaction(store);
      const rows = new Map<string, unknown>();
      if (countFirst) await tx.store.count();
      let painted = performance.now();
      for await (const chunk of readChunks(tx.store, 2500)) {
        for (const raw of chunk) rows.set((raw as { id: string }).id, spec.project(raw));
        if (everyChunk || performance.now() - painted >= 16) {
          await pause();
          painted = performance.now();
        }
      }
    };
    const ways: Record<string, () => Promise<unknown>> = {
      getAll: () => db.getAll(store),
      before: () => chain(true, true),
      chain: () => chain(false, false),
      mirror: () => new StoreMirror<unknown>(spec, 2500).refresh(db),
    };
    const names = Object.keys(ways);
    const results: Array<Record<string, number>> = [];
    for (let round = 0; round < rounds; round++) {
      const result: Record<string, number> = {};
      for (let k = 0; k < names.length; k++) {
        const name = names[(round + k) % names.length]!;
        const start = performance.now();
        await ways[name]!();
        result[name] = performance.now() - start;
      }
      results.push(result);
    }
    return results;
  },

  /**
   * The reports' first read of every activity, piece by piece against the raw floor: one raw
   * getAll; the same records in the mirror's chunks (2,500, next chunk asked for as one arrives);
   * those chunks projected to report rows (the schema check); the mirror's whole load (with a
   * pause for the page to paint after each chunk).
   */
  async activityLoadPieces(): Promise<{
    getAll: number;
    count: number;
    countByTime: number;
    chunks: number;
    project: number;
    lanes: number;
    mirror: number;
  }> {
    const db = await getDb();
    const timed = async (work: () => Promise<unknown>) => {
      const start = performance.now();
      await work();
      return performance.now() - start;
    };
    const chunked = async (project: boolean) => {
      for await (const chunk of readChunks(db.transaction('activities').store, 2500))
        if (project) for (const raw of chunk) ACTIVITY_ROWS.project(raw);
    };
    const getAll = await timed(() => db.getAll('activities'));
    const count = await timed(() => db.count('activities'));
    const countByTime = await timed(() => db.countFromIndex('activities', 'at'));
    const chunks = await timed(() => chunked(false));
    const project = await timed(() => chunked(true));
    const lanes = await timed(async () => {
      for await (const chunk of readChunksInLanes(db.transaction('activities').store, 2500))
        for (const raw of chunk) ACTIVITY_ROWS.project(raw);
    });
    const mirror = await timed(() => new StoreMirror(ACTIVITY_ROWS).refresh(db));
    return { getAll, count, countByTime, chunks, project, lanes, mirror };
  },

  /**
   * Fills a team database with the documents of `leads` generated leads and everything about them
   * (the seed's data: same generator, same seed), each mapped as Leadline pushes it (`toDoc`, from
   * the record as `parseForWrite` leaves it), `_bulk_docs` 1,000 at a time. Set-up, not a figure:
   * the Chromium profile that syncs afterwards is a different, empty one.
   */
  async fillTeamServer(
    server: { url: string; database: string; username: string; password: string },
    leads: number,
    seed = 42,
    now = Date.now(),
  ): Promise<{ docs: number; byStore: Record<string, number>; ms: number }> {
    const start = performance.now();
    const data = generateDemoData({ leads, seed, now });
    const auth = basicAuth(server);
    const byStore: Record<string, number> = {};
    let docs = 0;
    let batch: unknown[] = [];
    const send = async () => {
      if (!batch.length) return;
      const response = await fetch(`${server.url}/${server.database}/_bulk_docs`, {
        method: 'POST',
        headers: { Authorization: auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({ docs: batch }),
      });
      const replies = (await response.json()) as Array<{ ok?: boolean; error?: string }>;
      const failed = Array.isArray(replies) ? replies.find((reply) => !reply.ok) : replies;
      if (response.status !== 201 || failed) throw new Error(`_bulk_docs answered ${response.status}: ${JSON.stringify(failed)}`);
      docs += batch.length;
      batch = [];
    };
    for (const store of SEED_STORES) {
      const keyPath = keyPathOf(store);
      byStore[store] = data[store].length;
      for (const raw of data[store]) {
        const record = parseForWrite(store, raw);
        batch.push(toDoc(store, String((record as Record<string, unknown>)[keyPath]), record as never));
        if (batch.length === 1000) await send();
      }
    }
    await send();
    return { docs, byStore, ms: performance.now() - start };
  },

  /**
   * The host permission of a team server, asked for as Connect asks (`serverOriginPattern`; the
   * harness's profile holds it already, as a person's "Allow" is kept, so no prompt shows).
   */
  allowServer(serverUrl: string): Promise<boolean> {
    return requestHosts([serverOriginPattern({ serverUrl })]);
  },

  /** Settings → Team's Connect, as the form calls it (the permission request included). */
  async connectTeam(input: TeamConfigInput): Promise<{ ok: boolean; message?: string }> {
    const result = await connectTeam(getDb, input, requestHosts);
    return result.ok ? { ok: true } : { ok: false, message: result.message ?? JSON.stringify(result.errors) };
  },

  /**
   * "Sync now" from this page: the background runs the replication (lib/background/sync.ts), as
   * for the button. Milliseconds from the request until the background answers that the run is
   * over (every pulled record written, the checkpoint stored, the status saved), with what it left.
   */
  async timedSyncNow(): Promise<{
    ms: number;
    state: string;
    lastError?: string;
    counts: Record<string, number>;
    records: number;
    checkpoint: unknown;
  }> {
    const start = performance.now();
    await requestSyncNow();
    const ms = performance.now() - start;
    const status = await loadSyncStatus();
    const db = withSyncStores(await getDb());
    const stores = Object.keys(SYNCED_STORES) as SyncedStore[];
    const read = db.transaction([...stores, 'syncState']);
    const counts: Record<string, number> = {};
    for (const store of stores) counts[store] = await read.objectStore(store).count();
    const checkpoint: unknown = (await read.objectStore('syncState').get('checkpoint'))?.value;
    const records = Object.values(counts).reduce((sum, count) => sum + count, 0);
    return { ms, state: status.state, ...(status.lastError ? { lastError: status.lastError } : {}), counts, records, checkpoint };
  },

  /**
   * The first sync's floor: every record the synced stores hold (what the sync wrote), read back
   * (not timed), then put with raw idb into the same stores of an empty second database (the real
   * stores and indexes), 500 a transaction, store by store: the sync's own batch, as the Node
   * bench's floor (tests/bench/sync.node-bench.ts). No checks, no derived stores, no sync state.
   * The scratch database is deleted afterwards.
   */
  async syncFloor(): Promise<{ ms: number; records: number }> {
    const db = await getDb();
    const stores = Object.keys(SYNCED_STORES) as SyncedStore[];
    const read = db.transaction(stores);
    const contents = await Promise.all(
      stores.map(async (store) => ({
        store,
        values: await read.objectStore(store).getAll(),
        keys: store === 'settings' ? await read.objectStore(store).getAllKeys() : undefined,
      })),
    );
    const name = `${DB_NAME}-bench-sync-floor-${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const scratch = await openLeadlineDb({ name });
    let records = 0;
    const start = performance.now();
    for (const { store, values, keys } of contents) {
      for (let from = 0; from < values.length; from += 500) {
        const tx = scratch.transaction(store, 'readwrite');
        const target = tx.store as unknown as { put(value: unknown, key?: IDBValidKey): Promise<unknown> };
        const puts: Array<Promise<unknown>> = [];
        for (let index = from; index < Math.min(values.length, from + 500); index++)
          puts.push(keys ? target.put(values[index], keys[index]) : target.put(values[index]));
        await Promise.all([...puts, tx.done]);
      }
      records += values.length;
    }
    const ms = performance.now() - start;
    scratch.close();
    indexedDB.deleteDatabase(name);
    return { ms, records };
  },

  /**
   * The server's share: every document of the team database read by the cheapest request that
   * still reports conflicts (`_all_docs?include_docs=true&conflicts=true`, 500 a page, each page
   * parsed), nothing written. No first sync can be quicker than the server takes to send them.
   */
  async downloadAll(server: { url: string; database: string; username: string; password: string }): Promise<{ ms: number; docs: number }> {
    const auth = basicAuth(server);
    const start = performance.now();
    let docs = 0;
    let after: string | undefined;
    for (;;) {
      const query = new URLSearchParams({ include_docs: 'true', conflicts: 'true', limit: '500' });
      if (after !== undefined) {
        query.set('startkey', JSON.stringify(after));
        query.set('skip', '1');
      }
      const response = await fetch(`${server.url}/${server.database}/_all_docs?${query.toString()}`, { headers: { Authorization: auth } });
      const page = (await response.json()) as { rows: Array<{ id: string }> };
      docs += page.rows.length;
      if (page.rows.length < 500) break;
      after = page.rows[page.rows.length - 1]!.id;
    }
    return { ms: performance.now() - start, docs };
  },

  /** The id of one stored lead (the first by key). */
  async someLeadId(): Promise<string> {
    const [id] = await (await getDb()).getAllKeys('leads', undefined, 1);
    if (id === undefined) throw new Error('No lead stored');
    return String(id);
  },

  /**
   * An edit as the lead page's form saves it (`updateLead`): a new title. Returns the wall clock
   * (`Date.now()`) just before the write, to compare with the other profile's.
   */
  async editLeadTitle(id: string, title: string): Promise<number> {
    const at = Date.now();
    await updateLead(await getDb(), id, { fields: { title } });
    return at;
  },

  /**
   * Waits until the lead's stored title is `title`, checking after each change Leadline announces
   * (lib/db's change signal: every committed write, here or in the background) and every 250 ms
   * besides; returns the wall clock (`Date.now()`) when it was read, or throws after `timeoutMs`.
   */
  async waitForLeadTitle(id: string, title: string, timeoutMs = 120_000): Promise<number> {
    const db = await getDb();
    const deadline = Date.now() + timeoutMs;
    // One read at a time; the next starts at once when a change was announced during the last,
    // else at the next announced change or after 250 ms.
    let changed: boolean;
    let wake = () => {};
    const stop = onChange((event) => {
      if (!event.stores.includes('leads')) return;
      changed = true;
      wake();
    });
    try {
      for (;;) {
        changed = false;
        const lead = await db.get('leads', id);
        const at = Date.now();
        if (lead?.title === title) return at;
        if (at > deadline) throw new Error(`"${title}" did not arrive within ${timeoutMs} ms`);
        if (!changed)
          await new Promise<void>((resume) => {
            wake = resume;
            setTimeout(resume, 250);
          });
      }
    } finally {
      stop();
    }
  },

  /** When this profile's background last finished a sync run (the stored status), or undefined. */
  async lastSyncAt(): Promise<number | undefined> {
    return (await loadSyncStatus()).lastSyncAt;
  },

  /** How many leads are stored (a sanity check for the driver). */
  async countLeads(): Promise<number> {
    return (await getDb()).count('leads');
  },
};

/** The Basic authorisation header of a team server's user (set-up and the server's share, not the product's session login). */
function basicAuth(server: { username: string; password: string }): string {
  return `Basic ${btoa(`${server.username}:${server.password}`)}`;
}

import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { loadavg } from 'node:os';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openLeadlineDb, parseForWrite, type LeadlineDB, type StoreName } from '@/lib/db';
import { generateDemoData } from '@/lib/demo/generate';
import { loadSampleData } from '@/lib/demo/load';
import { updateLead } from '@/lib/leads/update-lead';
import { TeamConfigSchema } from '@/lib/sync/config';
import { SYNC_BATCH, syncOnce } from '@/lib/sync/engine';
import { liveFeed } from '@/lib/sync/live';
import { importCsvText } from '@/lib/io/import-csv';
import { withSyncStores } from '@/lib/db/sync-stores';
import { startTracking } from '@/lib/sync/tracking';
import { docIdOf, writeTx } from '@/lib/db';
import { unwrap } from 'idb';
import { CouchClient } from '@/lib/sync/couch';
import { hashRecord, recordFromDoc, toDoc } from '@/lib/sync/mapping';
import { startCouchServer, type TestServer } from '../unit/sync/couch-server';
import { figure, formatTable, withFloor, type Figure } from './stats';

/*
 * Team sync figures (LEADLINE_SYNC_BENCH_SIZES, default 1000):
 * - first sync of N leads with their activities, tasks and enrollments into an empty profile, as a
 *   ratio to the raw put floor: the same records put straight into an empty database, 500 per
 *   transaction (the sync's batch), no checks (goal ≤ 2×); and to the download + put floor: the
 *   same documents read from the same server by the cheapest request, overlapped with those puts;
 * - one change made in one profile until it is in the other's database, with the other's live feed
 *   running (goal < 2 s).
 * Both profiles are fake-indexeddb databases in this process; the server is pouchdb-server in memory.
 */

const SIZES = (process.env.LEADLINE_SYNC_BENCH_SIZES ?? '1000').split(',').map(Number);
/** First syncs (each against a floor run just before it) per size. */
const RUNS = Number(process.env.LEADLINE_SYNC_BENCH_RUNS ?? '3');
/** The goal: a first sync at most twice the raw put floor of the same records. */
const FIRST_SYNC_RATIO = 2;
/**
 * pouchdb-server on a loaded 2-core machine can take longer than a request's usual 30 s to answer
 * one `_changes` page of a 50,000-lead database: the bench waits, rather than count it unreachable.
 */
const REQUEST_TIMEOUT_MS = 600_000;
const STORES = ['leads', 'campaigns', 'sequences', 'enrollments', 'tasks', 'activities', 'templates'] as const;
let server: TestServer;
let count = 0;

beforeAll(async () => {
  server = await startCouchServer();
  await server.createUser('dana', 'dana-pass');
  await server.createUser('ravi', 'ravi-pass');
});

afterAll(async () => {
  await server?.stop();
});

const fresh = () => openLeadlineDb({ name: `sync-bench-${++count}` });
/** Closes and deletes a database, so the ones left behind do not weigh on the next runs' memory. */
async function drop(db: LeadlineDB): Promise<void> {
  db.close();
  await new Promise((done) => {
    const request = indexedDB.deleteDatabase(db.name);
    request.onsuccess = request.onerror = request.onblocked = done;
  });
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function rawFloor(db: LeadlineDB, records: Record<string, unknown[]>): Promise<number> {
  const started = performance.now();
  for (const store of STORES) {
    const list = records[store]!;
    for (let start = 0; start < list.length; start += SYNC_BATCH) {
      const tx = db.transaction(store as StoreName, 'readwrite');
      await Promise.all(list.slice(start, start + SYNC_BATCH).map((record) => tx.store.put(record as never)));
      await tx.done;
    }
  }
  return performance.now() - started;
}

/**
 * The same records downloaded from the same server and put: the cheapest request that reads every
 * document with its conflicts (`_all_docs?include_docs=true&conflicts=true`, 500 a page, each page
 * parsed), overlapped with the raw puts of `rawFloor`. A first sync cannot be quicker than the
 * server takes to send the documents, so the wall ratio is read against this floor too; pouchdb-server
 * is far slower to serve them than a put, which the raw put floor leaves out.
 */
async function downloadFloor(db: LeadlineDB, records: Record<string, unknown[]>, database: string, user: string): Promise<number> {
  const started = performance.now();
  const auth = `Basic ${Buffer.from(`${user}:${user}-pass`).toString('base64')}`;
  const download = async () => {
    let after: string | undefined;
    let rows = 0;
    for (;;) {
      const query = new URLSearchParams({ include_docs: 'true', conflicts: 'true', limit: String(SYNC_BATCH) });
      if (after !== undefined) {
        query.set('startkey', JSON.stringify(after));
        query.set('skip', '1');
      }
      const response = await server.fetch(`${server.url}/${database}/_all_docs?${query.toString()}`, { headers: { Authorization: auth } });
      const page = (await response.json()) as { rows: Array<{ id: string; doc?: unknown }> };
      rows += page.rows.length;
      if (page.rows.length < SYNC_BATCH) return rows;
      after = page.rows[page.rows.length - 1]!.id;
    }
  };
  const [rows] = await Promise.all([download(), rawFloor(db, records)]);
  expect(rows).toBeGreaterThan(0);
  return performance.now() - started;
}

/** Wall and this process's CPU time of `work` (the server's own process is not in the CPU figure). */
async function timed(work: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wall: performance.now() - started, cpu: (used.user + used.system) / 1000 };
}

/** A CPU profile of `work` written to `path` (LEADLINE_SYNC_BENCH_PROFILE): where the time goes. */
async function profiled<T>(path: string | undefined, work: () => Promise<T>): Promise<T> {
  if (!path) return work();
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  }
}

it('measures the first sync and a single change', async () => {
  const figures: Figure[] = [];
  const notes: string[] = [];
  for (const size of SIZES) {
    const database = `bench-${size}`;
    await server.createDatabase(database, ['dana', 'ravi']);
    const config = (user: string) => TeamConfigSchema.parse({ serverUrl: server.url, database, username: user, password: `${user}-pass` });
    const data = generateDemoData({ leads: size, seed: 11 });
    const records = Object.fromEntries(STORES.map((store) => [store, data[store].map((record) => parseForWrite(store, record))]));
    const total = STORES.reduce((sum, store) => sum + records[store]!.length, 0);

    const dana = await fresh();
    await loadSampleData(dana, data);
    const push = await timed(() => syncOnce({ db: dana, config: config('dana'), fetch: server.fetch, timeoutMs: REQUEST_TIMEOUT_MS }));
    expect(await withSyncStores(dana).count('outbox')).toBe(0);

    // Floor and first sync alternate, each into a database of its own, so both see the same load.
    const floor = { wall: [] as number[], cpu: [] as number[] };
    const served = { wall: [] as number[], cpu: [] as number[] };
    const first = { wall: [] as number[], cpu: [] as number[] };
    let ravi: LeadlineDB | undefined;
    for (let run = 0; run < RUNS; run++) {
      const floorDb = await fresh();
      const f = await timed(() => rawFloor(floorDb, records));
      await drop(floorDb);
      floor.wall.push(f.wall);
      floor.cpu.push(f.cpu);
      const servedDb = await fresh();
      const d = await timed(() => downloadFloor(servedDb, records, database, 'ravi'));
      await drop(servedDb);
      served.wall.push(d.wall);
      served.cpu.push(d.cpu);
      if (ravi) await drop(ravi);
      const target = await fresh();
      let pulled = 0;
      let error: string | undefined;
      const last = run === RUNS - 1;
      const s = await timed(() =>
        profiled(last ? process.env.LEADLINE_SYNC_BENCH_PROFILE : undefined, async () => {
          const result = await syncOnce({ db: target, config: config('ravi'), fetch: server.fetch, timeoutMs: REQUEST_TIMEOUT_MS });
          error = result.status.lastError;
          pulled = result.pulled;
        }),
      );
      expect(error).toBeUndefined();
      expect(pulled).toBe(total);
      first.wall.push(s.wall);
      first.cpu.push(s.cpu);
      ravi = target;
    }
    const at = `${size.toLocaleString('en')} leads`;
    const floorWall = figure(`raw put floor (${total.toLocaleString('en')} records, ${SYNC_BATCH} a transaction)`, at, 'ms', floor.wall);
    const floorCpu = figure('raw put floor, CPU of this process', at, 'ms', floor.cpu);
    const servedWall = figure('download + put floor (the same documents from the server)', at, 'ms', served.wall);
    const servedCpu = figure('download + put floor, CPU of this process', at, 'ms', served.cpu);
    figures.push(
      withFloor(figure('first sync into an empty profile', at, 'ms', first.wall), floorWall, FIRST_SYNC_RATIO),
      withFloor(figure('first sync, CPU of this process', at, 'ms', first.cpu), floorCpu, FIRST_SYNC_RATIO),
      withFloor(figure('first sync ÷ download + put floor', at, 'ms', first.wall), servedWall, FIRST_SYNC_RATIO),
      withFloor(figure('first sync ÷ download + put floor, CPU', at, 'ms', first.cpu), servedCpu, FIRST_SYNC_RATIO),
      floorWall,
      floorCpu,
      servedWall,
      servedCpu,
    );
    notes.push(`${at}: push of ${total.toLocaleString('en')} records from a full profile ${Math.round(push.wall)} ms (once)`);

    const controller = new AbortController();
    const feed = liveFeed({
      db: ravi!,
      config: config('ravi'),
      fetch: server.fetch,
      signal: controller.signal,
      run: () => syncOnce({ db: ravi!, config: config('ravi'), fetch: server.fetch }),
    });
    const visible: number[] = [];
    const lead = data.leads[0]!;
    for (let run = 0; run < 5; run++) {
      await new Promise((wait) => setTimeout(wait, 300));
      const title = `Buyer ${run}`;
      const started = performance.now();
      await updateLead(dana, lead.id, { fields: { title } });
      await syncOnce({ db: dana, config: config('dana'), fetch: server.fetch });
      while ((await ravi!.get('leads', lead.id))?.title !== title) await new Promise((wait) => setTimeout(wait, 5));
      visible.push(performance.now() - started);
    }
    controller.abort();
    await feed;
    figures.push(figure('a change visible in the other profile (live feed)', at, 'ms', visible, 2000));
  }
  console.log(
    `\nTeam sync (load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(' ')})\n${formatTable(figures)}\n${notes.join('\n')}\n`,
  );
});

/**
 * Where a first sync's CPU goes, piece by piece, against the raw put floor (LEADLINE_SYNC_BENCH_SPLIT
 * leads, default 0 = skipped): the same records as `_changes` replies of 500, each piece timed alone
 * over all of them, in this process, alternating with the floor.
 */
it('splits the first sync into pieces', async () => {
  const size = Number(process.env.LEADLINE_SYNC_BENCH_SPLIT ?? '0');
  if (!size) return;
  const data = generateDemoData({ leads: size, seed: 11 });
  const records = Object.fromEntries(STORES.map((store) => [store, data[store].map((record) => parseForWrite(store, record))]));
  // The replies as the server sends them: one text per 500 documents.
  const replies: string[] = [];
  const all: Array<{ store: (typeof STORES)[number]; key: string }> = [];
  let seq = 0;
  for (const store of STORES) {
    const list = records[store] as Array<{ id: string }>;
    for (let start = 0; start < list.length; start += SYNC_BATCH) {
      const results = list.slice(start, start + SYNC_BATCH).map((record) => {
        all.push({ store, key: record.id });
        const doc = { ...toDoc(store, record.id, record as never), _rev: `1-${'a'.repeat(32)}` };
        return { seq: ++seq, id: doc._id, changes: [{ rev: doc._rev }], doc };
      });
      replies.push(JSON.stringify({ results, last_seq: seq }));
    }
  }
  const cpu = (work: () => unknown) => async () => {
    const used = process.cpuUsage();
    await work();
    const spent = process.cpuUsage(used);
    return (spent.user + spent.system) / 1000;
  };
  let docs: Array<Record<string, unknown>> = [];
  let parsed: unknown[] = [];
  const pieces: Record<string, () => Promise<number>> = {
    'raw put floor': cpu(async () => {
      const db = await fresh();
      await rawFloor(db, records);
      await drop(db);
    }),
    'replies read (CouchClient.changes: JSON, reply schema)': cpu(async () => {
      let index = 0;
      const client = new CouchClient(
        TeamConfigSchema.parse({ serverUrl: 'http://127.0.0.1:9', database: 'split', username: 'u', password: 'p' }),
        {
          fetch: () =>
            Promise.resolve(new Response(index === 0 ? '{"ok":true}' : replies[index - 1], { status: 200 })).finally(() => index++),
        },
      );
      await client.login();
      const out: Array<Record<string, unknown>> = [];
      for (let n = 0; n < replies.length; n++) for (const result of (await client.changes(0, SYNC_BATCH)).results) out.push(result.doc!);
      docs = out;
    }),
    'checks + schema + derived keys (recordFromDoc)': cpu(() => {
      parsed = all.map(({ store, key }, index) => recordFromDoc(store, key, docs[index]!));
    }),
    'schema + derived keys alone (parseForWrite)': cpu(() => {
      all.forEach(({ store }, index) => parseForWrite(store, docs[index]!));
    }),
    'body hash (hashRecord)': cpu(() => {
      all.forEach(({ store }, index) => hashRecord(store, parsed[index] as never));
    }),
    'syncMeta puts (500 a transaction)': cpu(async () => {
      const db = await fresh();
      for (let start = 0; start < all.length; start += SYNC_BATCH) {
        const tx = withSyncStores(db).transaction('syncMeta', 'readwrite');
        for (const { store, key } of all.slice(start, start + SYNC_BATCH))
          unwrap(tx.store).put({ id: docIdOf(store, key), rev: `1-${'a'.repeat(32)}`, hash: 'x1.abcdef.ghijkl' });
        await tx.done;
      }
      await drop(db);
    }),
    'record puts through writeTx (derived stores kept)': cpu(async () => {
      const db = await fresh();
      for (const store of STORES) {
        const list = records[store]!;
        for (let start = 0; start < list.length; start += SYNC_BATCH)
          await writeTx(db, [store], (tx) =>
            Promise.all(list.slice(start, start + SYNC_BATCH).map((record) => tx.objectStore(store).put(record as never))),
          );
      }
      await drop(db);
    }),
  };
  const times: Record<string, number[]> = Object.fromEntries(Object.keys(pieces).map((name) => [name, []]));
  for (let run = 0; run < RUNS; run++) for (const [name, piece] of Object.entries(pieces)) times[name]!.push(await piece());
  const floor = median(times['raw put floor']!);
  console.log(
    `\nFirst sync of ${size.toLocaleString('en')} leads (${all.length.toLocaleString('en')} records), CPU per piece (median of ${RUNS}, load ${loadavg()[0]!.toFixed(1)}):\n` +
      Object.entries(times)
        .map(
          ([name, list]) =>
            `  ${name.padEnd(52)} ${String(Math.round(median(list))).padStart(7)} ms  ×${(median(list) / floor).toFixed(2)}`,
        )
        .join('\n'),
  );
});

/** A CSV of `rows` distinct people, as a spreadsheet export would hold them. */
function peopleCsv(rows: number): string {
  const lines = ['Name,Email,Company,Title'];
  for (let index = 0; index < rows; index++) {
    lines.push(`Person ${index} Quarrender,person${index}@firm${index % 97}.example,Firm ${index % 97} Ltd,Buyer ${index % 13}`);
  }
  return `${lines.join('\n')}\n`;
}

it('measures a CSV import with and without a team server set', async () => {
  const rows = Number(process.env.LEADLINE_SYNC_BENCH_IMPORT ?? '10000');
  const text = peopleCsv(rows);
  // Runs alternate, so both see the same load on a shared machine.
  const times = { none: [] as number[], set: [] as number[] };
  const queued = { none: 0, set: 0 };
  for (let run = 0; run < 6; run++) {
    const mode = run % 2 === 0 ? 'none' : 'set';
    const db = await fresh();
    if (mode === 'set') await startTracking(db, { serverUrl: server.url, database: 'import-bench' });
    const started = performance.now();
    const result = await importCsvText(db, text, {}, 1_764_000_000_000);
    times[mode].push(performance.now() - started);
    expect(result.plan.counts.new).toBe(rows);
    queued[mode] = await withSyncStores(db).count('outbox');
    db.close();
  }
  console.log(
    `\nCSV import of ${rows.toLocaleString('en')} leads: no team server median ${Math.round(median(times.none))} ms ` +
      `(${times.none.map(Math.round).join(', ')}), ${queued.none.toLocaleString('en')} outbox entries; ` +
      `team server set median ${Math.round(median(times.set))} ms (${times.set.map(Math.round).join(', ')}), ` +
      `${queued.set.toLocaleString('en')} outbox entries\n`,
  );
});

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
import { startCouchServer, type TestServer } from '../unit/sync/couch-server';

/*
 * Team sync figures (LEADLINE_SYNC_BENCH_SIZES, default 1000):
 * - first sync of N leads with their activities, tasks and enrollments into an empty profile, as a
 *   ratio to the raw put floor: the same records put straight into an empty database, 500 per
 *   transaction (the sync's batch), no checks (goal ≤ 2×);
 * - one change made in one profile until it is in the other's database, with the other's live feed
 *   running (goal < 2 s).
 * Both profiles are fake-indexeddb databases in this process; the server is pouchdb-server in memory.
 */

const SIZES = (process.env.LEADLINE_SYNC_BENCH_SIZES ?? '1000').split(',').map(Number);
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

it('measures the first sync and a single change', async () => {
  const rows: string[] = [];
  for (const size of SIZES) {
    const database = `bench-${size}`;
    await server.createDatabase(database, ['dana', 'ravi']);
    const config = (user: string) => TeamConfigSchema.parse({ serverUrl: server.url, database, username: user, password: `${user}-pass` });
    const data = generateDemoData({ leads: size, seed: 11 });
    const records = Object.fromEntries(STORES.map((store) => [store, data[store].map((record) => parseForWrite(store, record))]));
    const total = STORES.reduce((sum, store) => sum + records[store]!.length, 0);

    const dana = await fresh();
    await loadSampleData(dana, data);
    let started = performance.now();
    const pushed = await syncOnce({ db: dana, config: config('dana'), fetch: server.fetch });
    const pushMs = performance.now() - started;
    expect(pushed.status.state).toBe('idle');

    const floorMs = await rawFloor(await fresh(), records);
    const ravi = await fresh();
    started = performance.now();
    const pulled = await syncOnce({ db: ravi, config: config('ravi'), fetch: server.fetch });
    const firstSyncMs = performance.now() - started;
    expect(pulled.pulled).toBeGreaterThanOrEqual(total);

    const controller = new AbortController();
    const feed = liveFeed({
      db: ravi,
      config: config('ravi'),
      fetch: server.fetch,
      signal: controller.signal,
      run: () => syncOnce({ db: ravi, config: config('ravi'), fetch: server.fetch }),
    });
    const visible: number[] = [];
    const lead = data.leads[0]!;
    for (let run = 0; run < 5; run++) {
      await new Promise((wait) => setTimeout(wait, 300));
      const title = `Buyer ${run}`;
      const at = performance.now();
      await updateLead(dana, lead.id, { fields: { title } });
      await syncOnce({ db: dana, config: config('dana'), fetch: server.fetch });
      while ((await ravi.get('leads', lead.id))?.title !== title) await new Promise((wait) => setTimeout(wait, 5));
      visible.push(performance.now() - at);
    }
    controller.abort();
    await feed;
    rows.push(
      `${size.toLocaleString('en')} leads (${total.toLocaleString('en')} records): push ${Math.round(pushMs)} ms; ` +
        `first sync ${Math.round(firstSyncMs)} ms vs raw put floor ${Math.round(floorMs)} ms = ${(firstSyncMs / floorMs).toFixed(2)}× (goal ≤ 2×); ` +
        `a change visible in the other profile: median ${Math.round(median(visible))} ms, max ${Math.round(Math.max(...visible))} ms (goal < 2000 ms)`,
    );
  }
  console.log(`\nTeam sync\n${rows.join('\n')}\n`);
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

import { DB_NAME, getDb, openLeadlineDb, parseForWrite, searchLeads, writeTx, type LeadlineDB } from '../db';
import { generateDemoData, loadSampleData } from '../demo';
import { extractProspects } from '../extract';
import { saveLead, withDerivedKeys } from '../leads';

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

async function db(): Promise<LeadlineDB> {
  return getDb();
}

/**
 * In-page measurements for the benchmark suite. Only the bench build includes this module; the
 * driver (tests/bench) calls it through `window.leadlineBench`.
 */
export const benchApi = {
  /** Empties every store. */
  async clear(): Promise<void> {
    const database = await db();
    await writeTx(database, [...database.objectStoreNames], async (tx) => {
      for (const name of database.objectStoreNames) await tx.objectStore(name).clear();
    });
  },

  /** Generates and stores sample data for `leads` leads; returns the milliseconds taken. */
  async seed(leads: number, seed = 42, now = Date.now()): Promise<{ ms: number; leads: number; activities: number; tasks: number }> {
    const data = generateDemoData({ leads, seed, now });
    const start = performance.now();
    // Batches keep each transaction (and its memory) bounded at 50,000 leads.
    const step = 5000;
    for (let i = 0; i < leads; i += step) {
      const ids = new Set(data.leads.slice(i, i + step).map((lead) => lead.id));
      await loadSampleData(await db(), {
        leads: data.leads.slice(i, i + step),
        activities: data.activities.filter((a) => ids.has(a.leadId)),
        tasks: data.tasks.filter((t) => ids.has(t.leadId)),
        enrollments: data.enrollments.filter((e) => ids.has(e.leadId)),
        campaigns: i === 0 ? data.campaigns : [],
        sequences: i === 0 ? data.sequences : [],
        templates: i === 0 ? data.templates : [],
      });
    }
    return { ms: performance.now() - start, leads: data.leads.length, activities: data.activities.length, tasks: data.tasks.length };
  },

  /** saveLead (duplicate detection included) for `runs` new people, then `runs` captures of existing ones. */
  async saveLeadTimes(runs: number): Promise<{ created: number[]; merged: number[] }> {
    const database = await db();
    const created = await timeEach(runs, (run) =>
      saveLead(database, {
        patch: { fullName: `Bench Person ${run}`, emails: [`bench.person.${run}@bench.example`], title: 'Tester' },
        origin: { kind: 'capture', provenance: { source: 'linkedin', url: 'https://www.linkedin.com/in/bench/', at: Date.now() }, strategies: {} },
      }),
    );
    const merged = await timeEach(runs, (run) =>
      saveLead(database, {
        patch: { fullName: `Bench Person ${run}`, emails: [`bench.person.${run}@bench.example`], location: 'Bench City' },
        origin: { kind: 'capture', provenance: { source: 'gmail', url: 'https://mail.google.com/mail/u/0/', at: Date.now() }, strategies: {} },
      }),
    );
    return { created, merged };
  },

  /** searchLeads latency for each query (the popup's search-as-you-type path). */
  async searchTimes(queries: string[], limit = 8): Promise<number[]> {
    const database = await db();
    return timeEach(queries.length, (run) => searchLeads(database, queries[run]!, limit));
  },

  /**
   * The same bulk insert through lib/db (zod parse + writeTx) and through raw idb in one
   * transaction, into two scratch databases: our overhead over the storage floor.
   */
  async storageRatio(count: number): Promise<{ libMs: number; rawMs: number }> {
    const leads = generateDemoData({ leads: count, seed: 7 }).leads.map((lead) => withDerivedKeys({ ...lead, sample: undefined }));
    const libDb = await openLeadlineDb({ name: `${DB_NAME}-bench-lib-${Date.now()}` });
    const rawDb = await openLeadlineDb({ name: `${DB_NAME}-bench-raw-${Date.now()}` });
    let start = performance.now();
    await writeTx(libDb, ['leads'], async (tx) => {
      await Promise.all(leads.map((lead) => tx.store.put(parseForWrite('leads', lead))));
    });
    const libMs = performance.now() - start;
    start = performance.now();
    const tx = rawDb.transaction('leads', 'readwrite');
    await Promise.all([...leads.map((lead) => tx.store.put(lead)), tx.done]);
    const rawMs = performance.now() - start;
    for (const scratch of [libDb, rawDb]) {
      scratch.close();
      indexedDB.deleteDatabase(scratch.name);
    }
    return { libMs, rawMs };
  },

  /** extractProspects on a fixture's HTML at its URL, `runs` times (parsing excluded). */
  extractTimes(html: string, url: string, runs: number): Promise<{ times: number[]; drafts: number }> {
    const doc = new DOMParser().parseFromString(html, 'text/html');
    let drafts = 0;
    return timeEach(runs, () => {
      drafts = extractProspects(doc, url).length;
    }).then((times) => ({ times, drafts }));
  },

  /** How many leads are stored (a sanity check for the driver). */
  async countLeads(): Promise<number> {
    return (await db()).count('leads');
  },
};

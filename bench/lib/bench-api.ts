import { openDB } from 'idb';
import { DB_NAME, getDb, getSettings, openLeadlineDb, parseForWrite, searchLeads, writeTx, type LeadlineDB } from '@/lib/db';
import { generateDemoData, type DemoData } from '@/lib/demo';
import { extractProspects } from '@/lib/extract';
import { likelyEmailFor } from '@/lib/leads/likely-email';
import { withDerivedKeys } from '@/lib/db/derived-keys';
import { saveLead } from '@/lib/leads';
import { reminderState } from '@/lib/sequences/today';
import { effectiveTimeZone } from '@/lib/time/zone';

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
    return counts;
  },

  /** The generated leads' first emails, for building a CSV that half matches stored leads. */
  sampleEmails(leads: number, seed = 42, now = Date.now(), every = 3): Array<{ first: string; last: string; email: string; company: string }> {
    return generateDemoData({ leads, seed, now })
      .leads.filter((_, index) => index % every === 0)
      .map((lead) => ({ first: lead.firstName ?? '', last: lead.lastName ?? '', email: lead.emails[0] ?? '', company: lead.company ?? '' }));
  },

  /** saveLead (duplicate detection included) for `runs` new people, then `runs` captures of the same people. */
  async saveLeadTimes(runs: number): Promise<{ created: number[]; merged: number[] }> {
    const db = await getDb();
    const capture = (source: 'linkedin' | 'gmail', url: string) => ({
      kind: 'capture' as const,
      provenance: { source, url, at: Date.now() },
      strategies: {},
    });
    const created = await timeEach(runs, (run) =>
      saveLead(db, {
        patch: { fullName: `Bench Person ${run}`, emails: [`bench.person.${run}@bench.example`], title: 'Tester' },
        origin: capture('linkedin', 'https://www.linkedin.com/in/bench/'),
      }),
    );
    const merged = await timeEach(runs, (run) =>
      saveLead(db, {
        patch: { fullName: `Bench Person ${run}`, emails: [`bench.person.${run}@bench.example`], location: 'Bench City' },
        origin: capture('gmail', 'https://mail.google.com/mail/u/0/'),
      }),
    );
    return { created, merged };
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
  async likelyEmailTimes(runs: number): Promise<{ byDomain: number[]; byCompany: number[]; email: string | undefined }> {
    const db = await getDb();
    let email: string | undefined;
    const byDomain = await timeEach(runs, async () => {
      email = (await likelyEmailFor(db, { fullName: 'Maya Ortiz', companyDomain: 'northwind-analytics.example' })).guess?.email;
    });
    const byCompany = await timeEach(runs, () => likelyEmailFor(db, { fullName: 'Maya Ortiz', company: 'Northwind Analytics' }));
    return { byDomain, byCompany, email };
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
  async storageRatio(count: number): Promise<{ libMs: number; rawMs: number }> {
    const leads = generateDemoData({ leads: count, seed: 7 }).leads.map((lead) => withDerivedKeys({ ...lead, sample: undefined }));
    const suffix = `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    const libDb = await openLeadlineDb({ name: `${DB_NAME}-bench-lib-${suffix}` });
    const rawDb = await openLeadlineDb({ name: `${DB_NAME}-bench-raw-${suffix}` });
    // Alternate the order so neither side always runs on a warmer engine.
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
    const rawMs = await raw();
    const libMs = await lib();
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


  /** How many leads are stored (a sanity check for the driver). */
  async countLeads(): Promise<number> {
    return (await getDb()).count('leads');
  },
};

import { unwrap, wrap, type IDBPIndex } from 'idb';
import { matchesQuery, queryWords } from '../leads/lead-search';
import type { Lead } from '../model';
import { parseStored, parseStoredAll } from './records';
import type { LeadlineDB, LeadlineSchema } from './schema';

/** One lead by id (undefined when missing or invalid). */
export async function getLead(db: LeadlineDB, id: string): Promise<Lead | undefined> {
  return parseStored('leads', await db.get('leads', id), id);
}

/** The `limit` most recently updated leads, newest first, read through the `updatedAt` index. */
export async function recentLeads(db: LeadlineDB, limit: number): Promise<Lead[]> {
  const tx = db.transaction('leads');
  for await (const batch of newestFirst(tx.store.index('updatedAt'), limit)) return parseStoredAll('leads', batch);
  return [];
}

/** Every lead, newest update first. */
export async function allLeads(db: LeadlineDB): Promise<Lead[]> {
  const leads = parseStoredAll('leads', await db.getAllFromIndex('leads', 'updatedAt'));
  return leads.reverse();
}

/** How many leads are stored. */
export function countLeads(db: LeadlineDB): Promise<number> {
  return db.count('leads');
}

/**
 * Leads whose name, company or email words start with every word of `query`, newest update first.
 * Reads keys through the `search` index, a bounded number per word, and records only where it must:
 * a rare word's leads are fetched at once and sorted; a very common one (a letter) matches within
 * the newest leads, read in one small batch; in between, the leads matching every word are known
 * from their key lists and the newest are found among ids read through the `updatedAt` index
 * (keys only). Only the leads returned are parsed.
 */
export async function searchLeads(db: LeadlineDB, query: string, limit: number): Promise<Lead[]> {
  const words = queryWords(query);
  if (!words.length) return recentLeads(db, limit);
  const tx = db.transaction('leads');
  const search = tx.store.index('search');
  const range = (word: string) => IDBKeyRange.bound(word, `${word}\uffff`);
  const samples = await Promise.all(words.map((word) => search.getAllKeys(range(word), FETCH_DIRECTLY_BELOW + 1)));
  const rarest = samples.reduce((best, keys) => (keys.length < best.length ? keys : best));
  const matches = (raw: unknown) => isSearchable(raw) && matchesQuery(raw, words);
  const fetchNewest = async (ids: Iterable<string>) => {
    const raws = await Promise.all([...new Set(ids)].map((id) => tx.store.get(id)));
    return parseStoredAll('leads', raws.filter(matches).sort(newestUpdate).slice(0, limit));
  };
  if (rarest.length <= FETCH_DIRECTLY_BELOW) return fetchNewest(rarest);
  // Every word is common. Very common ones (a letter) match early among the newest leads.
  const walk = newestFirst(tx.store.index('updatedAt'), limit * 8, WALK_BATCH);
  const picked: unknown[] = [];
  let scanned = 0;
  const take = (batch: readonly unknown[]) => {
    for (const raw of batch) if (picked.length < limit && matches(raw)) picked.push(raw);
    scanned += batch.length;
  };
  const first = await walk.next();
  if (first.done) return [];
  take(first.value);
  if (picked.length >= limit) return parseStoredAll('leads', picked);
  // Less common: while the words' key lists are short, the leads matching them all are known
  // exactly; fetch them if few, else read ids newest-first (keys only) and fetch the first `limit`.
  const lists = await Promise.all(words.map((word) => search.getAllKeys(range(word), INTERSECT_BELOW + 1)));
  if (lists.every((keys) => keys.length <= INTERSECT_BELOW)) {
    const all = lists.map((keys) => new Set(keys)).reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
    if (all.size <= FETCH_DIRECTLY_BELOW) return fetchNewest(all);
    const newest = await newestIdsAmong(tx.store.index('updatedAt'), all, limit);
    if (newest) return parseStoredAll('leads', await Promise.all(newest.map((id) => tx.store.get(id))));
  }
  for await (const batch of walk) {
    take(batch);
    if (picked.length >= limit) return parseStoredAll('leads', picked);
    if (scanned >= WALK_LIMIT) break;
  }
  if (scanned < WALK_LIMIT) return parseStoredAll('leads', picked);
  // Very common words, rare together ("a e"): intersect their whole key lists.
  const whole = await Promise.all(words.map(async (word) => new Set(await search.getAllKeys(range(word)))));
  const ids = whole.reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
  const raws = await Promise.all([...ids].map((id) => db.get('leads', id)));
  return parseStoredAll('leads', raws.filter(matches).sort(newestUpdate).slice(0, limit));
}

/** Above this many leads for its rarest word, a query reads leads newest-first instead of fetching each. */
const FETCH_DIRECTLY_BELOW = 200;
/** Below this many leads per word, a query reads the word's whole key list (ids only). */
const INTERSECT_BELOW = 5000;
/** Leads read per batch (doubling from a few times the limit: a common word matches early) and at most, walking newest-first. */
const WALK_BATCH = 256;
const WALK_LIMIT = 4096;
/** Ids read in the first batch of a keys-only walk (then four times more each time). */
const KEY_BATCH = 512;

const isSearchable = (raw: unknown): raw is Pick<Lead, 'search'> =>
  typeof raw === 'object' && raw !== null && Array.isArray((raw as { search?: unknown }).search);

/**
 * Newest first by the stored `updatedAt`, ties by id descending (the order of the `updatedAt` index
 * read backwards); a record without a valid stamp sorts last (parsing reports it if shown).
 */
function newestUpdate(a: unknown, b: unknown): number {
  const stamp = (raw: unknown) => {
    const value = (raw as { updatedAt?: unknown }).updatedAt;
    return typeof value === 'number' ? value : -Infinity;
  };
  const id = (raw: unknown) => String((raw as { id?: unknown }).id);
  return stamp(b) - stamp(a) || (id(a) < id(b) ? 1 : id(a) > id(b) ? -1 : 0);
}

/** Options of `getAllRecords`, and of `getAll`/`getAllKeys` where the browser has `getAllRecords` (Chrome 141+). */
interface GetAllOptions {
  query?: IDBKeyRange | null;
  count?: number;
  direction?: IDBCursorDirection;
}
type RecordsIndex = IDBIndex & {
  getAllRecords?: (options: GetAllOptions) => IDBRequest<Array<{ key: IDBValidKey; value: unknown }>>;
  getAllKeys(options: GetAllOptions): IDBRequest<IDBValidKey[]>;
};

/**
 * The first `limit` of `ids` in the index's order read backwards (newest first), reading primary
 * keys only, in growing batches from the top. Undefined where the browser cannot read keys backwards.
 */
async function newestIdsAmong(
  index: IDBPIndex<LeadlineSchema, ['leads'], 'leads', 'updatedAt'>,
  ids: ReadonlySet<string>,
  limit: number,
): Promise<string[] | undefined> {
  const native = unwrap(index) as RecordsIndex;
  if (typeof native.getAllRecords !== 'function') return undefined;
  const picked: string[] = [];
  let seen = 0;
  for (let count = KEY_BATCH; ; count *= 4) {
    const keys = (await wrap(native.getAllKeys({ count, direction: 'prev' }))) as string[];
    for (; seen < keys.length && picked.length < limit; seen++) if (ids.has(keys[seen]!)) picked.push(keys[seen]!);
    if (picked.length >= limit || keys.length < count) return picked;
  }
}

/**
 * The raw records of a number-keyed index, highest key first, in batches of `first` records doubling
 * up to `max`: one request per batch where the browser has `getAllRecords`, else a cursor. Ties on the key (an import stamps thousands of
 * leads with one time) are handled by re-reading the tie group from its top and skipping what was seen.
 */
export async function* newestFirst(
  index: IDBPIndex<LeadlineSchema, ['leads'], 'leads', 'updatedAt'>,
  first: number,
  max = first,
): AsyncGenerator<unknown[]> {
  let size = Math.min(first, max);
  const native = unwrap(index) as RecordsIndex;
  if (typeof native.getAllRecords === 'function') {
    let upper: number | undefined;
    let seenAtUpper = 0;
    for (;;) {
      const query = upper === undefined ? null : IDBKeyRange.upperBound(upper);
      const records = await wrap(native.getAllRecords({ query, count: seenAtUpper + size, direction: 'prev' }));
      const fresh = records.slice(seenAtUpper);
      if (fresh.length) yield fresh.map((record) => record.value);
      if (records.length < seenAtUpper + size) return;
      const last = records[records.length - 1]!.key as number;
      seenAtUpper = records.filter((record) => record.key === last).length;
      upper = last;
      size = Math.min(max, size * 2);
    }
  }
  let batch: unknown[] = [];
  let cursor = await index.openCursor(null, 'prev');
  while (cursor) {
    batch.push(cursor.value);
    if (batch.length === size) {
      yield batch;
      batch = [];
      size = Math.min(max, size * 2);
    }
    cursor = await cursor.continue();
  }
  if (batch.length) yield batch;
}

import { unwrap, wrap, type IDBPIndex } from 'idb';
import { matchesQuery, queryWords, recencyPrefix } from '../keys';
import type { Lead } from '../model';
import { parseStored, parseStoredAll } from './records';
import type { LeadlineDB, LeadlineSchema } from './schema';

/** One lead by id (undefined when missing or invalid). */
export async function getLead(db: LeadlineDB, id: string): Promise<Lead | undefined> {
  return parseStored('leads', await db.get('leads', id), id);
}

/** The `limit` most recently updated leads, newest first, read through the `updatedAt` index. */
export async function recentLeads(db: LeadlineDB, limit: number): Promise<Lead[]> {
  const index = db.transaction('leads').store.index('updatedAt');
  for await (const batch of newestFirst(index, null, (last) => IDBKeyRange.upperBound(last), limit)) return parseStoredAll('leads', batch);
  return [];
}

/** Every lead, newest update first. */
export async function allLeads(db: LeadlineDB): Promise<Lead[]> {
  const leads = parseStoredAll('leads', await db.getAllFromIndex('leads', 'updatedAt'));
  return leads.reverse();
}

/** Whether any lead is stored: one key read, nothing parsed. */
export async function hasLeads(db: LeadlineDB): Promise<boolean> {
  return (await db.getAllKeys('leads', null, 1)).length > 0;
}

/** How many leads are stored. */
export function countLeads(db: LeadlineDB): Promise<number> {
  return db.count('leads');
}

/**
 * Leads whose name, company or email words start with every word of `query`, newest update first.
 * Reads index keys, a bounded number per word, and records only where it must:
 * - a rare word (at most 200 leads): its leads are fetched at once and sorted;
 * - otherwise the longest word's recency keys (`[first two or three letters, updatedAt]`) list the
 *   leads starting with those letters newest-first, and the first small batch usually holds the
 *   answer (a single letter walks the `updatedAt` index instead: it matches most leads);
 * - words common alone but rare together ("ada lind"): their key lists are intersected, and the
 *   newest of the leads they share are found reading ids only through the same recency keys.
 * Only the leads returned are parsed.
 */
export async function searchLeads(db: LeadlineDB, query: string, limit: number): Promise<Lead[]> {
  const words = queryWords(query);
  if (!words.length) return recentLeads(db, limit);
  const tx = db.transaction('leads');
  const search = tx.store.index('search');
  const range = (word: string) => IDBKeyRange.bound(word, `${word}\uffff`);
  const matches = (raw: unknown) => isSearchable(raw) && matchesQuery(raw, words);
  const fetchNewest = async (ids: Iterable<string>) => {
    const raws = await Promise.all([...new Set(ids)].map((id) => tx.store.get(id)));
    return parseStoredAll('leads', raws.filter(matches).sort(newestUpdate).slice(0, limit));
  };
  const samples = await Promise.all(words.map((word) => search.getAllKeys(range(word), FETCH_DIRECTLY_BELOW + 1)));
  const rarest = samples.reduce((best, keys) => (keys.length < best.length ? keys : best));
  if (rarest.length <= FETCH_DIRECTLY_BELOW) return fetchNewest(rarest);

  const longest = words.reduce((best, word) => (word.length > best.length ? word : best));
  const prefix = recencyPrefix(longest);
  const walk = prefix
    ? newestFirst(
        tx.store.index('recent'),
        IDBKeyRange.bound([prefix, -Infinity], [prefix, Infinity]),
        (last) => IDBKeyRange.bound([prefix, -Infinity], last),
        limit * 2,
        WALK_BATCH,
      )
    : newestFirst(tx.store.index('updatedAt'), null, (last) => IDBKeyRange.upperBound(last), limit * 8, WALK_BATCH);
  const picked: unknown[] = [];
  let scanned = 0;
  const take = (batch: readonly unknown[]) => {
    for (const raw of batch) if (picked.length < limit && matches(raw)) picked.push(raw);
    scanned += batch.length;
  };
  // The newest leads starting like the longest word usually hold the answer.
  const first = await walk.next();
  if (first.done) return [];
  take(first.value);
  if (picked.length >= limit) return parseStoredAll('leads', picked);
  if (words.length > 1) {
    // Several words, common alone but rare together ("ada lind"): intersect their key lists.
    const lists = await Promise.all(words.map((word) => search.getAllKeys(range(word), INTERSECT_BELOW + 1)));
    if (lists.every((keys) => keys.length <= INTERSECT_BELOW)) {
      const all = lists.map((keys) => new Set(keys)).reduce((a, b) => new Set([...a].filter((id) => b.has(id))));
      if (all.size <= limit) return fetchNewest(all);
      // The newest of them: ids read newest-first through the same recency keys (keys only).
      const newest = prefix
        ? await newestIdsAmong(tx.store.index('recent'), IDBKeyRange.bound([prefix, -Infinity], [prefix, Infinity]), all, limit)
        : await newestIdsAmong(tx.store.index('updatedAt'), null, all, limit);
      if (newest) return parseStoredAll('leads', await Promise.all(newest.map((id) => tx.store.get(id))));
      if (all.size <= FETCH_DIRECTLY_BELOW) return fetchNewest(all);
    }
  }
  for await (const batch of walk) {
    take(batch);
    if (picked.length >= limit || scanned >= WALK_LIMIT) break;
  }
  if (picked.length >= limit || scanned < WALK_LIMIT) return parseStoredAll('leads', picked);
  // Very common words, rare together ("a e"): intersect their whole key lists.
  const whole = await Promise.all(words.map(async (word) => new Set(await search.getAllKeys(range(word)))));
  return fetchNewest(whole.reduce((a, b) => new Set([...a].filter((id) => b.has(id)))));
}

/** Above this many leads for its rarest word, a query stops fetching every match. */
const FETCH_DIRECTLY_BELOW = 200;
/** Below this many leads per word, a query of several words intersects their key lists. */
const INTERSECT_BELOW = 5000;
/** Leads read per batch at most (batches double from a few times the limit), and in all, walking newest-first. */
const WALK_BATCH = 256;
const WALK_LIMIT = 4096;
/** Ids read in the first batch of a keys-only walk (four times more each time after). */
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

/** Options of `getAllRecords`, and of `getAllKeys` in browsers that have `getAllRecords` (Chrome 141+). */
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
 * The first `limit` of `ids` in the index's order within `range` read backwards (newest first),
 * reading primary keys only, in growing batches from the top. Undefined where the browser cannot
 * read keys backwards in one request.
 */
async function newestIdsAmong(
  index: IDBPIndex<LeadlineSchema, ['leads'], 'leads', 'updatedAt' | 'recent'>,
  range: IDBKeyRange | null,
  ids: ReadonlySet<string>,
  limit: number,
): Promise<string[] | undefined> {
  const native = unwrap(index) as RecordsIndex;
  if (typeof native.getAllRecords !== 'function') return undefined;
  const picked: string[] = [];
  let seen = 0;
  for (let count = KEY_BATCH; ; count *= 4) {
    const keys = (await wrap(native.getAllKeys({ query: range, count, direction: 'prev' }))) as string[];
    for (; seen < keys.length && picked.length < limit; seen++) if (ids.has(keys[seen]!)) picked.push(keys[seen]!);
    if (picked.length >= limit || keys.length < count) return picked;
  }
}

/** What `newestFirst` needs of an index: idb's wrapper over an index of any store. */
export interface WalkableIndex {
  openCursor(range: IDBKeyRange | null, direction: IDBCursorDirection): Promise<WalkCursor | null>;
}
interface WalkCursor {
  value: unknown;
  continue(): Promise<WalkCursor | null>;
}

/**
 * The raw records of an index within `range`, highest key first, in batches of `first` records
 * doubling up to `max`: one request per batch where the browser has `getAllRecords`, else a cursor.
 * `below(key)` is the part of the range up to and including `key`. Ties on the key (an import
 * stamps thousands of leads with one time) are handled by re-reading the tie group from its top
 * and skipping what was seen.
 */
export async function* newestFirst<K extends IDBValidKey>(
  index: WalkableIndex,
  range: IDBKeyRange | null,
  below: (key: K) => IDBKeyRange,
  first: number,
  max = first,
): AsyncGenerator<unknown[]> {
  let size = Math.min(first, max);
  const native = unwrap(index as unknown as IDBPIndex) as RecordsIndex;
  if (typeof native.getAllRecords === 'function') {
    let query = range;
    let seenAtTop = 0;
    for (;;) {
      const records = await wrap(native.getAllRecords({ query, count: seenAtTop + size, direction: 'prev' }));
      const fresh = records.slice(seenAtTop);
      if (fresh.length) yield fresh.map((record) => record.value);
      if (records.length < seenAtTop + size) return;
      const last = records[records.length - 1]!.key as K;
      seenAtTop = records.filter((record) => indexedDB.cmp(record.key, last) === 0).length;
      query = below(last);
      size = Math.min(max, size * 2);
    }
  }
  let batch: unknown[] = [];
  let cursor = await index.openCursor(range, 'prev');
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

import { type Handoff, handoff } from './handoff';

/** Records per request when a whole store is read: big enough to keep requests few, small enough to overlap. */
export const READ_CHUNK = 5000;

/** What `readChunks` needs of an object store (idb's wrapper, in any transaction mode). */
interface ChunkSource {
  getAll(query?: IDBKeyRange | null, count?: number): Promise<unknown[]>;
}

/**
 * Every record of a store keyed by `id` (records without an `id` come in one chunk), in key order,
 * `size` at a time, with reading overlapped
 * with the caller's work. Reading starts at once (before the first chunk is asked for), and the
 * next chunk is requested as soon as one arrives, in its success callback while the transaction is
 * still active, before the caller gets it. IndexedDB reads mostly outside the page's thread, so a
 * caller that parses or encodes each chunk no longer waits for the whole read first. Every chunk
 * comes from the caller's one transaction: a consistent view.
 */
export function readChunks(store: ChunkSource, size = READ_CHUNK): AsyncIterable<unknown[]> {
  // Each chunk is let go once handed over, so the collector frees the records the caller drops
  // chunk by chunk while the read goes on, not all of them at once after the last chunk (a pause
  // that landed in the first scrolls of a 50,000-lead table).
  const chunks = handoff<unknown[]>();
  readInto(chunks, store, null, size, (last) => IDBKeyRange.lowerBound(last, true));
  return chunks;
}

/**
 * Reads `range` into `chunks`, `size` records a request, each next request twice as many up to
 * `most`: each next request names the range after the last id read (`after`) and is made in the
 * previous one's success callback, while the transaction is still active, before the chunk is
 * handed over.
 */
function readInto(
  chunks: Handoff<unknown[]>,
  store: ChunkSource,
  range: IDBKeyRange | null,
  size: number,
  after: (last: string) => IDBKeyRange | null,
  most = size,
): void {
  store.getAll(range, size).then(
    (values) => {
      const last = values[values.length - 1] as { id?: unknown } | undefined;
      const more = values.length === size && typeof last?.id === 'string';
      if (more) readInto(chunks, store, after(last.id as string), Math.min(most, size * 2), after, most);
      chunks.put(values);
      if (!more) chunks.end();
    },
    (error: unknown) => chunks.fail(error),
  );
}

/** How many ranges of ids `readChunksInLanes` reads at once. */
export type Lanes = 1 | 2 | 4 | 8 | 16;

/** Where lanes split the ids: ids are UUIDs (lower-case hex), spread evenly over their first digit. */
const HEX = '0123456789abcdef';

/**
 * Every record of a store keyed by `id`, `size` at a time like `readChunks`, but read in `lanes`
 * ranges of ids at once (split at their first hex digit; any key, hex or not, falls in exactly one)
 * and handed over in turns, one chunk of each lane, so not in key order (the same order on every
 * read of the same records).
 * A single chain of requests leaves IndexedDB idle while the thread decodes each chunk (the next
 * request can only name its range once the chunk is decoded); with more lanes, the database reads
 * the others' chunks while the thread decodes and works on one. For callers that need no key
 * order: a mirror keyed by id, an export sorted by name. One transaction: a consistent view.
 *
 * With `first` below `size`, each lane's first request asks for `first` records and each next one
 * for twice as many, up to `size`. Many small requests at the start keep the database busy while
 * the page is busy with something else (a view being drawn), and a small store ends on small
 * chunks: the last chunk is the one the thread still decodes after the database is done.
 */
export function readChunksInLanes(store: ChunkSource, size = READ_CHUNK, lanes: Lanes = 2, first = size): AsyncIterable<unknown[]> {
  const splits = Array.from({ length: lanes - 1 }, (_, index) => HEX[((index + 1) * 16) / lanes]!);
  // Lane i runs from its split (the first from the start) up to the next one (the last to the end).
  const inTurn = [undefined, ...splits].map((lower, index) => {
    const upper = splits[index];
    const lane = handoff<unknown[]>();
    readInto(lane, store, between(lower, false, upper), Math.min(first, size), (last) => between(last, true, upper), size);
    return lane;
  });
  return {
    async *[Symbol.asyncIterator]() {
      const live = [...inTurn];
      try {
        for (let turn = 0; live.length;) {
          const lane = turn % live.length;
          const chunk = await live[lane]!.take();
          if (chunk === undefined) live.splice(lane, 1);
          else {
            turn++;
            yield chunk;
          }
        }
      } finally {
        for (const lane of inTurn) lane.stop();
      }
    },
  };
}

/** The keys from `lower` (or the first) up to, not including, `upper` (or to the last). */
function between(lower: string | undefined, lowerOpen: boolean, upper: string | undefined): IDBKeyRange | null {
  if (upper === undefined) return lower === undefined ? null : IDBKeyRange.lowerBound(lower, lowerOpen);
  return lower === undefined ? IDBKeyRange.upperBound(upper, true) : IDBKeyRange.bound(lower, upper, lowerOpen, true);
}

/** Records per request when a whole store is read: big enough to keep requests few, small enough to overlap. */
export const READ_CHUNK = 5000;

/** Stands in for a chunk already handed to the caller. */
const HANDED_OVER: Promise<unknown[]> = Promise.resolve([]);

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
  const chunks: Promise<unknown[]>[] = [];
  const request = (range: IDBKeyRange | null) => {
    const chunk = store.getAll(range, size).then((values) => {
      const last = values[values.length - 1] as { id?: unknown } | undefined;
      if (values.length === size && typeof last?.id === 'string') request(IDBKeyRange.lowerBound(last.id, true));
      return values;
    });
    // A caller that stops early never awaits the rest; their failures are not unhandled.
    chunk.catch(() => undefined);
    chunks.push(chunk);
  };
  request(null);
  return {
    async *[Symbol.asyncIterator]() {
      // `chunks` grows while it is walked: each chunk's callback queues the next before it resolves.
      // Each chunk is let go once handed over, so the collector frees the records the caller drops
      // chunk by chunk while the read goes on, not all of them at once after the last chunk (a pause
      // that landed in the first scrolls of a 50,000-lead table).
      for (let index = 0; index < chunks.length; index++) {
        const chunk = chunks[index]!;
        chunks[index] = HANDED_OVER;
        yield await chunk;
      }
    },
  };
}

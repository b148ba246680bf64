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

/** Where `readChunksInLanes` splits the keys: ids are UUIDs (lower-case hex), half of them below '8'. */
const LANE_SPLIT = '8';

/**
 * Every record of a store keyed by `id`, `size` at a time like `readChunks`, but read in two lanes
 * at once (keys below '8', and from '8' on: any key falls in exactly one) and handed over in turns,
 * one chunk of each lane, so not in key order (the same order on every read of the same records).
 * A single chain of requests leaves IndexedDB idle while the thread decodes each chunk (the next
 * request can only name its range once the chunk is decoded); with two, the database reads one
 * lane's next chunk while the thread decodes the other's. For callers that need no key order: a
 * mirror keyed by id, an export sorted by name. One transaction: a consistent view.
 */
export function readChunksInLanes(store: ChunkSource, size = READ_CHUNK): AsyncIterable<unknown[]> {
  interface Lane {
    ready: unknown[][];
    open: boolean;
  }
  const lanes: Lane[] = [];
  let failure: { error: unknown } | undefined;
  let wake: (() => void) | undefined;
  const arrived = () => {
    wake?.();
    wake = undefined;
  };
  const read = (lane: Lane, range: IDBKeyRange, next: (last: string) => IDBKeyRange) => {
    store.getAll(range, size).then(
      (values) => {
        const last = values[values.length - 1] as { id?: unknown } | undefined;
        if (values.length === size && typeof last?.id === 'string') read(lane, next(last.id), next);
        else lane.open = false;
        lane.ready.push(values);
        arrived();
      },
      (error: unknown) => {
        failure ??= { error };
        arrived();
      },
    );
  };
  const start = (range: IDBKeyRange, next: (last: string) => IDBKeyRange) => {
    const lane: Lane = { ready: [], open: true };
    lanes.push(lane);
    read(lane, range, next);
  };
  start(IDBKeyRange.upperBound(LANE_SPLIT, true), (last) => IDBKeyRange.bound(last, LANE_SPLIT, true, true));
  start(IDBKeyRange.lowerBound(LANE_SPLIT), (last) => IDBKeyRange.lowerBound(last, true));
  return {
    async *[Symbol.asyncIterator]() {
      for (let turn = 0; ;) {
        if (failure) throw failure.error;
        const live = lanes.filter((lane) => lane.open || lane.ready.length);
        if (!live.length) return;
        const lane = live[turn % live.length]!;
        // Each chunk is let go once handed over (see `readChunks`).
        const chunk = lane.ready.shift();
        if (chunk) {
          turn++;
          yield chunk;
        } else await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  };
}

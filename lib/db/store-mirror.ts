import { newestFirst, type WalkableIndex } from './leads';
import { type Lanes, readChunksInLanes } from './read-chunks';
import type { LeadlineDB } from './schema';

/** The stores a mirror can follow: both keyed by `id`, both with an index on a write time. */
type MirroredStore = 'leads' | 'activities';
const TIME_INDEX = { leads: 'updatedAt', activities: 'at' } as const;

/** How a mirror turns a stored record into its light row (undefined: invalid, and reported). */
export interface MirrorSpec<R> {
  store: MirroredStore;
  project(raw: unknown): R | undefined;
}

/** Records read per request on a full load: small enough to keep frames flowing between chunks. */
const CHUNK = 2500;
/**
 * A full load reads in eight ranges of ids at once, each starting with requests of 250 records
 * (`readChunksInLanes`). The reports' first visit starts while the page draws the new view: with
 * two lanes of 2,500, the database was idle while the page was busy, and 1,000 leads' activities
 * ended on a chunk of 2,000 the page still had to decode once the database was done.
 */
const LANES: Lanes = 8;
const FIRST_CHUNK = 250;
/** Writers stamp times from the same browser clock; this slack covers a write racing a refresh. */
const SLACK_MS = 5000;
/** How long a full load may keep the thread between pauses for the page to paint. */
const FRAME_MS = 16;
/**
 * How long a full load runs before it reports progress: a quicker one is done before a bar would say
 * anything, and each report renders the view that waits for it again.
 */
const PROGRESS_AFTER_MS = 400;
/** Above this many unknown keys, a full load is cheaper than fetching them one by one. */
const FETCH_KEYS_BELOW = 2000;

/**
 * Asks `store` for its count; false when its transaction takes no request now (a chunk handed over
 * after a pause, between the transaction's events), to be asked again with the next chunk.
 */
function askCount(store: { count(): Promise<number> }, onCount: (count: number) => void): boolean {
  try {
    store.count().then(onCount, () => undefined); // the reads report a failed transaction
    return true;
  } catch {
    return false;
  }
}

/** Progress of a full load. */
export interface MirrorProgress {
  loaded: number;
  total: number;
}

/**
 * A read-only, in-memory projection of one store that a page keeps fresh without re-reading it:
 * after a change it reads only records written since the last refresh (through the store's time
 * index), and when the record count disagrees (deletes, imports of old records) it reconciles keys.
 * A write that replaces an existing record with an older time and leaves the count unchanged is
 * not seen until the next full load: such writes announce themselves (`ChangeEvent.rewound`, from
 * `writeTx(…, { rewinds: true })`) and the page's feed calls `invalidate`.
 */
export class StoreMirror<R> {
  private readonly rows = new Map<string, R>();
  private since = -Infinity;
  private array: R[] | undefined;
  private loaded = false;
  /** Bumped on every change to the rows, so views can memoise on it. */
  version = 0;

  constructor(
    private readonly spec: MirrorSpec<R>,
    private readonly chunk = CHUNK,
    private readonly progressAfterMs = PROGRESS_AFTER_MS,
    private readonly lanes: Lanes = LANES,
  ) {}

  /** The rows, as an array that stays the same object until the next change. */
  list(): readonly R[] {
    this.array ??= [...this.rows.values()];
    return this.array;
  }

  /** One row by key. */
  get(id: string): R | undefined {
    return this.rows.get(id);
  }

  /** How many rows are held. */
  get size(): number {
    return this.rows.size;
  }

  /** True once a full load has completed (until `invalidate`). */
  get isLoaded(): boolean {
    return this.loaded;
  }

  /**
   * The `count` most recently written rows, newest first, read through the store's time index (a
   * bounded read, whatever the store's size): what a view can show while the full load runs.
   */
  async newest(db: LeadlineDB, count: number): Promise<R[]> {
    const index = db.transaction(this.spec.store).store.index(TIME_INDEX[this.spec.store] as never) as WalkableIndex;
    const rows: R[] = [];
    for await (const batch of newestFirst(index, null, (last) => IDBKeyRange.upperBound(last), count)) {
      for (const raw of batch) {
        const row = this.spec.project(raw);
        if (row !== undefined && rows.length < count) rows.push(row);
      }
      if (rows.length >= count) break;
    }
    return rows;
  }

  /** Drops everything: the next refresh is a full load. */
  invalidate(): void {
    this.loaded = false;
  }

  /** Brings the rows up to date: a full load the first time, an incremental refresh after. */
  async refresh(db: LeadlineDB, onProgress?: (progress: MirrorProgress) => void): Promise<void> {
    const start = performance.now();
    const full = !this.loaded;
    await (full ? this.load(db, onProgress) : this.update(db, onProgress));
    // Visible in DevTools and read by the benchmarks: what keeping the rows fresh costs.
    performance.measure(`leadline:mirror-${full ? 'load' : 'refresh'}:${this.spec.store}`, { start, duration: performance.now() - start });
  }

  private async update(db: LeadlineDB, onProgress?: (progress: MirrorProgress) => void): Promise<void> {
    const startedAt = Date.now();
    const { store } = this.spec;
    let changed = false;
    const recent = await db.getAllFromIndex(store, TIME_INDEX[store] as never, IDBKeyRange.lowerBound(this.since));
    for (const raw of recent) changed = this.upsert(raw) || changed;
    const count = await db.count(store);
    if (count !== this.rows.size) {
      const keys = await db.getAllKeys(store);
      const present = new Set(keys);
      for (const id of this.rows.keys()) {
        if (!present.has(id)) {
          this.rows.delete(id);
          changed = true;
        }
      }
      const unknown = keys.filter((id) => !this.rows.has(id));
      if (unknown.length > FETCH_KEYS_BELOW) return this.load(db, onProgress);
      const tx = db.transaction(store);
      for (const raw of await Promise.all(unknown.map((id) => tx.store.get(id)))) changed = this.upsert(raw) || changed;
    }
    this.since = startedAt - SLACK_MS;
    if (changed) this.bump();
  }

  private async load(db: LeadlineDB, onProgress?: (progress: MirrorProgress) => void): Promise<void> {
    const startedAt = Date.now();
    const { store } = this.spec;
    const tx = db.transaction(store);
    // One transaction, read chunk after chunk while each chunk is projected.
    // The store is taken while the transaction is active: `tx.store` asks the transaction again,
    // which throws once it has finished (chunks still handed over after a pause).
    const source = tx.store;
    const chunks = readChunksInLanes(source, this.chunk, this.lanes, FIRST_CHUNK);
    let total: number | undefined;
    let counting = false;
    this.rows.clear();
    const began = performance.now();
    let painted = began;
    for await (const chunk of chunks) {
      for (const raw of chunk) this.upsert(raw);
      if (performance.now() - began >= this.progressAfterMs) {
        // Only the progress needs the count, and counting walks the whole store between the
        // chunks' reads: for the reports' first read of a 6,000-lead profile's activities,
        // IndexedDB counted for 50 ms and read for 200 (traced). Only a load still running when
        // its progress would show asks.
        counting ||= askCount(source, (count) => (total = count));
        if (total !== undefined) onProgress?.({ loaded: Math.min(total, this.rows.size), total });
      }
      // Let the page paint (and show progress) between chunks, once a frame's time has gone by:
      // a pause after every chunk cost 4 ms each where timers nest (chunks already waiting), a third
      // of a second for 80 chunks of activities at 50,000 leads.
      if (performance.now() - painted >= FRAME_MS) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        painted = performance.now();
      }
    }
    this.loaded = true;
    this.since = startedAt - SLACK_MS;
    this.bump();
  }

  /** Stores one record's row; true when that changed what the mirror holds. */
  private upsert(raw: unknown): boolean {
    const id = (raw as { id?: unknown } | undefined)?.id;
    if (typeof id !== 'string') return false;
    const row = this.spec.project(raw);
    if (row === undefined) return this.rows.delete(id);
    const before = this.rows.get(id);
    this.rows.set(id, row);
    // Refreshes re-read the last few seconds' records; only a real change should re-render views.
    return before === undefined || JSON.stringify(before) !== JSON.stringify(row);
  }

  private bump() {
    this.array = undefined;
    this.version += 1;
  }
}

/** The store of derived records a keeper writes, as its transaction hands it out. */
interface KeptStore {
  get(key: IDBValidKey): Promise<unknown>;
  getAll(): Promise<unknown[]>;
  put(value: unknown): Promise<unknown>;
  delete(key: IDBValidKey): Promise<unknown>;
}

/** What a derived store holds: how a record is checked, keyed, started empty and told empty. */
export interface DerivedShape<R> {
  readonly storeName: string;
  readonly schema: { safeParse(raw: unknown): { success: true; data: R } | { success: false } };
  /** A record under `key` that holds nothing yet. */
  empty(key: string): R;
  keyOf(record: R): string;
  /** Whether the record still holds anything (an empty one is deleted rather than put). */
  holdsAnything(record: R): boolean;
}

/**
 * The per-transaction upkeep of one derived store (the address summary per domain, the domains per
 * company name): a record is read once, the changes to it run one after another, and it is put once
 * after the last change queued for it (a pull or an import of many leads of one domain or company
 * writes it once, not once a lead). A clear of a followed store waits for the changes under way, and
 * the changes after it wait for the clear.
 */
export class DerivedKeeper<R> {
  private readonly cache = new Map<string, Promise<R>>();
  /** The last change queued per key, and the clear it came after (a change before a clear always puts). */
  private readonly latest = new Map<string, { change: Promise<R>; clears: number }>();
  /** Keys changed since their last put. */
  private readonly dirty = new Set<string>();
  private clears = 0;
  /** A clear in progress: changes after it wait for it. */
  private barrier: Promise<unknown> = Promise.resolve();
  protected readonly store: KeptStore;

  constructor(
    tx: { objectStore(name: string): unknown },
    private readonly shape: DerivedShape<R>,
    readonly fail: (error: unknown) => void,
  ) {
    this.store = tx.objectStore(shape.storeName) as KeptStore;
  }

  /** The stored record under `key`, or an empty one for it when there is none or it is damaged. */
  private parse(raw: unknown, key: string): R {
    const parsed = this.shape.schema.safeParse(raw);
    return parsed.success ? parsed.data : this.shape.empty(key);
  }

  /** Every record loses what `strip` takes away, after the changes already under way. */
  protected clearAll(strip: (record: R) => R): void {
    const pending = [this.barrier, ...this.cache.values()];
    this.cache.clear();
    this.clears += 1;
    this.barrier = (async () => {
      await Promise.all(pending);
      const all = (await this.store.getAll()) as R[];
      await Promise.all(
        all.map((record) => {
          const next = strip(record);
          return this.shape.holdsAnything(next) ? this.store.put(next) : this.store.delete(this.shape.keyOf(record));
        }),
      );
    })();
    this.barrier.catch(this.fail);
  }

  /** `change` edits the record in place and says whether it changed anything. */
  protected update(key: string, change: (record: R) => boolean | Promise<boolean>): void {
    const previous = this.cache.get(key) ?? this.barrier.then(async () => this.parse(await this.store.get(key), key));
    const clears = this.clears;
    const next: Promise<R> = previous.then(async (record) => {
      if (await change(record)) this.dirty.add(key);
      // A later change to this record is queued: that one puts it. The put copies the record as it is now.
      const last = this.latest.get(key);
      if (last && last.change !== next && last.clears === clears) return record;
      if (!this.dirty.delete(key)) return record;
      await (this.shape.holdsAnything(record) ? this.store.put(record) : this.store.delete(key));
      return record;
    });
    next.catch(this.fail);
    this.cache.set(key, next);
    this.latest.set(key, { change: next, clears });
  }
}

/**
 * Values handed from a producer that works ahead (requests in flight, downloads) to one consumer,
 * in the order they were put. The consumer takes them one at a time; a producer that must stay a
 * bounded distance ahead waits for `room`. After `end` or `fail`, the values already put are
 * still taken first, then `take` gives undefined or throws the failure.
 */
export interface Handoff<T> {
  /** Hands `value` over; ignored once the handoff ended, failed or was stopped. */
  put(value: T): void;
  /** No more values: `take` gives undefined once the waiting ones are taken. */
  end(): void;
  /** The producer failed: `take` throws `error` once the waiting ones are taken. */
  fail(error: unknown): void;
  /** The next value, waiting for it if none is ready; undefined after the last. */
  take(): Promise<T | undefined>;
  /** The consumer wants no more values: the waiting ones are dropped, `take` gives undefined and `room` false. */
  stop(): void;
  /** Waits until fewer than `limit` values wait to be taken: true, or false once stopped. */
  room(limit: number): Promise<boolean>;
  /** Every value in turn; leaving the loop early stops the handoff. */
  [Symbol.asyncIterator](): AsyncIterator<T>;
}

export function handoff<T>(): Handoff<T> {
  const ready: T[] = [];
  let over: { error?: { value: unknown } } | undefined;
  let stopped = false;
  // One consumer and one producer: at most one of each waits at a time.
  let taker: (() => void) | undefined;
  let putter: (() => void) | undefined;
  const wake = (waiter: (() => void) | undefined) => waiter?.();
  const handoff: Handoff<T> = {
    put(value) {
      if (stopped || over) return;
      ready.push(value);
      wake(taker);
    },
    end() {
      over ??= {};
      wake(taker);
    },
    fail(error) {
      over ??= { error: { value: error } };
      wake(taker);
    },
    async take() {
      while (!ready.length && !over && !stopped) await new Promise<void>((resolve) => (taker = resolve));
      taker = undefined;
      if (ready.length) {
        // Each value is let go once handed over: the consumer alone decides how long it lives.
        const value = ready.shift()!;
        wake(putter);
        return value;
      }
      if (over?.error && !stopped) throw over.error.value;
      return undefined;
    },
    stop() {
      stopped = true;
      ready.length = 0;
      wake(putter);
    },
    async room(limit) {
      while (ready.length >= limit && !stopped) await new Promise<void>((resolve) => (putter = resolve));
      putter = undefined;
      return !stopped;
    },
    async *[Symbol.asyncIterator]() {
      try {
        for (let value = await handoff.take(); value !== undefined; value = await handoff.take()) yield value;
      } finally {
        handoff.stop();
      }
    },
  };
  return handoff;
}

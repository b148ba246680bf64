import { useEffect, useRef, useState } from 'react';
import { getDb, onChange, type LeadlineDB, type StoreName } from '@/lib/db';

/** The result of a database query that re-runs whenever one of `stores` changes, in any context. */
export interface LiveQuery<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
}

/**
 * Runs `query` now and after every committed write to `stores` (here or in another extension page),
 * keeping the last result while the next one loads. `deps` re-run it when inputs change. `first`,
 * when given, is the answer to the first run, already on its way or already read (a page can start
 * its first query before React renders): an answer already read is the first render's data.
 */
export function useLiveQuery<T>(
  query: (db: LeadlineDB) => Promise<T>,
  deps: readonly unknown[],
  stores: readonly StoreName[],
  first?: T | Promise<T>,
): LiveQuery<T> {
  const [state, setState] = useState<LiveQuery<T>>(() =>
    first === undefined || first instanceof Promise
      ? { data: undefined, error: undefined, loading: true }
      : { data: first, error: undefined, loading: false },
  );
  const firstAnswer = useRef(first);
  useEffect(() => {
    let cancelled = false;
    let run = 0;
    const execute = () => {
      const mine = ++run;
      const ready = firstAnswer.current;
      firstAnswer.current = undefined;
      if (ready !== undefined && !(ready instanceof Promise)) return; // already the state's data
      (ready instanceof Promise ? ready : getDb().then(query)).then(
        (data) => {
          if (!cancelled && mine === run) setState({ data, error: undefined, loading: false });
        },
        (error: unknown) => {
          if (!cancelled && mine === run) {
            setState((prev) => ({ ...prev, error: error instanceof Error ? error : new Error(String(error)), loading: false }));
          }
        },
      );
    };
    execute();
    const unsubscribe = onChange((event) => {
      if (event.stores.some((store) => stores.includes(store))) execute();
    });
    return () => {
      cancelled = true;
      unsubscribe();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists the query's inputs in deps
  }, deps);
  return state;
}

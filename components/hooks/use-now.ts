import { useEffect, useState } from 'react';
import { usePlatform } from '../platform';

/**
 * The current time, refreshed every `intervalMs` (so "2 hours late" and "Today" stay true) and
 * whenever `resample` changes (new data to describe relative to now).
 */
export function useNow(intervalMs = 30_000, resample?: unknown): number {
  const { now } = usePlatform();
  const [value, setValue] = useState(now);
  useEffect(() => {
    const resampled = setTimeout(() => setValue(now()), 0);
    const timer = setInterval(() => setValue(now()), intervalMs);
    return () => {
      clearTimeout(resampled);
      clearInterval(timer);
    };
  }, [now, intervalMs, resample]);
  return value;
}

import { useEffect, useState } from 'react';
import { usePlatform } from '../platform';

/** The current time, refreshed every `intervalMs` (so "2 hours late" and "Today" stay true). */
export function useNow(intervalMs = 30_000): number {
  const { now } = usePlatform();
  const [value, setValue] = useState(now);
  useEffect(() => {
    const timer = setInterval(() => setValue(now()), intervalMs);
    return () => clearInterval(timer);
  }, [now, intervalMs]);
  return value;
}

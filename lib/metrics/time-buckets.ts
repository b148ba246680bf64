/** How finely a time series is cut. */
export type Granularity = 'day' | 'week' | 'month';

const DAY = 86_400_000;

/** Days for short ranges, weeks up to about seven months, months beyond. */
export function pickGranularity(start: number, end: number): Granularity {
  const days = (end - start) / DAY;
  if (days <= 45) return 'day';
  if (days <= 210) return 'week';
  return 'month';
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The start of the local day, ISO week (Monday) or month that holds `at`. */
export function bucketStart(at: number, granularity: Granularity): number {
  const date = new Date(at);
  if (granularity === 'month') return new Date(date.getFullYear(), date.getMonth(), 1).getTime();
  const day = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  if (granularity === 'week') day.setDate(day.getDate() - ((day.getDay() + 6) % 7));
  return day.getTime();
}

/** The bucket `at` falls in: `YYYY-MM-DD` of its first day (day, week) or `YYYY-MM` (month), local time. */
export function bucketKey(at: number, granularity: Granularity): string {
  const date = new Date(bucketStart(at, granularity));
  const month = `${date.getFullYear()}-${pad(date.getMonth() + 1)}`;
  return granularity === 'month' ? month : `${month}-${pad(date.getDate())}`;
}

/** Every bucket from the one holding `start` to the one holding `end - 1`, in order, none skipped. */
export function bucketKeys(start: number, end: number, granularity: Granularity): string[] {
  return bucketStarts(start, end, granularity).map((at) => bucketKey(at, granularity));
}

/** The start time of every bucket from the one holding `start` to the one holding `end - 1`. */
export function bucketStarts(start: number, end: number, granularity: Granularity): number[] {
  const starts: number[] = [];
  if (end <= start) return starts;
  const cursor = new Date(bucketStart(start, granularity));
  // A guard against a runaway loop on absurd ranges: ten years of days.
  while (cursor.getTime() < end && starts.length < 3660) {
    starts.push(cursor.getTime());
    if (granularity === 'month') cursor.setMonth(cursor.getMonth() + 1);
    else cursor.setDate(cursor.getDate() + (granularity === 'week' ? 7 : 1));
  }
  return starts;
}

/** The index of the bucket holding `at` among sorted bucket `starts`, or -1 when before the first. */
export function bucketIndex(starts: readonly number[], at: number): number {
  // Binary search: no Date per lead, which matters over 50,000 leads.
  let low = 0;
  let high = starts.length - 1;
  if (high < 0 || at < starts[0]!) return -1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle]! <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** A bucket as people read it: "12 Nov 2026", "Week of 9 Nov 2026", "Nov 2026". */
export function bucketLabel(key: string, granularity: Granularity, locale?: string): string {
  const [year, month, day] = key.split('-').map(Number);
  const date = new Date(year ?? 1970, (month ?? 1) - 1, day ?? 1);
  if (granularity === 'month') return new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric' }).format(date);
  const text = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(date);
  return granularity === 'week' ? `Week of ${text}` : text;
}

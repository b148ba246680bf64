// `describeDue` for the browser's own time zone with `Date` alone: the popup's early script draws its
// rows with it (components/popup/early-popup.ts), where date-fns and @date-fns/tz cost 33 KB and
// their first zone formatter tens of milliseconds. The same rules as date-fns's
// `formatDistanceStrict` (rounded down) and `format` in English, which `describeDue` uses;
// tests/unit/sequences/describe-due-here.test.ts holds the two equal, across daylight-saving changes.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MINUTES_IN_DAY = 1440;
const MINUTES_IN_MONTH = 43_200;
const MINUTES_IN_YEAR = 525_600;

const two = (value: number) => String(value).padStart(2, '0');
const count = (value: number, unit: string) => (value === 1 ? `1 ${unit}` : `${value} ${unit}s`);
const startOfDay = (at: number) => {
  const date = new Date(at);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate()).getTime();
};
/** How far the local clock is from UTC at `at`, in ms (date-fns's `getTimezoneOffsetInMilliseconds`). */
function offset(at: number): number {
  const date = new Date(at);
  const utc = new Date(
    Date.UTC(
      date.getFullYear(),
      date.getMonth(),
      date.getDate(),
      date.getHours(),
      date.getMinutes(),
      date.getSeconds(),
      date.getMilliseconds(),
    ),
  );
  utc.setUTCFullYear(date.getFullYear());
  return at - utc.getTime();
}

/** How long `earlier` is before `later` ("3 days", "1 hour"), as `formatDistanceStrict` rounding down. */
function distance(earlier: number, later: number): string {
  const ms = later - earlier;
  const minutes = ms / 60_000;
  const normalized = (ms - (offset(later) - offset(earlier))) / 60_000;
  if (minutes < 1) return count(Math.floor(ms / 1000), 'second');
  if (minutes < 60) return count(Math.floor(minutes), 'minute');
  if (minutes < MINUTES_IN_DAY) return count(Math.floor(minutes / 60), 'hour');
  if (normalized < MINUTES_IN_MONTH) return count(Math.floor(normalized / MINUTES_IN_DAY), 'day');
  if (normalized < MINUTES_IN_YEAR) {
    const months = Math.floor(normalized / MINUTES_IN_MONTH);
    return months === 12 ? count(1, 'year') : count(months, 'month');
  }
  return count(Math.floor(normalized / MINUTES_IN_YEAR), 'year');
}

/** `describeDue(dueAt, now, zone)` where `zone` is the browser's own time zone. */
export function describeDueHere(dueAt: number, now: number): string {
  const todayStart = startOfDay(now);
  if (dueAt < todayStart) return `${distance(dueAt, now)} late`;
  if (dueAt <= now) return now - dueAt < 60_000 ? 'due now' : `${distance(dueAt, now)} late`;
  const local = new Date(dueAt);
  const time = `${two(local.getHours())}:${two(local.getMinutes())}`;
  if (startOfDay(dueAt) === todayStart) return `due at ${time}`;
  return `${DAYS[local.getDay()]} ${local.getDate()} ${MONTHS[local.getMonth()]}, ${time}`;
}

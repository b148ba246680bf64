import { TZDate } from '@date-fns/tz';
import { addDays, format, isWeekend, startOfDay, startOfWeek } from 'date-fns';

/**
 * The working calendar due dates are computed on: a time zone, whether weekends count, and the
 * dates on which nothing comes due. All date arithmetic goes through @date-fns/tz so that a day is
 * a calendar day in that zone (23 or 25 hours across a daylight-saving change), never 24 h of ms.
 */
export interface WorkCalendar {
  timeZone: string;
  skipWeekends: boolean;
  /** `YYYY-MM-DD` dates, in `timeZone`. */
  holidays: ReadonlySet<string>;
}

/** When a step has no time of day, it comes due at the start of the working day. */
export const DEFAULT_DUE_TIME = '09:00';

/** Guards against a calendar on which no day is a working day (every date a holiday). */
const MAX_DAYS_SEARCHED = 3 * 366;

/** The moment `at` as a date in the calendar's zone. */
export function zoned(at: number, timeZone: string): TZDate {
  return new TZDate(at, timeZone);
}

/** `YYYY-MM-DD` of the day `at` falls on, in `timeZone`. */
export function isoDay(at: number | TZDate, timeZone: string): string {
  return format(typeof at === 'number' ? zoned(at, timeZone) : at, 'yyyy-MM-dd');
}

/** True when nothing may come due on `day`: a weekend (when skipped) or a holiday. */
export function isWorkingDay(day: TZDate, calendar: WorkCalendar): boolean {
  if (calendar.skipWeekends && isWeekend(day)) return false;
  return !calendar.holidays.has(format(day, 'yyyy-MM-dd'));
}

/** `day` itself when it is a working day, else the first working day after it. */
export function nextWorkingDay(day: TZDate, calendar: WorkCalendar): TZDate {
  let current = day;
  for (let i = 0; i < MAX_DAYS_SEARCHED; i++) {
    if (isWorkingDay(current, calendar)) return current;
    current = addDays(current, 1);
  }
  throw new Error('No working day in the next three years: check the holiday list');
}

/** The day `count` working days after `day` (weekends and holidays are not counted). */
export function addWorkingDays(day: TZDate, count: number, calendar: WorkCalendar): TZDate {
  let current = day;
  let left = count;
  for (let i = 0; left > 0; i++) {
    if (i > MAX_DAYS_SEARCHED) throw new Error('No working day in the next three years: check the holiday list');
    current = addDays(current, 1);
    if (isWorkingDay(current, calendar)) left--;
  }
  return current;
}

/** The moment `HH:MM` on `day`, in the day's zone. A time skipped by a DST change moves forward. */
export function atTimeOfDay(day: TZDate, time: string, timeZone: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new TZDate(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, timeZone).getTime();
}

/** Midnight starting the day `at` falls on, in `timeZone`. */
export function startOfLocalDay(at: number, timeZone: string): number {
  return startOfDay(zoned(at, timeZone)).getTime();
}

/** The last millisecond of the day `at` falls on, in `timeZone`. */
export function endOfLocalDay(at: number, timeZone: string): number {
  return addDays(startOfDay(zoned(at, timeZone)), 1).getTime() - 1;
}

/** Midnight starting the next day (when "due today" next changes meaning). */
export function nextLocalMidnight(at: number, timeZone: string): number {
  return endOfLocalDay(at, timeZone) + 1;
}

/** Midnight on the calendar day after `at`. */
export function startOfNextDay(at: number, timeZone: string): TZDate {
  return addDays(startOfDay(zoned(at, timeZone)), 1);
}

/** Midnight on Monday of the week after the one `at` falls in. */
export function startOfNextWeek(at: number, timeZone: string): TZDate {
  return addDays(startOfWeek(zoned(at, timeZone), { weekStartsOn: 1 }), 7);
}

/** Midnight starting a `YYYY-MM-DD` date in `timeZone`. */
export function dayFromIso(date: string, timeZone: string): TZDate {
  const [year = 1970, month = 1, day = 1] = date.split('-').map(Number);
  return new TZDate(year, month - 1, day, 0, 0, timeZone);
}

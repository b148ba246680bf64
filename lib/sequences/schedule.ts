import type { Sequence, Step } from '../model';
import {
  addWorkingDays,
  atTimeOfDay,
  DEFAULT_DUE_TIME,
  dayFromIso,
  nextWorkingDay,
  startOfNextDay,
  startOfNextWeek,
  zoned,
  type WorkCalendar,
} from './calendar';
import { startOfDay, addDays } from 'date-fns';

/** The zone and the workspace-wide holidays a schedule is computed with (Settings supplies both). */
export interface ScheduleContext {
  timeZone: string;
  /** Holidays from Settings; each sequence adds its own. */
  holidays: readonly string[];
}

/** The calendar a sequence's due dates follow: its weekend rule, its holidays plus the workspace's. */
export function calendarFor(sequence: Pick<Sequence, 'rules'>, context: ScheduleContext): WorkCalendar {
  return {
    timeZone: context.timeZone,
    skipWeekends: sequence.rules.skipWeekends,
    holidays: new Set([...sequence.rules.holidays, ...context.holidays]),
  };
}

/**
 * When a step comes due, given the moment the previous step was completed (or the lead enrolled).
 *
 * - Business days (the default) count only working days: a 1-business-day delay after a Friday
 *   evening completion lands on Monday (Tuesday if Monday is a holiday).
 * - Calendar days count every day, then a due date on a non-working day moves to the next working day.
 * - A working day is any day that is not a holiday and, when the sequence skips weekends, not a
 *   Saturday or Sunday. With weekends not skipped, "business days" count weekends too.
 * - The step comes due at its time of day (09:00 when it has none) in the calendar's zone, so it
 *   stays at 09:00 local across a daylight-saving change. Never before `from` itself: a same-day
 *   step completed after its time of day is due at once.
 */
export function dueAtForStep(from: number, step: Pick<Step, 'delayDays' | 'businessDays' | 'timeOfDay'>, calendar: WorkCalendar): number {
  const start = startOfDay(zoned(from, calendar.timeZone));
  const target = step.businessDays ? addWorkingDays(start, step.delayDays, calendar) : addDays(start, step.delayDays);
  const day = nextWorkingDay(target, calendar);
  return Math.max(from, atTimeOfDay(day, step.timeOfDay ?? DEFAULT_DUE_TIME, calendar.timeZone));
}

/** The snooze choices the popup offers. */
export type SnoozeChoice = { kind: 'hour' } | { kind: 'tomorrow' } | { kind: 'next-week' } | { kind: 'date'; date: string };

/**
 * The new due moment for a snooze chosen at `now`: one hour later; tomorrow at 09:00; Monday of
 * next week at 09:00; or a picked date at 09:00. Snoozes are literal (the user chose the day), so
 * they ignore the weekend and holiday rules. A picked date must lie in the future.
 */
export function snoozeUntil(choice: SnoozeChoice, now: number, timeZone: string): number {
  switch (choice.kind) {
    case 'hour':
      return now + 3_600_000;
    case 'tomorrow':
      return atTimeOfDay(startOfNextDay(now, timeZone), DEFAULT_DUE_TIME, timeZone);
    case 'next-week':
      return atTimeOfDay(startOfNextWeek(now, timeZone), DEFAULT_DUE_TIME, timeZone);
    case 'date': {
      const until = atTimeOfDay(dayFromIso(choice.date, timeZone), DEFAULT_DUE_TIME, timeZone);
      if (!(until > now)) throw new Error('Pick a date in the future');
      return until;
    }
  }
}

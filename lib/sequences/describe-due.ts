import { TZDate } from '@date-fns/tz';
import { format, formatDistanceStrict } from 'date-fns';
import { startOfLocalDay } from './calendar';

/**
 * How a follow-up's due moment reads in its row: "3 days late", "2 hours late", "due now",
 * "due at 14:00", or for later days "Mon 9 Mar, 09:00" — in the user's time zone.
 */
export function describeDue(dueAt: number, now: number, timeZone: string): string {
  const todayStart = startOfLocalDay(now, timeZone);
  const local = new TZDate(dueAt, timeZone);
  if (dueAt < todayStart) return `${formatDistanceStrict(dueAt, now, { roundingMethod: 'floor' })} late`;
  if (dueAt <= now) return now - dueAt < 60_000 ? 'due now' : `${formatDistanceStrict(dueAt, now, { roundingMethod: 'floor' })} late`;
  if (startOfLocalDay(dueAt, timeZone) === todayStart) return `due at ${format(local, 'HH:mm')}`;
  return format(local, 'EEE d MMM, HH:mm');
}

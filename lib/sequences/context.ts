import type { Settings } from '../model';
import { effectiveTimeZone } from '../time';
import type { ScheduleContext } from './schedule';

/** The schedule context Settings describe: its zone (or the browser's) and its holiday list. */
export function scheduleContextFrom(settings: Pick<Settings, 'timeZone' | 'holidays'>, fallbackZone?: string): ScheduleContext {
  return { timeZone: effectiveTimeZone(settings.timeZone, fallbackZone), holidays: settings.holidays };
}

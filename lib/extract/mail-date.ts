/**
 * Dates as webmail shows them, read without Date.parse (its leniency differs between browsers):
 * Gmail "Tue, Mar 4, 2025, 10:12 AM" / "Tue, 4 Mar 2025, 10:12", Outlook "Tue 3/4/2025 10:12 AM",
 * "Yesterday 9:05 AM", "10:12 AM" (today), ISO. Local time, as the page shows it. English month
 * names only; other languages fall back to the message id (Gmail) or stay unknown.
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MS = 86_400_000;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase());
}

/** The moment a Gmail legacy message id encodes: its top 44 bits are the milliseconds since 1970. */
export function gmailIdTime(legacyId: string | null | undefined): number | undefined {
  if (!legacyId || !/^[0-9a-f]{12,16}$/i.test(legacyId)) return undefined;
  const ms = Math.floor(parseInt(legacyId, 16) / 2 ** 20);
  // Gmail opened in 2004; anything outside 2004..2100 is not a real id.
  return ms > 1_072_915_200_000 && ms < 4_102_444_800_000 ? ms : undefined;
}

/**
 * The moment a mail date text names, or undefined. `now` resolves texts without a date ("10:12 AM",
 * "Yesterday 9:05", "Tue 10:12").
 */
export function parseMailDate(text: string | null | undefined, now: number): number | undefined {
  const raw = text
    ?.replace(/\([^)]*\)/g, ' ')
    .replace(/[\u202f\u00a0]/g, ' ')
    .trim();
  if (!raw) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(raw);
  if (iso) {
    if (iso[7] || !iso[4]) {
      const ms = new Date(iso[7] ? raw.replace(' ', 'T') : `${raw}T00:00:00`).getTime();
      return Number.isNaN(ms) ? undefined : ms;
    }
    return local(+iso[1]!, +iso[2]! - 1, +iso[3]!, +iso[4], +iso[5]!, +(iso[6] ?? 0));
  }
  const time = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap])?\.?\s*m?\.?(?![a-z])/i.exec(raw);
  let hours = time ? +time[1]! : 0;
  const minutes = time ? +time[2]! : 0;
  if (time?.[4]) {
    const pm = time[4].toLowerCase() === 'p';
    if (hours > 12) return undefined;
    hours = (hours % 12) + (pm ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return undefined;
  const dateText = time ? raw.slice(0, time.index) + ' ' + raw.slice(time.index + time[0].length) : raw;

  // "Mar 4, 2025" / "March 4 2025"
  let match = /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/.exec(dateText);
  if (match && monthIndex(match[1]!) >= 0) return local(+match[3]!, monthIndex(match[1]!), +match[2]!, hours, minutes);
  // "4 Mar 2025" / "4 March, 2025"
  match = /(\d{1,2})\.?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/.exec(dateText);
  if (match && monthIndex(match[2]!) >= 0) return local(+match[3]!, monthIndex(match[2]!), +match[1]!, hours, minutes);
  // "3/4/2025": month first when the time is written with AM/PM (US), else day first; a part above 12 decides.
  match = /(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?!\d)/.exec(dateText);
  if (match) {
    let [first, second] = [+match[1]!, +match[2]!];
    const year = match[3]!.length === 2 ? 2000 + +match[3]! : +match[3]!;
    const monthFirst = first > 12 ? false : second > 12 ? true : !!time?.[4];
    if (!monthFirst) [first, second] = [second, first];
    if (first < 1 || first > 12) return undefined;
    return local(year, first - 1, second, hours, minutes);
  }
  if (!time) return undefined;
  // No date: today, yesterday, or the last such weekday.
  const today = new Date(now);
  today.setHours(hours, minutes, 0, 0);
  const words = dateText.toLowerCase();
  if (/\byesterday\b/.test(words)) return today.getTime() - DAY_MS;
  const weekday = WEEKDAYS.findIndex((day) => new RegExp(`\\b${day}`).test(words));
  if (weekday >= 0) {
    const back = (today.getDay() - weekday + 7) % 7 || 7;
    return shiftDays(today, -back);
  }
  return /^[\s,]*(today)?[\s,]*$/i.test(dateText) ? today.getTime() : undefined;
}

function local(year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): number | undefined {
  const date = new Date(year, month, day, hours, minutes, seconds);
  return date.getMonth() === month && date.getDate() === day ? date.getTime() : undefined;
}

function shiftDays(date: Date, days: number): number {
  const copy = new Date(date);
  copy.setDate(copy.getDate() + days);
  return copy.getTime();
}

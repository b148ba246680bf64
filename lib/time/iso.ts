const DAY_MS = 86_400_000;

/** `00`–`99` and `000`–`999`, made on first use. */
let twoDigits: string[] | undefined;
let threeDigits: string[] | undefined;

/**
 * Times as `Date.prototype.toISOString` writes them (`2026-03-01T09:05:07.042Z`), for many times at
 * once: an export writes one per lead, and `toISOString` was about a seventh of its line writing.
 * The date part comes from `toISOString` once per day (years beyond 9999 and before 0 included) and
 * is kept; the time of day is written from the number.
 */
export class IsoTimestamps {
  private readonly days = new Map<number, string>();

  /** `new Date(ms).toISOString()`; throws the same RangeError for a time a Date cannot hold. */
  format(ms: number): string {
    // A Date drops the fraction of a millisecond towards zero (TimeClip), before the day is taken.
    const time = Math.trunc(ms);
    if (!(Math.abs(time) <= 8.64e15)) return new Date(time).toISOString(); // throws, as a Date's would
    const day = Math.floor(time / DAY_MS);
    let date = this.days.get(day);
    if (date === undefined) {
      date = new Date(day * DAY_MS).toISOString().slice(0, -13);
      this.days.set(day, date);
    }
    let rest = time - day * DAY_MS;
    const milliseconds = rest % 1000;
    rest = (rest - milliseconds) / 1000;
    const seconds = rest % 60;
    rest = (rest - seconds) / 60;
    const minutes = rest % 60;
    const hours = (rest - minutes) / 60;
    twoDigits ??= Array.from({ length: 100 }, (_, n) => String(n).padStart(2, '0'));
    threeDigits ??= Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));
    return `${date}${twoDigits[hours]}:${twoDigits[minutes]}:${twoDigits[seconds]}.${threeDigits[milliseconds]}Z`;
  }
}

import { describe, expect, it } from 'vitest';
import { describeDue, describeDueHere } from '@/lib/sequences';
import { localTimeZone } from '@/lib/time';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

// Offsets of a follow-up's due moment from now: seconds to years, both sides, and the edges where
// the wording changes (a minute, an hour, a day, 30 days, 12 months, midnight).
const OFFSETS = [
  0,
  20_000,
  59_999,
  MINUTE,
  61_000,
  59 * MINUTE,
  HOUR,
  2 * HOUR + 5 * MINUTE,
  23 * HOUR + 59 * MINUTE,
  DAY,
  DAY + HOUR,
  3 * DAY,
  29 * DAY + 23 * HOUR,
  30 * DAY,
  31 * DAY,
  45 * DAY,
  200 * DAY,
  364 * DAY,
  365 * DAY,
  366 * DAY,
  800 * DAY,
].flatMap((offset) => [offset, -offset]);

describe('describeDueHere (the early rows’ due labels, with Date alone)', () => {
  it('reads exactly as describeDue in the browser’s zone, across daylight-saving changes and midnights', () => {
    const zoneBefore = process.env.TZ;
    try {
      const checked: string[] = [];
      for (const [zone, nows] of [
        // The night before a 23-hour day and a 25-hour day, and their afternoons.
        ['Europe/Berlin', ['2026-03-28T22:30:00Z', '2026-03-29T12:00:00Z', '2026-10-25T00:10:00Z']],
        ['America/New_York', ['2026-11-01T03:59:00Z', '2026-11-01T17:00:00Z', '2026-03-08T06:30:00Z']],
        ['Asia/Kolkata', ['2026-01-14T15:00:00Z', '2026-12-31T18:29:00Z']],
        ['Pacific/Chatham', ['2026-04-05T01:00:00Z', '2026-09-27T02:00:00Z']],
        ['UTC', ['2026-02-28T23:59:30Z', '2028-02-29T00:00:10Z']],
      ] as const) {
        process.env.TZ = zone;
        const here = localTimeZone(); // ICU may name it by an alias (Asia/Calcutta)
        expect(here === zone || (zone === 'Asia/Kolkata' && here === 'Asia/Calcutta')).toBe(true);
        for (const iso of nows) {
          const now = Date.parse(iso);
          for (const offset of OFFSETS) {
            const dueAt = now + offset;
            expect(describeDueHere(dueAt, now), `${zone}, now ${iso}, due ${new Date(dueAt).toISOString()}`).toBe(
              describeDue(dueAt, now, here),
            );
            checked.push(describeDueHere(dueAt, now));
          }
        }
      }
      // Every kind of label came up.
      for (const kind of [
        /^due now$/,
        /^\d+ seconds late$/,
        /minutes? late$/,
        /hours? late$/,
        /days? late$/,
        /months? late$/,
        /years? late$/,
        /^due at \d\d:\d\d$/,
        /^\w{3} \d{1,2} \w{3}, \d\d:\d\d$/,
      ]) {
        expect(
          checked.some((label) => kind.test(label)),
          String(kind),
        ).toBe(true);
      }
    } finally {
      if (zoneBefore === undefined) delete process.env.TZ;
      else process.env.TZ = zoneBefore;
    }
  });
});

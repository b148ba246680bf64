import { describe, expect, it } from 'vitest';
import { IsoTimestamps } from '@/lib/time';

const MAX = 8.64e15;

describe('IsoTimestamps', () => {
  it('writes every time as toISOString does, at the ends of the range and across days', () => {
    const iso = new IsoTimestamps();
    const times = [
      0,
      -0,
      1,
      -1,
      999,
      86_399_999,
      86_400_000,
      -86_400_000,
      -86_400_001,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999), // a leap day's last millisecond
      Date.UTC(2026, 11, 6, 9, 5, 7, 42),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      Date.UTC(10000, 0, 1), // six-digit years, with a sign
      Date.UTC(-1, 5, 15, 12),
      Date.UTC(0, 0, 1) - 1,
      MAX,
      -MAX,
      MAX - 1,
      -MAX + 1,
    ];
    for (const time of times) expect(iso.format(time), String(time)).toBe(new Date(time).toISOString());
  });

  it('drops a fraction of a millisecond towards zero, as a Date does', () => {
    const iso = new IsoTimestamps();
    for (const time of [1.9, -1.9, -0.5, 86_399_999.7, -86_400_000.2, 1_765_000_000_123.999]) {
      expect(iso.format(time), String(time)).toBe(new Date(time).toISOString());
    }
  });

  it('gives the same answer from its kept days as from a fresh start', () => {
    const kept = new IsoTimestamps();
    let seed = 7;
    for (let n = 0; n < 2000; n++) {
      seed = (seed * 48_271) % 2_147_483_647;
      // Within a few days of each other, so that most days are read from what was kept.
      const time = Date.UTC(2026, 2, 1) + (seed % (5 * 86_400_000)) - 2 * 86_400_000;
      expect(kept.format(time)).toBe(new Date(time).toISOString());
    }
  });

  it('throws a RangeError for a time no Date can hold, as toISOString does', () => {
    const iso = new IsoTimestamps();
    for (const time of [MAX + 1, -MAX - 1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => iso.format(time), String(time)).toThrow(RangeError);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { holidayCountries, holidayPreset } from '@/lib/sequences/holiday-presets';

describe('holiday presets', () => {
  it("lists a country's public holidays as dates, observed days included", async () => {
    const us = await holidayPreset('US', [2026]);
    expect(us.map((holiday) => holiday.date)).toEqual(
      expect.arrayContaining(['2026-01-01', '2026-01-19', '2026-07-03', '2026-07-04', '2026-11-26', '2026-12-25']),
    );
    expect(us.find((holiday) => holiday.date === '2026-11-26')?.name).toBe('Thanksgiving Day');
    const fr = await holidayPreset('FR', [2026, 2027]);
    // Easter Monday moves every year: computed, not a fixed list.
    expect(fr.map((holiday) => holiday.date)).toEqual(expect.arrayContaining(['2026-04-06', '2027-03-29', '2026-07-14']));
  });

  it('offers countries by name', async () => {
    const countries = await holidayCountries();
    expect(countries).toContainEqual(['DE', 'Germany']);
    expect(countries.length).toBeGreaterThan(100);
  });
});

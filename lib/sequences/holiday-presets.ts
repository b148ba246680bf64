/** A public holiday from a country preset. */
export interface PresetHoliday {
  date: string;
  name: string;
}

// date-holidays carries every country's rules (about a megabyte): it is loaded only when the user
// asks for a preset, as its own chunk, never in the popup or the service worker.
async function load() {
  return (await import('date-holidays')).default;
}

/** Countries with presets, as [code, name] by name. */
export async function holidayCountries(): Promise<Array<[string, string]>> {
  const Holidays = await load();
  return Object.entries(new Holidays().getCountries('en')).sort((a, b) => a[1].localeCompare(b[1]));
}

/** A country's public (bank) holidays in the given years, as `YYYY-MM-DD` dates with names. */
export async function holidayPreset(country: string, years: readonly number[]): Promise<PresetHoliday[]> {
  const Holidays = await load();
  const calendar = new Holidays(country, { types: ['public', 'bank'] });
  const out = new Map<string, string>();
  for (const year of years) {
    for (const holiday of calendar.getHolidays(year, 'en')) {
      if (holiday.type !== 'public' && holiday.type !== 'bank') continue;
      const date = holiday.date.slice(0, 10);
      if (!out.has(date)) out.set(date, holiday.name);
    }
  }
  return [...out].map(([date, name]) => ({ date, name })).sort((a, b) => a.date.localeCompare(b.date));
}

import { useEffect, useState } from 'react';
import { holidayCountries, holidayPreset } from '@/lib/sequences';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import { usePlatform } from '../platform';

/**
 * Adds a country's public holidays (this year and next) to a holiday list. The country rules are
 * loaded only when this control is shown.
 */
export function HolidayPresetPicker({
  onAdd,
  initialCountry = '',
}: {
  onAdd: (dates: string[], country: string) => void;
  initialCountry?: string;
}) {
  const platform = usePlatform();
  const [countries, setCountries] = useState<Array<[string, string]>>();
  const [country, setCountry] = useState(initialCountry);
  // The presets are about a megabyte: load them only once the user asks for them.
  const [wanted, setWanted] = useState(Boolean(initialCountry));
  useEffect(() => {
    if (!wanted) return;
    let live = true;
    holidayCountries().then(
      (list) => live && setCountries(list),
      () => live && setCountries([]),
    );
    return () => {
      live = false;
    };
  }, [wanted]);
  const {
    run: add,
    busy,
    error,
  } = useAction(async () => {
    const year = new Date(platform.now()).getUTCFullYear();
    const holidays = await holidayPreset(country, [year, year + 1]);
    onAdd(
      holidays.map((holiday) => holiday.date),
      country,
    );
  });
  if (!wanted) {
    return (
      <div>
        <Button onClick={() => setWanted(true)}>Add a country’s public holidays…</Button>
      </div>
    );
  }
  return (
    <div className="flex items-end gap-2">
      <label className="flex flex-col gap-1 text-xs font-medium text-slate-600 dark:text-slate-400">
        Holiday preset
        <select
          value={country}
          onChange={(event) => setCountry(event.target.value)}
          className="rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        >
          <option value="">{countries ? 'Choose a country' : 'Loading countries…'}</option>
          {(countries ?? []).map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <Button disabled={!country || busy} onClick={() => void add()}>
        {busy ? 'Adding…' : 'Add public holidays'}
      </Button>
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

import { useState } from 'react';
import { getDb, updateSettings } from '@/lib/db';
import type { Settings } from '@/lib/model';
import { isValidTimeZone, localTimeZone } from '@/lib/time';
import { Button } from '../button';
import { SelectField, TextAreaField, TextField } from '../field';
import { useAction } from '../hooks/use-action';
import { usePlatform } from '../platform';
import { HolidayPresetPicker } from '../sequences/holiday-preset-picker';
import type { Notify } from '../view-context';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const zones = (): string[] => {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
};

/** Settings for follow-ups: time zone, holidays, mail provider for Compose, desktop notifications. */
export function ReminderSettings({ settings, notify }: { settings: Settings; notify: Notify }) {
  const platform = usePlatform();
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [holidays, setHolidays] = useState(settings.holidays.join('\n'));
  const [country, setCountry] = useState(settings.holidayCountry);
  const [provider, setProvider] = useState(settings.mailProvider);
  // Saving and switching notifications share one alert: a refused check, permission or write.
  const write = useAction((work: () => Promise<void>) => work());
  const { error, setError } = write;

  const save = () => {
    const dates = [...new Set(holidays.split(/[\s,]+/).filter(Boolean))].sort();
    const bad = dates.find((date) => !ISO_DATE.test(date));
    if (bad) return setError(`“${bad}” is not a date written as YYYY-MM-DD`);
    if (timeZone && !isValidTimeZone(timeZone)) return setError(`“${timeZone}” is not a time zone this browser knows (try Europe/Paris)`);
    void write.run(async () => {
      await updateSettings(await getDb(), { timeZone, holidays: dates, holidayCountry: country, mailProvider: provider });
      notify({ text: 'Follow-up settings saved' });
    });
  };

  const toggleNotifications = (on: boolean) =>
    void write.run(async () => {
      // The permission prompt must come from this click, before anything else is awaited.
      const granted = on ? await platform.requestNotifications() : true;
      if (on && !granted) throw new Error('Notifications were not allowed: the badge still counts what is due.');
      await updateSettings(await getDb(), { notifications: on });
    });

  return (
    <section aria-labelledby="followup-settings-heading" className="flex flex-col gap-4">
      <h2 id="followup-settings-heading" className="text-base font-semibold">
        Follow-ups
      </h2>
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" className="mt-1" checked={settings.notifications} onChange={(e) => toggleNotifications(e.target.checked)} />
        <span>
          Desktop notification when a follow-up comes due
          <span className="block text-xs text-slate-500">Leadline asks for the permission when you turn this on.</span>
        </span>
      </label>
      <SelectField
        label="Compose emails in"
        options={[
          { value: 'gmail', label: 'Gmail' },
          { value: 'outlook', label: 'Outlook on the web' },
        ]}
        value={provider}
        onChange={(e) => setProvider(e.target.value as Settings['mailProvider'])}
      />
      <TextField
        label="Time zone for due dates"
        list="leadline-time-zones"
        placeholder={`Browser’s own (${localTimeZone()})`}
        value={timeZone}
        onChange={(e) => setTimeZone(e.target.value.trim())}
      />
      <datalist id="leadline-time-zones">
        {zones().map((zone) => (
          <option key={zone} value={zone} />
        ))}
      </datalist>
      <TextAreaField
        label="Holidays for every sequence"
        rows={4}
        hint="One date per line, YYYY-MM-DD. Nothing comes due on these days."
        value={holidays}
        onChange={(e) => setHolidays(e.target.value)}
      />
      <HolidayPresetPicker
        initialCountry={country}
        onAdd={(dates, picked) => {
          setCountry(picked);
          setHolidays((text) => [...new Set([...text.split(/[\s,]+/).filter(Boolean), ...dates])].sort().join('\n'));
        }}
      />
      <div>
        <Button variant="primary" disabled={write.busy} onClick={save}>
          Save follow-up settings
        </Button>
      </div>
    </section>
  );
}

import { useState, type FormEvent } from 'react';
import { changeWorkspaceCurrency } from '@/lib/campaigns/currency';
import { countLeads, findProblems, getDb, updateSettings } from '@/lib/db';
import { removeSampleData } from '@/lib/demo';
import { describeZodError, SettingsSchema } from '@/lib/model';
import { Button } from '../button';
import { TextAreaField, TextField } from '../field';
import { useLiveQuery } from '../hooks/use-live-query';
import { neverCapturePatternProblem } from '@/lib/mail/never-capture';
import { LoadSampleButton } from './load-sample-button';
import { MailSettings } from './mail-settings';
import { ReminderSettings } from './reminder-settings';
import type { ViewContext } from './view-context';

const lines = (text: string) =>
  text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** Workspace settings and data housekeeping (problems found in storage, sample data). */
export function SettingsView({ params, settings, notify }: ViewContext) {
  const [form, setForm] = useState(() => ({
    senderName: settings.senderName,
    currency: settings.currency,
    ownEmails: settings.ownEmails.join('\n'),
    neverCapture: settings.neverCapture.join('\n'),
    inPageButton: settings.inPageButton,
  }));
  const [error, setError] = useState<string>();
  const problems = useLiveQuery(findProblems, [], ['leads', 'activities', 'campaigns', 'tasks', 'sequences', 'enrollments', 'templates', 'companies', 'settings']);
  const leadCount = useLiveQuery(countLeads, [], ['leads']);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const candidate = {
      ...settings,
      senderName: form.senderName,
      currency: form.currency.trim().toUpperCase(),
      ownEmails: lines(form.ownEmails),
      neverCapture: lines(form.neverCapture),
      inPageButton: form.inPageButton,
    };
    const badPattern = candidate.neverCapture.map(neverCapturePatternProblem).find(Boolean);
    if (badPattern) return setError(badPattern);
    const checked = SettingsSchema.safeParse(candidate);
    if (!checked.success) {
      setError(describeZodError(checked.error));
      return;
    }
    setError(undefined);
    const db = await getDb();
    // Amounts entered in the old currency keep it instead of silently becoming the new one (issue 6).
    if (checked.data.currency !== settings.currency) await changeWorkspaceCurrency(db, checked.data.currency);
    // Write only this form's fields: a whole-record write would undo a change made meanwhile elsewhere.
    const { senderName, currency, ownEmails, neverCapture, inPageButton } = checked.data;
    await updateSettings(db, { senderName, currency, ownEmails, neverCapture, inPageButton });
    notify({ text: 'Settings saved' });
  };

  const removeSamples = async () => {
    const removed = await removeSampleData(await getDb());
    notify({ text: removed ? `Removed ${removed.toLocaleString()} sample records` : 'There was no sample data' });
  };

  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <h1 className="text-xl font-semibold">Settings</h1>
      <form onSubmit={(event) => void save(event)} className="flex flex-col gap-4" aria-labelledby="workspace-heading">
        <h2 id="workspace-heading" className="text-base font-semibold">
          Workspace
        </h2>
        {error ? <p role="alert" className="text-sm text-rose-600">{error}</p> : null}
        <TextField
          label="Your name (signs templates)"
          value={form.senderName}
          onChange={(e) => setForm({ ...form, senderName: e.target.value })}
          // `#/settings/name`: sent here to set your name (the popup's Today asks for it).
          autoFocus={params[0] === 'name'}
        />
        <TextField
          label="Currency"
          hint="Three-letter code; every amount in this workspace uses it. Changing it converts nothing: amounts already entered keep their currency and reports leave them out of totals."
          value={form.currency}
          maxLength={3}
          onChange={(e) => setForm({ ...form, currency: e.target.value })}
        />
        <TextAreaField
          label="Your own email addresses (never captured)"
          rows={2}
          value={form.ownEmails}
          onChange={(e) => setForm({ ...form, ownEmails: e.target.value })}
        />
        <TextAreaField
          label="Never capture"
          hint="One per line: name@domain, name@* or *@domain"
          rows={4}
          value={form.neverCapture}
          onChange={(e) => setForm({ ...form, neverCapture: e.target.value })}
        />
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            className="mt-1"
            checked={form.inPageButton}
            onChange={(e) => setForm({ ...form, inPageButton: e.target.checked })}
          />
          <span>
            Show a “Save to Leadline” button on LinkedIn profiles
            <span className="block text-xs text-slate-500">
              Off by default: LinkedIn objects to extensions that add elements to its pages. The side panel works without it.
            </span>
          </span>
        </label>
        <div>
          <Button type="submit" variant="primary">
            Save settings
          </Button>
        </div>
      </form>

      <ReminderSettings key={String(settings.notifications)} settings={settings} notify={notify} />
      <MailSettings settings={settings} notify={notify} />
      <section aria-labelledby="data-heading" className="flex flex-col gap-3">
        <h2 id="data-heading" className="text-base font-semibold">
          Data
        </h2>
        <p className="text-sm">
          {leadCount.data === undefined ? '…' : `${leadCount.data.toLocaleString()} leads stored in this browser.`}
        </p>
        <div className="text-sm" aria-live="polite">
          <p>
            Problems:{' '}
            <strong data-testid="problem-count">{problems.data === undefined ? '…' : problems.data.length}</strong>
            {problems.data?.length ? ' stored records fail their schema and are left out of lists:' : ''}
          </p>
          {problems.data?.length ? (
            <ul className="mt-1 list-disc pl-5 text-xs text-slate-600 dark:text-slate-400">
              {problems.data.slice(0, 20).map((problem) => (
                <li key={`${problem.store}/${problem.key}`}>
                  {problem.store} {problem.key}: {problem.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
        <div className="flex gap-2">
          <LoadSampleButton notify={notify} />
          <Button onClick={() => void removeSamples()}>Remove sample data</Button>
        </div>
      </section>
    </div>
  );
}

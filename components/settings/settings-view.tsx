import { useCallback, useState, type FormEvent } from 'react';
import { changeWorkspaceCurrency } from '@/lib/campaigns';
import { countLeads, findProblems, getDb, getSettings, updateSettings } from '@/lib/db';
import { mergeLines } from '@/lib/forms';
import { removeSampleData } from '@/lib/demo';
import { defaultSettings, describeZodError, SettingsSchema, type Settings } from '@/lib/model';
import { Button } from '../button';
import { TextAreaField, TextField } from '../field';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';
import { useFormSave, useStaleForm, type SaveOutcome } from '../hooks/use-stale-form';
import { LearnedOwnerNotice } from '../learned-owner-notice';
import { describeSave, StaleFormPrompt } from '../stale-form-dialog';
import { neverCapturePatternProblem } from '@/lib/mail';
import { TeamSettings } from '../team/team-settings';
import { FollowNetworks } from './follow-networks';
import { LoadSampleButton } from '../leads/load-sample-button';
import { MailSettings } from './mail-settings';
import { ReminderSettings } from './reminder-settings';
import type { ViewContext } from '../view-context';

const lines = (text: string) =>
  text
    .split(/[\n,]+/)
    .map((line) => line.trim())
    .filter(Boolean);

/** The workspace form's inputs, as typed. */
interface WorkspaceForm {
  senderName: string;
  currency: string;
  ownEmails: string;
  neverCapture: string;
  inPageButton: boolean;
}

const WORKSPACE_LABELS: Record<keyof WorkspaceForm, string> = {
  senderName: 'your name',
  currency: 'currency',
  ownEmails: 'your own addresses',
  neverCapture: 'never capture',
  inPageButton: 'the LinkedIn button',
};

const workspaceForm = (settings: Settings): WorkspaceForm => ({
  senderName: settings.senderName,
  currency: settings.currency,
  ownEmails: settings.ownEmails.join('\n'),
  neverCapture: settings.neverCapture.join('\n'),
  inPageButton: settings.inPageButton,
});

/** The form's values as settings fields (not yet checked). */
const workspaceFields = (form: WorkspaceForm) => ({
  senderName: form.senderName,
  currency: form.currency.trim().toUpperCase(),
  ownEmails: lines(form.ownEmails),
  neverCapture: lines(form.neverCapture),
  inPageButton: form.inPageButton,
});

// Lists of addresses merge by set: an address learned while the form was open stays.
const WORKSPACE_MERGERS = { ownEmails: mergeLines, neverCapture: mergeLines };

/** Workspace settings and data housekeeping (problems found in storage, sample data). */
export function SettingsView({ params, settings, notify }: ViewContext) {
  const [form, setForm] = useState(() => workspaceForm(settings));
  const problems = useLiveQuery(
    findProblems,
    [],
    ['leads', 'activities', 'campaigns', 'tasks', 'sequences', 'enrollments', 'templates', 'companies', 'settings'],
  );
  const leadCount = useLiveQuery(countLeads, [], ['leads']);

  const load = useCallback(async () => {
    const values = workspaceForm(await getSettings(await getDb()));
    return { values, version: values };
  }, []);
  const write = useCallback(async (values: WorkspaceForm, fields: (keyof WorkspaceForm)[], version: unknown) => {
    const candidate = workspaceFields(values);
    const badPattern = candidate.neverCapture.map(neverCapturePatternProblem).find(Boolean);
    if (badPattern) throw new Error(badPattern);
    const checked = SettingsSchema.safeParse({ ...defaultSettings(), ...candidate });
    if (!checked.success) throw new Error(describeZodError(checked.error));
    const before = workspaceFields(version as WorkspaceForm);
    const patch: Partial<Settings> = {};
    const expected: Partial<Settings> = {};
    for (const field of fields) {
      Object.assign(patch, { [field]: checked.data[field] });
      Object.assign(expected, { [field]: before[field] });
    }
    const db = await getDb();
    // Amounts entered in the old currency keep it instead of silently becoming the new one. The
    // currency is written there, checked against the one this form was based on, so it leaves the patch.
    if (fields.includes('currency')) {
      await changeWorkspaceCurrency(db, checked.data.currency, before.currency);
      delete patch.currency;
      delete expected.currency;
    }
    // Only the fields changed in this form, and only if they still hold what the form was based on.
    return workspaceForm(await updateSettings(db, patch, expected));
  }, []);
  const stale = useStaleForm<WorkspaceForm>({
    initial: { values: workspaceForm(settings), version: workspaceForm(settings) },
    load,
    write,
    mergers: WORKSPACE_MERGERS,
  });

  const finish = (outcome: SaveOutcome<WorkspaceForm>) => {
    if (outcome.kind === 'saved') {
      notify({ text: describeSave(outcome, WORKSPACE_LABELS, 'Settings saved') });
      void load().then(({ values }) => setForm(values));
    } else if (outcome.kind === 'unchanged') notify({ text: 'Nothing to save' });
  };
  const { run, error } = useFormSave(finish);
  const save = (event: FormEvent) => {
    event.preventDefault();
    run(() => stale.submit(form));
  };

  const removeSamples = useAction(
    async () => {
      const removed = await removeSampleData(await getDb());
      notify({ text: removed ? `Removed ${removed.toLocaleString()} sample records` : 'There was no sample data' });
    },
    { onError: (message) => notify({ text: `Sample data not removed: ${message}` }) },
  );

  return (
    <div className="flex max-w-2xl flex-col gap-8">
      <h1 className="text-xl font-semibold">Settings</h1>
      <form onSubmit={save} className="flex flex-col gap-4" aria-labelledby="workspace-heading">
        <h2 id="workspace-heading" className="text-base font-semibold">
          Workspace
        </h2>
        {error ? (
          <p role="alert" className="text-sm text-rose-600">
            {error}
          </p>
        ) : null}
        <LearnedOwnerNotice learned={settings.learnedOwnEmails} />
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

      <StaleFormPrompt form={stale} labels={WORKSPACE_LABELS} run={run} onReload={setForm} />
      <ReminderSettings key={String(settings.notifications)} settings={settings} notify={notify} />
      <MailSettings settings={settings} notify={notify} />
      <FollowNetworks />
      <TeamSettings settings={settings} notify={notify} />
      <section aria-labelledby="data-heading" className="flex flex-col gap-3">
        <h2 id="data-heading" className="text-base font-semibold">
          Data
        </h2>
        <p className="text-sm">{leadCount.data === undefined ? '…' : `${leadCount.data.toLocaleString()} leads stored in this browser.`}</p>
        <div className="text-sm" aria-live="polite">
          <p>
            Problems: <strong data-testid="problem-count">{problems.data === undefined ? '…' : problems.data.length}</strong>
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
          <Button disabled={removeSamples.busy} onClick={() => void removeSamples.run()}>
            Remove sample data
          </Button>
        </div>
      </section>
    </div>
  );
}

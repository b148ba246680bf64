import { useState } from 'react';
import { getDb, updateSettings } from '@/lib/db';
import { formatDateTime } from '@/lib/format';
import { type CheckedBackupSummary, type IoClient, IoError, type RestoreResult } from '@/lib/io';
import type { Settings } from '@/lib/model';
import { Button } from '../button';
import { downloadBlob } from '../download';
import { SelectField } from '../field';
import { ProgressBar } from '../progress-bar';
import type { Notify } from '../view-context';
import { useAction } from '../hooks/use-action';
import { DropZone } from './drop-zone';

const REMINDERS = [
  { value: '0', label: 'Never' },
  { value: '7', label: 'Every week' },
  { value: '14', label: 'Every two weeks' },
  { value: '30', label: 'Every month' },
];

/** Back up everything to one JSON file; restore one (into an empty profile, or by merge or replace). */
export function BackupPanel({ client, settings, notify }: { client: IoClient; settings: Settings; notify: Notify }) {
  const [label, setLabel] = useState<string>();
  const [problems, setProblems] = useState<readonly string[]>([]);
  const [checked, setChecked] = useState<CheckedBackupSummary>();
  const [confirmReplace, setConfirmReplace] = useState(false);
  const action = useAction((work: () => Promise<void>) => work(), {
    onError: (_message, caught) => setProblems(caught instanceof IoError ? caught.problems : []),
  });
  const busy = action.busy ? label : undefined;
  const error = action.error === undefined ? undefined : { message: action.error, problems };

  const run = (what: string, work: () => Promise<void>) => {
    setLabel(what);
    return action.run(work);
  };

  const backup = () =>
    run('Backing up', async () => {
      const { blob, fileName, ms } = await client.call('backup', {});
      downloadBlob(blob, fileName);
      notify({ text: `Backup saved as ${fileName} (${(ms / 1000).toFixed(1)} s)` });
    });

  const check = (file: File) =>
    run('Checking the backup', async () => {
      setChecked(undefined);
      setConfirmReplace(false);
      setChecked(await client.call('checkBackup', { file, fileName: file.name }));
    });

  const restore = (mode: 'replace' | 'merge') =>
    run('Restoring', async () => {
      const result: RestoreResult = await client.call('restore', { mode });
      setChecked(undefined);
      setConfirmReplace(false);
      notify({
        text:
          mode === 'replace'
            ? `Restored ${result.added.toLocaleString()} records`
            : `Merged: ${result.added.toLocaleString()} added, ${result.updated.toLocaleString()} updated, ${result.merged.toLocaleString()} leads matched to ones you had`,
      });
    });

  return (
    <section aria-labelledby="backup-heading" className="flex flex-col gap-3">
      <h2 id="backup-heading" className="text-base font-semibold">
        Backup and restore
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        One JSON file with everything Leadline keeps: leads, companies, campaigns, sequences, enrollments, tasks, activities, templates,
        import history and settings. Last backup: {settings.lastBackupAt ? formatDateTime(settings.lastBackupAt) : 'never'}.
      </p>
      <div className="flex flex-wrap items-end gap-3">
        <Button variant="primary" disabled={!!busy} onClick={() => void backup()}>
          Download a backup
        </Button>
        <div className="w-56">
          <SelectField
            label="Remind me to back up"
            value={String(settings.backupReminderDays)}
            options={REMINDERS}
            onChange={(event) => {
              const days = Number(event.target.value);
              void getDb().then((db) => updateSettings(db, { backupReminderDays: days }));
            }}
          />
        </div>
      </div>
      {busy ? <ProgressBar label={busy} /> : null}
      {error ? (
        <div role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
          <p>{error.message}</p>
          {error.problems.length ? (
            <ul aria-label="Damaged records" className="mt-1 list-disc pl-5 text-xs">
              {error.problems.map((problem) => (
                <li key={problem}>{problem}</li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      <h3 className="text-sm font-semibold">Restore a backup</h3>
      {!checked ? (
        <DropZone
          label="Choose a backup file"
          accept=".json,application/json"
          disabled={!!busy}
          hint="The backup is checked record by record before anything is written; a damaged one is refused and nothing changes. Backups from older versions of Leadline are upgraded."
          onFile={(file) => void check(file)}
        />
      ) : (
        <div
          role="group"
          aria-label="Backup to restore"
          className="flex flex-col gap-2 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
        >
          <p>
            <strong>{checked.fileName}</strong>, made{' '}
            {checked.createdAt ? formatDateTime(Date.parse(checked.createdAt)) : 'at an unknown time'}
            {checked.schemaVersion ? ` (database version ${checked.schemaVersion})` : ''}: {checked.counts.leads.toLocaleString()} leads,{' '}
            {checked.counts.activities.toLocaleString()} activities, {checked.counts.campaigns.toLocaleString()} campaigns,{' '}
            {checked.counts.tasks.toLocaleString()} tasks.
          </p>
          {checked.quarantined ? (
            <p>
              {checked.quarantined.toLocaleString()} records were already damaged when it was made; they stay in the file and are not
              restored.
            </p>
          ) : null}
          {checked.profileEmpty ? (
            <div className="flex gap-2">
              <Button variant="primary" disabled={!!busy} onClick={() => void restore('replace')}>
                Restore
              </Button>
              <Button variant="ghost" onClick={() => setChecked(undefined)}>
                Cancel
              </Button>
            </div>
          ) : (
            <>
              <p>
                This browser already has data. Merge adds what is missing and keeps the newer version of each record; the same person
                becomes one lead. Replace deletes what is here first.
              </p>
              <div className="flex flex-wrap gap-2">
                <Button variant="primary" disabled={!!busy} onClick={() => void restore('merge')}>
                  Merge into this profile
                </Button>
                <Button variant="danger" disabled={!!busy} onClick={() => setConfirmReplace(true)}>
                  Replace everything…
                </Button>
                <Button variant="ghost" onClick={() => setChecked(undefined)}>
                  Cancel
                </Button>
              </div>
              {confirmReplace ? (
                <div
                  role="group"
                  aria-label="Confirm replace"
                  className="flex flex-wrap items-center gap-2 rounded-md bg-amber-50 p-2 dark:bg-amber-950"
                >
                  <span>Everything stored here now will be deleted. Download a backup of it first if you may need it.</span>
                  <Button disabled={!!busy} onClick={() => void backup()}>
                    Download current data
                  </Button>
                  <Button variant="danger" disabled={!!busy} onClick={() => void restore('replace')}>
                    Replace with the backup
                  </Button>
                </div>
              ) : null}
            </>
          )}
        </div>
      )}
    </section>
  );
}

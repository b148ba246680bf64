import { useEffect, useMemo, useState } from 'react';
import {
  type AppliedImport,
  type ColumnMapping,
  delimiterName,
  findPreset,
  type ImportPlan,
  type IoClient,
  type IoProgress,
  type MappingTarget,
  type OpenedFile,
  resolveMapping,
} from '@/lib/io';
import { Button } from '../button';
import { errorText, useAction } from '../hooks/use-action';
import { navigate } from '../hooks/use-hash-route';
import { ProgressBar } from '../progress-bar';
import type { Notify } from '../view-context';
import { CampaignTags } from './campaign-tags';
import { DropZone } from './drop-zone';
import { ImportReport } from './import-report';
import { MappingEditor } from './mapping-editor';
import { UndoImport } from './undo-import';

type Step =
  | { kind: 'idle' }
  | { kind: 'busy'; label: string; fraction: number }
  | { kind: 'review'; file: OpenedFile }
  | { kind: 'done'; result: AppliedImport; fileName: string };

const PHASES: Record<IoProgress['phase'], string> = {
  read: 'Reading the file',
  parse: 'Reading rows',
  match: 'Looking for duplicates',
  write: 'Saving leads',
  export: 'Exporting',
  backup: 'Backing up',
  restore: 'Restoring',
};

/** Import a CSV: choose or drop it, check the mapping and the duplicate report, confirm, undo. */
export function ImportPanel({ client, notify }: { client: IoClient; notify: Notify }) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [preset, setPreset] = useState('custom');
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [campaignIds, setCampaignIds] = useState<string[]>([]);
  const [newCampaignName, setNewCampaignName] = useState('');
  const [planned, setPlanned] = useState<{ key: string; plan: ImportPlan }>();
  // Opening and applying run as one action: each answers with the next step, or fails back to `fallback`.
  const io = useAction((work: () => Promise<Step>) => work());
  const { error, setError } = io;
  const onProgress = (progress: IoProgress) => setStep({ kind: 'busy', label: PHASES[progress.phase], fraction: progress.fraction });
  const go = async (busy: IoProgress['phase'], work: () => Promise<Step>, fallback: Step) => {
    setStep({ kind: 'busy', label: PHASES[busy], fraction: 0 });
    setStep((await io.run(work)) ?? fallback);
  };

  const open = (file: File) => {
    setPlanned(undefined);
    void go(
      'read',
      async () => {
        const opened = await client.call('open', { file, fileName: file.name }, onProgress);
        setPreset(opened.preset);
        setMapping(opened.mapping);
        return { kind: 'review', file: opened };
      },
      { kind: 'idle' },
    );
  };

  // Re-plan whenever the mapping or the campaign tags change; an answer to an older request is dropped.
  const reviewing = step.kind === 'review';
  const requestKey = useMemo(() => JSON.stringify([mapping, campaignIds, newCampaignName]), [mapping, campaignIds, newCampaignName]);
  const plan = planned?.plan;
  const planning = reviewing && planned?.key !== requestKey;
  useEffect(() => {
    if (!reviewing) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      client.call('plan', { mapping, options: { campaignIds, newCampaignName } }).then(
        (result) => {
          if (!cancelled) setPlanned({ key: requestKey, plan: result });
        },
        (caught: unknown) => {
          if (!cancelled) setError(errorText(caught));
        },
      );
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // requestKey stands for mapping and the campaign options.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, reviewing, requestKey]);

  const apply = (file: OpenedFile) =>
    void go(
      'match',
      async () => ({
        kind: 'done',
        result: await client.call('apply', { mapping, preset, options: { campaignIds, newCampaignName } }, onProgress),
        fileName: file.fileName,
      }),
      { kind: 'review', file },
    );

  const reset = () => {
    // The worker lets go of the file and its plan (the leads it found, the writes it got ready).
    client.call('forget', {}).catch(() => undefined);
    setStep({ kind: 'idle' });
    setPlanned(undefined);
    setCampaignIds([]);
    setNewCampaignName('');
  };

  return (
    <section aria-labelledby="import-heading" className="flex flex-col gap-4">
      <h2 id="import-heading" className="text-base font-semibold">
        Import leads from a CSV file
      </h2>
      {error ? (
        <p role="alert" className="rounded-md bg-rose-50 p-3 text-sm text-rose-800 dark:bg-rose-950 dark:text-rose-200">
          {error}
        </p>
      ) : null}

      {step.kind === 'idle' ? (
        <DropZone
          label="Choose a CSV file"
          accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
          hint="Exports from HubSpot, Salesforce, Pipedrive, Apollo, LinkedIn (connections or Sales Navigator lists) and Leadline are recognised; any spreadsheet saved as CSV works (comma, semicolon or tab; UTF-8 or UTF-16). Nothing is saved until you confirm."
          onFile={open}
        />
      ) : null}

      {step.kind === 'busy' ? <ProgressBar label={step.label} fraction={step.fraction} /> : null}

      {step.kind === 'review' ? (
        <>
          <p className="text-sm">
            <strong>{step.file.fileName}</strong>: {step.file.rowCount.toLocaleString()} {step.file.rowCount === 1 ? 'row' : 'rows'} ·{' '}
            {step.file.encoding.toUpperCase()} · {delimiterName(step.file.delimiter)}-separated ·{' '}
            {findPreset(step.file.preset) ? `recognised as ${findPreset(step.file.preset)!.label}` : 'columns matched by name'}
            {step.file.headerLine > 1 ? ` · header on line ${step.file.headerLine}` : ''}
          </p>
          <MappingEditor
            file={step.file}
            preset={preset}
            mapping={mapping}
            onPresetChange={(next) => {
              setPreset(next);
              setMapping(resolveMapping(step.file.headers, { preset: next }).mapping);
            }}
            onMappingChange={(header, target: MappingTarget) => setMapping((current) => ({ ...current, [header]: target }))}
          />
          <CampaignTags
            selected={campaignIds}
            newName={newCampaignName}
            onSelectedChange={setCampaignIds}
            onNewNameChange={setNewCampaignName}
          />
          <div aria-live="polite" aria-busy={planning}>
            {plan ? <ImportReport plan={plan} /> : <p className="text-sm text-slate-500">Checking the file against your leads…</p>}
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <Button variant="primary" disabled={!plan || planning || !hasChanges(plan)} onClick={() => apply(step.file)}>
              {plan ? confirmLabel(plan) : 'Import'}
            </Button>
            <Button variant="ghost" onClick={reset}>
              Cancel
            </Button>
            {plan && !planning && !hasChanges(plan) ? (
              <span className="text-sm text-slate-600 dark:text-slate-400">Nothing to import: every row matches a lead as it is.</span>
            ) : null}
          </div>
        </>
      ) : null}

      {step.kind === 'done' ? (
        <div
          role="status"
          className="flex flex-col gap-3 rounded-md border border-emerald-300 bg-emerald-50 p-4 text-sm dark:border-emerald-800 dark:bg-emerald-950"
        >
          {step.result.record ? (
            <p>
              Imported {step.fileName}: {step.result.record.counts.created.toLocaleString()} created,{' '}
              {step.result.record.counts.updated.toLocaleString()} updated, {step.result.record.counts.unchanged.toLocaleString()}{' '}
              unchanged, {step.result.record.counts.skipped.toLocaleString()} skipped.
              {step.result.timings.total !== undefined ? ` (${(step.result.timings.total / 1000).toFixed(1)} s)` : ''}
            </p>
          ) : (
            <p>Nothing changed: every row of {step.fileName} matches a lead as it is.</p>
          )}
          <div className="flex flex-wrap gap-2">
            <Button variant="primary" onClick={() => navigate('leads')}>
              See leads
            </Button>
            {step.result.record ? <UndoImport client={client} importId={step.result.record.id} notify={notify} onUndone={reset} /> : null}
            <Button variant="ghost" onClick={reset}>
              Import another file
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  );
}

/** Rows that would change something: new leads and updates (conflicts included when they change a field). */
function changing(plan: ImportPlan): { added: number; updated: number } {
  const updated = plan.outcomes.filter((outcome) => !outcome.skipped && outcome.status !== 'new' && outcome.changes.length).length;
  return { added: plan.counts.new, updated };
}

function confirmLabel(plan: ImportPlan): string {
  const { added, updated } = changing(plan);
  const parts: string[] = [];
  if (added) parts.push(`add ${added.toLocaleString()} new`);
  if (updated) parts.push(`update ${updated.toLocaleString()}`);
  return parts.length ? `Import: ${parts.join(' and ')}` : 'Import';
}

function hasChanges(plan: ImportPlan): boolean {
  const { added, updated } = changing(plan);
  return added + updated > 0;
}

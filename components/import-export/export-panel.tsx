import { useState } from 'react';
import { countLeads } from '@/lib/db';
import { exportNotice, type IoClient, PRESETS } from '@/lib/io';
import { Button } from '../button';
import { downloadBlob } from '../download';
import { SelectField } from '../field';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';
import { ProgressBar } from '../progress-bar';
import type { Notify } from '../view-context';

/** The column sets leads can be exported in: Leadline's own first, then other tools' by name. */
export const EXPORT_FORMATS = PRESETS.filter((preset) => preset.id !== 'linkedin-connections' && preset.id !== 'sales-navigator')
  .map((preset) => ({ value: preset.id, label: preset.id === 'leadline' ? 'Leadline (every field)' : preset.label }))
  .sort((a, b) => (a.value === 'leadline' ? -1 : b.value === 'leadline' ? 1 : a.label.localeCompare(b.label)));

/** Export every lead as CSV in Leadline's columns or another tool's. */
export function ExportPanel({ client, notify }: { client: IoClient; notify: Notify }) {
  const count = useLiveQuery(countLeads, [], ['leads']).data;
  const [preset, setPreset] = useState('leadline');
  const { run, busy, error } = useAction(async () => {
    const { blob, fileName, count: exported, skipped, ms } = await client.call('export', { preset });
    downloadBlob(blob, fileName);
    notify({ text: `${exportNotice(exported, skipped, fileName)} (${(ms / 1000).toFixed(1)} s)` });
  });
  return (
    <section aria-labelledby="export-heading" className="flex flex-col gap-3">
      <h2 id="export-heading" className="text-base font-semibold">
        Export leads
      </h2>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        A CSV file that opens in Excel, Numbers and Google Sheets with names, accents and line breaks intact. Cells that a spreadsheet would
        run as a formula are written as text. To export some leads only, select them in the leads list.
      </p>
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <div className="flex flex-wrap items-end gap-3">
        <div className="w-72">
          <SelectField label="Columns" value={preset} options={EXPORT_FORMATS} onChange={(event) => setPreset(event.target.value)} />
        </div>
        <Button variant="primary" disabled={busy || !count} onClick={() => void run()}>
          {busy
            ? 'Exporting…'
            : count === undefined
              ? 'Export'
              : count === 0
                ? 'No leads to export yet'
                : `Export all ${count.toLocaleString()} ${count === 1 ? 'lead' : 'leads'}`}
        </Button>
      </div>
      {busy ? <ProgressBar label="Exporting" /> : null}
    </section>
  );
}

import { useState } from 'react';
import { SelectField } from '../field';
import type { Notify } from '../view-context';
import { ExportLeadsButton } from './export-leads-button';
import { EXPORT_FORMATS } from './export-panel';

/** The leads table's "Export selection": pick the columns, download the selected leads as CSV. */
export function ExportSelection({ leadIds, notify }: { leadIds: readonly string[]; notify: Notify }) {
  const [preset, setPreset] = useState('leadline');
  return (
    <div className="flex flex-col gap-3">
      <SelectField label="Columns" value={preset} options={EXPORT_FORMATS} onChange={(event) => setPreset(event.target.value)} />
      <div>
        <ExportLeadsButton ids={leadIds} preset={preset} notify={notify} />
      </div>
    </div>
  );
}

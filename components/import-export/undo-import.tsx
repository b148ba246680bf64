import { useState } from 'react';
import type { IoClient, UndoPreview } from '@/lib/io';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import type { Notify } from '../view-context';

/** "Undo import", with a confirmation that says what goes and what comes back. */
export function UndoImport({
  client,
  importId,
  notify,
  onUndone,
}: {
  client: IoClient;
  importId: string;
  notify: Notify;
  onUndone?: () => void;
}) {
  const [preview, setPreview] = useState<UndoPreview>();
  const [removeTouched, setRemoveTouched] = useState(false);
  const { run, busy, error } = useAction((work: () => Promise<void>) => work());
  if (!preview) {
    return (
      <span className="inline-flex items-center gap-2">
        <Button disabled={busy} onClick={() => void run(async () => setPreview(await client.call('previewUndo', { importId })))}>
          Undo import
        </Button>
        {error ? (
          <span role="alert" className="text-xs text-rose-600">
            {error}
          </span>
        ) : null}
      </span>
    );
  }
  return (
    <div
      role="group"
      aria-label="Confirm undo"
      className="flex flex-col gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950"
    >
      <p>
        Undo the import of {preview.record.fileName}? {preview.removes.toLocaleString()} {preview.removes === 1 ? 'lead' : 'leads'} it
        created will be deleted and {preview.restores.toLocaleString()} {preview.restores === 1 ? 'lead' : 'leads'} it changed will be put
        back as they were.
      </p>
      {preview.touched.length ? (
        <div className="flex flex-col gap-1">
          <p>
            {preview.touched.length === 1 ? 'One lead' : `${preview.touched.length.toLocaleString()} leads`} it created{' '}
            {preview.touched.length === 1 ? 'was' : 'were'} worked on since, and {removeTouched ? 'will be deleted too' : 'will be kept'}:
          </p>
          <ul aria-label="Leads worked on since the import" className="ml-4 list-disc">
            {preview.touched.slice(0, 50).map((lead) => (
              <li key={lead.id}>
                {lead.name}: {lead.what.join(', ')}
              </li>
            ))}
            {preview.touched.length > 50 ? <li>… and {(preview.touched.length - 50).toLocaleString()} more</li> : null}
          </ul>
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={removeTouched} onChange={(event) => setRemoveTouched(event.target.checked)} />
            Also delete these leads and everything recorded about them since
          </label>
        </div>
      ) : null}
      {preview.deletedSince ? (
        <p>
          {preview.deletedSince === 1 ? 'One lead' : `${preview.deletedSince.toLocaleString()} leads`} it created{' '}
          {preview.deletedSince === 1 ? 'was' : 'were'} deleted since and will not come back.
        </p>
      ) : null}
      {preview.changedSince.length ? (
        <p>
          Changed since the import (only the fields nobody changed since go back): {preview.changedSince.slice(0, 10).join(', ')}
          {preview.changedSince.length > 10 ? ` and ${preview.changedSince.length - 10} more` : ''}.
        </p>
      ) : null}
      {preview.unrecorded.length ? (
        <p>
          This import was made by an older version of Leadline, which did not record the values it wrote. For{' '}
          {preview.unrecorded.slice(0, 10).join(', ')}
          {preview.unrecorded.length > 10 ? ` and ${preview.unrecorded.length - 10} more` : ''}, only name, contact and profile fields
          nothing has changed since go back, and the import’s campaign tags are removed; deal, notes and custom fields stay as they are now.
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-rose-600">
          {error}
        </p>
      ) : null}
      <div className="flex gap-2">
        <Button
          variant="danger"
          disabled={busy}
          onClick={() =>
            void run(async () => {
              await client.call('undo', { importId, removeTouched });
              notify({ text: `Import of ${preview.record.fileName} undone` });
              setPreview(undefined);
              onUndone?.();
            })
          }
        >
          {busy ? 'Undoing…' : 'Yes, undo the import'}
        </Button>
        <Button variant="ghost" disabled={busy} onClick={() => setPreview(undefined)}>
          Keep it
        </Button>
      </div>
    </div>
  );
}

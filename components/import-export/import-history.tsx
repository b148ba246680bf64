import { formatDateTime } from '@/lib/format';
import { findPreset, importHistory, type IoClient } from '@/lib/io';
import { useLiveQuery } from '../hooks/use-live-query';
import type { Notify } from '../view-context';
import { UndoImport } from './undo-import';

/** The last imports, newest first, each with its counts and Undo while it can be undone. */
export function ImportHistory({ client, notify }: { client: IoClient; notify: Notify }) {
  const history = useLiveQuery((db) => importHistory(db, 20), [], ['imports']).data ?? [];
  if (!history.length) return null;
  return (
    <section aria-labelledby="history-heading" className="flex flex-col gap-2">
      <h2 id="history-heading" className="text-base font-semibold">
        Recent imports
      </h2>
      <ul aria-label="Recent imports" className="flex flex-col gap-2">
        {history.map((record) => (
          <li
            key={record.id}
            className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-800"
          >
            <span className="min-w-0 flex-1">
              <strong>{record.fileName}</strong> · {formatDateTime(record.at)} · {findPreset(record.preset)?.label ?? 'Spreadsheet'} ·{' '}
              {record.counts.created.toLocaleString()} created, {record.counts.updated.toLocaleString()} updated
              {record.status === 'undone' ? ' · undone' : ''}
            </span>
            {record.status === 'applied' ? <UndoImport client={client} importId={record.id} notify={notify} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

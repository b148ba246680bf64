import { useState } from 'react';
import type { Settings } from '@/lib/model';
import { Button } from '../button';
import { Dialog } from '../dialog';
import { BULK_ACTIONS } from './leads-bulk-actions';
import type { Notify } from '../view-context';

/** The bar shown while leads are selected: how many, the bulk actions, and Clear. */
export function LeadsBulkBar({
  selected,
  hidden,
  onClear,
  settings,
  notify,
}: {
  selected: readonly string[];
  /** Selected leads the current filters hide. */
  hidden: number;
  onClear: () => void;
  settings: Settings;
  notify: Notify;
}) {
  const [open, setOpen] = useState<string>();
  const action = BULK_ACTIONS.find((entry) => entry.id === open);
  return (
    <div
      role="toolbar"
      aria-label="Bulk actions"
      className="flex flex-wrap items-center gap-2 rounded-md bg-indigo-50 px-3 py-2 text-sm dark:bg-indigo-950/60"
    >
      <span className="font-medium" aria-live="polite">
        {selected.length.toLocaleString()} selected{hidden ? ` (${hidden.toLocaleString()} hidden by filters)` : ''}
      </span>
      {BULK_ACTIONS.map((entry) => (
        <Button key={entry.id} onClick={() => setOpen(entry.id)}>
          {entry.label}…
        </Button>
      ))}
      <Button variant="ghost" onClick={onClear} className="ml-auto">
        Clear selection
      </Button>
      {action ? (
        <Dialog
          title={`${action.label}: ${selected.length.toLocaleString()} ${selected.length === 1 ? 'lead' : 'leads'}`}
          onClose={() => setOpen(undefined)}
        >
          {action.render({
            leadIds: selected,
            settings,
            notify,
            close: (options) => {
              setOpen(undefined);
              if (options?.clearSelection) onClear();
            },
          })}
        </Dialog>
      ) : null}
    </div>
  );
}

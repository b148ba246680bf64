import { useEffect, useId } from 'react';
import type { EnrollResult } from '@/lib/sequences';
import { Button } from '../button';
import { EnrollPicker } from './enroll-picker';

/**
 * "Enroll in sequence" for a selection of leads (the leads table's bulk action): a modal around
 * EnrollPicker. `onClose` gets the last result, if the user enrolled anyone.
 */
export function EnrollDialog({
  leadIds,
  onClose,
  onEnrolled,
}: {
  leadIds: readonly string[];
  onClose: () => void;
  onEnrolled?: (result: EnrollResult, sequenceName: string) => void;
}) {
  const id = useId();
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="fixed inset-0 z-40 flex items-center justify-center bg-slate-900/40 p-4">
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        className="flex w-full max-w-lg flex-col gap-3 rounded-lg bg-white p-4 shadow-xl dark:bg-slate-900"
      >
        <h2 id={id} className="text-base font-semibold">
          Enroll {leadIds.length.toLocaleString()} lead{leadIds.length === 1 ? '' : 's'} in a sequence
        </h2>
        <p className="text-sm text-slate-600 dark:text-slate-400">Leads already running in a sequence are left out and counted.</p>
        <EnrollPicker leadIds={leadIds} onEnrolled={onEnrolled} />
        <div className="flex justify-end">
          <Button onClick={onClose}>Close</Button>
        </div>
      </div>
    </div>
  );
}

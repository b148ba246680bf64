import { useEffect, useRef, useState } from 'react';
import { getDb } from '@/lib/db';
import { eraseLead, previewErase, type ErasePreview } from '@/lib/leads';
import type { Lead } from '@/lib/model';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import { navigate } from '../hooks/use-hash-route';
import type { Notify } from '../view-context';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString()} ${count === 1 ? one : many}`;

/**
 * "Erase…" for privacy requests: a modal confirmation that names everything that will go, then a
 * permanent delete (no undo) of the lead and everything about them.
 */
export function EraseLead({ lead, notify }: { lead: Lead; notify: Notify }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [preview, setPreview] = useState<ErasePreview>();
  const {
    run: erase,
    busy,
    error,
    setError,
  } = useAction(async () => {
    const result = await eraseLead(await getDb(), lead.id);
    dialog.current?.close();
    setPreview(undefined);
    navigate('leads');
    notify({ text: `Erased ${result.name} and everything about them` });
  });

  useEffect(() => {
    if (preview && !dialog.current?.open) dialog.current?.showModal();
  }, [preview]);

  const open = async () => {
    setError(undefined);
    try {
      const found = await previewErase(await getDb(), lead.id);
      if (found) setPreview(found);
    } catch (problem) {
      notify({ text: `Could not list what erasing would remove: ${problem instanceof Error ? problem.message : String(problem)}` });
    }
  };
  const close = () => {
    dialog.current?.close();
    setPreview(undefined);
  };

  return (
    <>
      <Button variant="ghost" className="!text-rose-700 dark:!text-rose-400" onClick={() => void open()}>
        Erase…
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby="erase-heading"
        onClose={() => setPreview(undefined)}
        className="m-auto max-w-lg rounded-lg p-5 text-sm text-slate-900 shadow-xl backdrop:bg-slate-900/50 dark:bg-slate-900 dark:text-slate-100"
      >
        {preview ? (
          <div className="flex flex-col gap-3">
            <h2 id="erase-heading" className="text-base font-semibold">
              Erase {preview.lead.fullName}?
            </h2>
            <p>For a privacy request: this permanently deletes the lead and everything Leadline keeps about them:</p>
            <ul aria-label="What will be erased" className="list-disc pl-5">
              <li>
                the lead, with {plural(preview.lead.emails.length, 'email address', 'email addresses')} and{' '}
                {plural(preview.lead.phones.length, 'phone number', 'phone numbers')}
              </li>
              <li>{plural(preview.activities, 'activity', 'activities')} in the timeline</li>
              <li>{plural(preview.tasks, 'task', 'tasks')}</li>
              <li>{plural(preview.enrollments, 'sequence enrollment', 'sequence enrollments')}</li>
              {preview.importCopies ? <li>{plural(preview.importCopies, 'copy', 'copies')} kept to undo an import</li> : null}
              {preview.seenAddresses ? (
                <li>{plural(preview.seenAddresses, 'address', 'addresses')} seen on pages or in emails (kept for likely emails)</li>
              ) : null}
              {preview.mentions ? (
                <li>
                  their name, addresses and message snippets in {plural(preview.mentions, 'timeline entry', 'timeline entries')} of other
                  leads (blanked, the entries stay)
                </li>
              ) : null}
            </ul>
            <p>This cannot be undone. Backups and exports you downloaded before still contain them.</p>
            {error ? (
              <p role="alert" className="text-rose-600">
                {error}
              </p>
            ) : null}
            <div className="flex justify-end gap-2">
              <Button variant="ghost" onClick={close} autoFocus>
                Cancel
              </Button>
              <Button variant="danger" disabled={busy} onClick={() => void erase()}>
                {busy ? 'Erasing…' : 'Erase permanently'}
              </Button>
            </div>
          </div>
        ) : null}
      </dialog>
    </>
  );
}

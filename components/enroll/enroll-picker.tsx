import { useState } from 'react';
import { getDb } from '@/lib/db';
import { enrollLeads, type EnrollResult, listSequences } from '@/lib/sequences';
import { Button } from '../button';
import { SelectField } from '../field';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';
import { usePlatform } from '../platform';

/** Says what an enrollment did, warning about leads that were already in a sequence. */
export function describeEnrollResult(result: EnrollResult, sequenceName: string, single: boolean): { text: string; warning: boolean } {
  const already = result.skipped.filter((skip) => skip.reason === 'already-enrolled');
  const missing = result.skipped.filter((skip) => skip.reason === 'missing').length;
  if (single && already[0]) {
    return { text: `Already in “${already[0].sequenceName}”: unenroll there first to enroll in “${sequenceName}”.`, warning: true };
  }
  const parts = [`Enrolled ${result.enrolled.length} lead${result.enrolled.length === 1 ? '' : 's'} in “${sequenceName}”.`];
  if (already.length) parts.push(`${already.length} already in a sequence ${already.length === 1 ? 'was' : 'were'} left out.`);
  if (missing) parts.push(`${missing} no longer exist${missing === 1 ? 's' : ''}.`);
  return { text: parts.join(' '), warning: already.length + missing > 0 };
}

/**
 * Enrolls the given leads in a sequence the user picks. Props in, events out: used on the lead
 * page, in the leads table's bulk actions (EnrollDialog) and after a capture in the side panel.
 */
export function EnrollPicker({
  leadIds,
  onEnrolled,
  compact,
}: {
  leadIds: readonly string[];
  /** Called after each attempt with what happened (nothing enrolled when every lead was skipped). */
  onEnrolled?: (result: EnrollResult, sequenceName: string) => void;
  compact?: boolean;
}) {
  const platform = usePlatform();
  const sequences = (useLiveQuery(listSequences, [], ['sequences']).data ?? []).filter(
    (sequence) => !sequence.archived && sequence.steps.length,
  );
  const [picked, setPicked] = useState('');
  const [outcome, setOutcome] = useState<{ text: string; warning: boolean }>();
  const chosen = sequences.find((sequence) => sequence.id === picked) ?? sequences[0];

  const { run: enroll, busy } = useAction(
    async (sequence: { id: string; name: string }) => {
      const result = await enrollLeads(await getDb(), leadIds, sequence.id, platform.now());
      setOutcome(describeEnrollResult(result, sequence.name, leadIds.length === 1));
      onEnrolled?.(result, sequence.name);
    },
    { onError: (text) => setOutcome({ text, warning: true }) },
  );

  if (!sequences.length) {
    return (
      <p className="text-sm text-slate-500">
        No sequence to enroll in yet.{' '}
        <a href="#/sequences/new" className="text-indigo-600 underline dark:text-indigo-400">
          Create a sequence
        </a>
        .
      </p>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      <div className={`flex items-end gap-2 ${compact ? '' : 'max-w-md'}`}>
        <div className="min-w-0 flex-1">
          <SelectField
            label="Sequence"
            options={sequences.map((sequence) => ({ value: sequence.id, label: `${sequence.name} (${sequence.steps.length} steps)` }))}
            value={chosen?.id ?? ''}
            onChange={(e) => setPicked(e.target.value)}
          />
        </div>
        <Button variant="primary" disabled={busy || !leadIds.length} onClick={() => chosen && void enroll(chosen)}>
          {busy ? 'Enrolling…' : leadIds.length > 1 ? `Enroll ${leadIds.length} leads` : 'Enroll'}
        </Button>
      </div>
      {outcome ? (
        <p
          role={outcome.warning ? 'alert' : 'status'}
          className={`text-sm ${outcome.warning ? 'text-amber-700 dark:text-amber-400' : 'text-emerald-700 dark:text-emerald-400'}`}
        >
          {outcome.text}
        </p>
      ) : null}
    </div>
  );
}

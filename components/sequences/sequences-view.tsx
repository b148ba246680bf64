import { useState } from 'react';
import { parseStoredAll } from '@/lib/db';
import { STEP_TYPE_LABELS } from '@/lib/model';
import { listSequences } from '@/lib/sequences';
import { listTemplates } from '@/lib/templates';
import { Button } from '../button';
import { EmptyState } from '../empty-state';
import { navigate } from '../hooks/use-hash-route';
import { useLiveQuery } from '../hooks/use-live-query';
import { SequenceEditor } from './sequence-editor';
import { MissingRecord, RecordPage } from '../record-page';
import type { ViewContext } from '../view-context';

/** Sequences: the list (with how many leads run in each), and the editor for `#/sequences/<id>`. */
export function SequencesView({ params, notify }: ViewContext) {
  const sequences = useLiveQuery(listSequences, [], ['sequences']);
  const templates = useLiveQuery(listTemplates, [], ['templates']).data ?? [];
  // Running enrollments only, through the `status` index.
  const running = useLiveQuery(
    async (db) => {
      const counts = new Map<string, number>();
      for (const status of ['active', 'paused'] as const) {
        for (const enrollment of parseStoredAll('enrollments', await db.getAllFromIndex('enrollments', 'status', status))) {
          counts.set(enrollment.sequenceId, (counts.get(enrollment.sequenceId) ?? 0) + 1);
        }
      }
      return counts;
    },
    [],
    ['enrollments'],
  ).data;
  const [showArchived, setShowArchived] = useState(false);
  const [id] = params;
  if (sequences.loading && !sequences.data) return <p className="text-sm text-slate-500">Loading…</p>;
  const all = sequences.data ?? [];

  if (id) {
    const sequence = id === 'new' ? undefined : all.find((item) => item.id === id);
    if (id !== 'new' && !sequence) return <MissingRecord what="sequence" list="sequences" />;
    return (
      <RecordPage
        list="sequences"
        headingId="sequence-heading"
        className="flex max-w-3xl flex-col gap-4"
        title={
          <>
            {sequence ? sequence.name : 'New sequence'}
            {sequence?.archived ? <span className="ml-2 text-sm font-normal text-slate-500">(archived)</span> : null}
          </>
        }
      >
        <SequenceEditor key={`${id}:${sequence?.updatedAt ?? 0}`} sequence={sequence} templates={templates} notify={notify} />
      </RecordPage>
    );
  }

  const visible = all.filter((sequence) => showArchived || !sequence.archived);
  return (
    <section aria-labelledby="sequences-heading" className="flex max-w-3xl flex-col gap-4">
      <header className="flex items-center gap-3">
        <h1 id="sequences-heading" className="text-xl font-semibold">
          Sequences
        </h1>
        <label className="ml-auto flex items-center gap-1 text-sm">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived
        </label>
        <Button variant="primary" onClick={() => navigate('sequences', 'new')}>
          New sequence
        </Button>
      </header>
      {visible.length === 0 ? (
        <EmptyState title="No sequences yet">
          A sequence is a series of steps (emails, LinkedIn requests, calls, tasks) spaced in business days. Create one, then enroll leads
          from their page; each step comes due in the toolbar popup on the right day.
        </EmptyState>
      ) : (
        <ul aria-label="Sequences" className="divide-y divide-slate-200 dark:divide-slate-800">
          {visible.map((sequence) => (
            <li key={sequence.id}>
              <a
                href={`#/sequences/${encodeURIComponent(sequence.id)}`}
                className="flex items-center gap-3 px-2 py-2 hover:bg-slate-50 dark:hover:bg-slate-900"
              >
                <span className="min-w-0 flex-1">
                  <span className="block text-sm font-medium">
                    {sequence.name}
                    {sequence.archived ? <span className="ml-1 text-xs font-normal text-slate-500">(archived)</span> : null}
                  </span>
                  <span className="block truncate text-xs text-slate-500">
                    {sequence.steps.map((step) => STEP_TYPE_LABELS[step.type]).join(' → ') || 'No steps'}
                  </span>
                </span>
                <span className="text-xs text-slate-500">{running?.get(sequence.id) ?? 0} running</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

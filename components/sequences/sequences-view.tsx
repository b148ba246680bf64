import { useState } from 'react';
import { parseStoredAll } from '@/lib/db';
import { STEP_TYPE_LABELS } from '@/lib/model';
import { listSequences } from '@/lib/sequences';
import { listTemplates } from '@/lib/templates';
import { useLiveQuery } from '../hooks/use-live-query';
import { SequenceEditor } from './sequence-editor';
import { RecordList } from '../record-list';
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
    <RecordList
      list="sequences"
      title="Sequences"
      newLabel="New sequence"
      headerExtra={
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" checked={showArchived} onChange={(e) => setShowArchived(e.target.checked)} /> Show archived
        </label>
      }
      rows={visible}
      name={(sequence) => sequence.name}
      badges={(sequence) => (sequence.archived ? <span className="text-xs font-normal text-slate-500">(archived)</span> : null)}
      columns={[
        {
          header: 'Steps',
          muted: true,
          cell: (sequence) => sequence.steps.map((step) => STEP_TYPE_LABELS[step.type]).join(' → ') || 'No steps',
        },
        { header: 'Running', numeric: true, cell: (sequence) => (running?.get(sequence.id) ?? 0).toLocaleString() },
      ]}
      empty={{
        title: 'No sequences yet',
        createLabel: 'Create a sequence',
        text: 'A sequence is a series of steps (emails, LinkedIn requests, calls, tasks) spaced in business days. Create one, then enroll leads from their page; each step comes due in the toolbar popup on the right day.',
      }}
    />
  );
}

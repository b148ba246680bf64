import { type ImportPlan, previewStatuses, type RowOutcome } from '@/lib/io';
import { STAGE_LABELS } from '@/lib/model';

const SHOWN = 100;

const STATUS_LABELS: Record<RowOutcome['status'], string> = {
  new: 'New',
  update: 'Will update',
  unchanged: 'Unchanged',
  conflict: 'Conflict',
};

/** The duplicate report: counts, the first leads as they will be, conflicts, updates and errors by line. */
export function ImportReport({ plan }: { plan: ImportPlan }) {
  const conflicts = plan.outcomes.filter((outcome) => outcome.status === 'conflict');
  const updates = plan.outcomes.filter((outcome) => outcome.status === 'update');
  const duplicates = plan.outcomes.filter((outcome) => outcome.possibleDuplicates?.length);
  const statusOf = previewStatuses(plan.outcomes);
  return (
    <section aria-labelledby="report-heading" className="flex flex-col gap-4">
      <h3 id="report-heading" className="text-sm font-semibold">
        What will happen
      </h3>
      <ul aria-label="Import summary" className="flex flex-wrap gap-2 text-sm">
        <Count label="new" value={plan.counts.new} tone="emerald" />
        <Count label="will update" value={plan.counts.update} tone="indigo" />
        <Count label="unchanged" value={plan.counts.unchanged} tone="slate" />
        <Count label={plan.counts.conflict === 1 ? 'conflict' : 'conflicts'} value={plan.counts.conflict} tone="amber" />
        {plan.possibleDuplicates ? (
          <Count
            label={plan.possibleDuplicates === 1 ? 'possible duplicate' : 'possible duplicates'}
            value={plan.possibleDuplicates}
            tone="amber"
          />
        ) : null}
        <Count label={plan.counts.errors === 1 ? 'line with errors' : 'lines with errors'} value={plan.counts.errors} tone="rose" />
      </ul>
      {plan.timings.total !== undefined ? (
        <p className="text-xs text-slate-500">
          Checked {plan.outcomes.length.toLocaleString()} rows against your leads in {(plan.timings.total / 1000).toFixed(1)} s.
        </p>
      ) : null}
      {plan.newCampaigns.length ? <p className="text-sm">New campaigns: {plan.newCampaigns.join(', ')}</p> : null}

      {plan.preview.length ? (
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm" aria-label="Preview of the imported leads">
            <caption className="mb-1 text-left text-xs text-slate-500">The first leads as they will be stored</caption>
            <thead className="text-xs text-slate-600 dark:text-slate-400">
              <tr>
                <th scope="col" className="py-1 pr-3">
                  Name
                </th>
                <th scope="col" className="py-1 pr-3">
                  Email
                </th>
                <th scope="col" className="py-1 pr-3">
                  Title
                </th>
                <th scope="col" className="py-1 pr-3">
                  Company
                </th>
                <th scope="col" className="py-1 pr-3">
                  Stage
                </th>
                <th scope="col" className="py-1 pr-3">
                  Status
                </th>
              </tr>
            </thead>
            <tbody>
              {plan.preview.map((lead) => (
                <tr key={lead.id} className="border-t border-slate-200 dark:border-slate-800">
                  <td className="py-1 pr-3">{lead.fullName}</td>
                  <td className="py-1 pr-3">{lead.emails.join(', ')}</td>
                  <td className="py-1 pr-3">{lead.title ?? ''}</td>
                  <td className="py-1 pr-3">{lead.company ?? ''}</td>
                  <td className="py-1 pr-3">{STAGE_LABELS[lead.stage]}</td>
                  <td className="py-1 pr-3">{STATUS_LABELS[statusOf.get(lead.id) ?? 'new']}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}

      <LineList title="Conflicts" items={conflicts.map((o) => ({ line: o.line, text: `${o.name}: ${o.note ?? ''}` }))} tone="amber" />
      <LineList
        title="Possible duplicates (same name and company, different email or profile: kept as separate leads; compare them under Possible duplicates)"
        items={duplicates.map((o) => ({
          line: o.line,
          text: `${o.name}: ${o.possibleDuplicates!.map((d) => `${d.line !== undefined ? `line ${d.line}` : 'a lead you already have'} (different ${d.differs.join(', ')})`).join('; ')}`,
        }))}
        tone="amber"
      />
      <LineList
        title="Will update"
        items={updates.map((o) => ({
          line: o.line,
          text: `${o.name}: ${o.changes.join(', ')}${o.note ? ` (${o.note.toLowerCase()})` : ''}`,
        }))}
        tone="indigo"
      />
      <LineList
        title="Errors (these lines are not imported)"
        items={plan.errors.map((e) => ({ line: e.line, text: e.message }))}
        tone="rose"
      />
    </section>
  );
}

const TONES = {
  emerald: 'bg-emerald-50 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200',
  indigo: 'bg-indigo-50 text-indigo-800 dark:bg-indigo-950 dark:text-indigo-200',
  slate: 'bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-200',
  amber: 'bg-amber-50 text-amber-800 dark:bg-amber-950 dark:text-amber-200',
  rose: 'bg-rose-50 text-rose-800 dark:bg-rose-950 dark:text-rose-200',
} as const;

function Count({ label, value, tone }: { label: string; value: number; tone: keyof typeof TONES }) {
  return (
    <li className={`rounded-full px-3 py-1 ${TONES[tone]}`}>
      <strong>{value.toLocaleString()}</strong> {label}
    </li>
  );
}

function LineList({ title, items, tone }: { title: string; items: Array<{ line: number; text: string }>; tone: keyof typeof TONES }) {
  if (!items.length) return null;
  return (
    <details open={items.length <= 20} className={`rounded-md p-3 text-sm ${TONES[tone]}`}>
      <summary className="cursor-pointer font-medium">
        {title} ({items.length.toLocaleString()})
      </summary>
      <ul aria-label={title} className="mt-2 flex max-h-64 flex-col gap-1 overflow-auto">
        {items.slice(0, SHOWN).map((item, index) => (
          <li key={`${item.line}-${index}`}>
            <span className="font-mono text-xs">Line {item.line}</span> — {item.text}
          </li>
        ))}
        {items.length > SHOWN ? <li>… and {(items.length - SHOWN).toLocaleString()} more</li> : null}
      </ul>
    </details>
  );
}

import { useState } from 'react';
import { getDb, getLead } from '@/lib/db';
import {
  defaultChoices,
  dismissDuplicate,
  listPossibleDuplicates,
  mergeLeads,
  MERGE_FIELDS,
  possibleDuplicatesOf,
  type DuplicatePair,
  type MergeChoice,
  type MergeField,
} from '@/lib/leads';
import { STAGE_LABELS, type Lead } from '@/lib/model';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import { navigate } from '../hooks/use-hash-route';
import { useLiveQuery } from '../hooks/use-live-query';
import { LEAD_FIELD_LABELS } from './field-labels';
import type { ViewContext } from '../view-context';

// The person fields as everywhere else (the side panel's diff), plus the deal fields a merge chooses too.
const FIELD_LABELS: Record<MergeField, string> = {
  ...LEAD_FIELD_LABELS,
  stage: 'Stage',
  dealValue: 'Deal value',
  expectedCloseDate: 'Expected close',
  lostReason: 'Lost reason',
  owner: 'Owner',
};

function show(lead: Lead, field: MergeField): string {
  const value = lead[field];
  if (field === 'socialProfiles') return lead.socialProfiles.map((profile) => profile.url).join(', ');
  if (Array.isArray(value)) return (value as readonly string[]).join(', ');
  if (field === 'stage') return STAGE_LABELS[lead.stage];
  return value === undefined || value === '' ? '' : String(value);
}

/**
 * Dashboard → Possible duplicates: pairs of leads with the same name and company that were kept
 * apart (their email, LinkedIn or other strong keys differ). Each can be compared and merged field
 * by field, or marked "Not the same person" (remembered).
 */
export function DuplicatesView({ params, notify }: ViewContext) {
  const [aId, bId] = params;
  if (aId && bId) return <ComparePair key={`${aId}|${bId}`} aId={aId} bId={bId} notify={notify} />;
  return <PairList notify={notify} />;
}

function PairList({ notify }: Pick<ViewContext, 'notify'>) {
  const pairs = useLiveQuery((db) => listPossibleDuplicates(db), [], ['leads']);
  const list = pairs.data ?? [];
  return (
    <section aria-labelledby="duplicates-heading" className="flex max-w-4xl flex-col gap-4">
      <h1 id="duplicates-heading" className="text-xl font-semibold">
        Possible duplicates
      </h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Leads with the same name and company that Leadline kept apart because their email, LinkedIn profile or another identifier differs.
        Nothing is merged unless you merge it here.
      </p>
      {pairs.loading && !pairs.data ? <p className="text-sm text-slate-500">Loading…</p> : null}
      {!pairs.loading && !list.length ? <p className="text-sm">No possible duplicates.</p> : null}
      <ul aria-label="Possible duplicate pairs" className="flex flex-col gap-2">
        {list.map((pair) => (
          <PairRow key={`${pair.a.id}|${pair.b.id}`} pair={pair} notify={notify} />
        ))}
      </ul>
    </section>
  );
}

function describe(lead: Lead): string {
  return [lead.emails[0], lead.linkedinUrl, lead.title].filter(Boolean).join(' · ') || 'no email or profile';
}

/** "Not the same person": the pair is no longer offered; the outcome, or why it failed, in a toast. */
function useDismissDuplicate(notify: ViewContext['notify']) {
  return useAction(
    async (a: Lead, b: Lead) => {
      await dismissDuplicate(await getDb(), a.id, b.id);
      notify({ text: `Kept apart: ${a.fullName} and ${b.fullName} are not the same person` });
      return true;
    },
    { onError: (message) => notify({ text: `Could not keep them apart: ${message}` }) },
  );
}

function PairRow({ pair, notify }: { pair: DuplicatePair; notify: ViewContext['notify'] }) {
  const dismiss = useDismissDuplicate(notify);
  const label = `${pair.a.fullName} (${pair.a.company ?? ''})`;
  return (
    <li
      className="flex flex-wrap items-center gap-3 rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
      aria-label={label}
    >
      <div className="min-w-0 flex-1">
        <p className="font-medium">
          {pair.a.fullName} · {pair.a.company}
        </p>
        <p className="text-slate-600 dark:text-slate-400">
          {describe(pair.a)} <span aria-hidden="true">↔</span>
          <span className="sr-only">and</span> {describe(pair.b)}
        </p>
        {pair.differs.length ? <p className="text-xs text-amber-700 dark:text-amber-300">Different {pair.differs.join(', ')}</p> : null}
      </div>
      <Button onClick={() => navigate('duplicates', pair.a.id, pair.b.id)}>Compare and merge…</Button>
      <Button variant="ghost" disabled={dismiss.busy} onClick={() => void dismiss.run(pair.a, pair.b)}>
        Not the same person
      </Button>
    </li>
  );
}

function ComparePair({ aId, bId, notify }: { aId: string; bId: string; notify: ViewContext['notify'] }) {
  const dismiss = useDismissDuplicate(notify);
  const pair = useLiveQuery(async (db) => ({ a: await getLead(db, aId), b: await getLead(db, bId) }), [aId, bId], ['leads']);
  const [choices, setChoices] = useState<Partial<Record<MergeField, MergeChoice>>>({});
  const {
    run: merge,
    busy,
    error,
  } = useAction(async (a: Lead, b: Lead, chosen: Partial<Record<MergeField, MergeChoice>>) => {
    const merged = await mergeLeads(await getDb(), a.id, b.id, chosen);
    notify({ text: `Merged ${b.fullName} into ${merged.fullName}; both timelines kept` });
    navigate('leads', merged.id);
  });
  const a = pair.data?.a;
  const b = pair.data?.b;
  if (pair.loading && !pair.data) return <p className="text-sm text-slate-500">Loading…</p>;
  if (!a || !b) {
    return (
      <p>
        One of these leads no longer exists.{' '}
        <a href="#/duplicates" className="text-indigo-600 underline dark:text-indigo-400">
          Back to possible duplicates
        </a>
      </p>
    );
  }
  const chosen = { ...defaultChoices(a, b), ...choices };
  const fields = MERGE_FIELDS.filter((field) => show(a, field) || show(b, field));
  return (
    <section aria-labelledby="compare-heading" className="flex max-w-5xl flex-col gap-4">
      <a href="#/duplicates" className="text-sm text-indigo-600 dark:text-indigo-400">
        ← Possible duplicates
      </a>
      <h1 id="compare-heading" className="text-xl font-semibold">
        Compare {a.fullName} and {b.fullName}
      </h1>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Choose, field by field, what the merged lead keeps. Both timelines, tasks and sequences are kept. Notes are joined.
      </p>
      {error ? (
        <p role="alert" className="text-sm text-rose-600">
          {error}
        </p>
      ) : null}
      <table className="w-full text-left text-sm" aria-label="Both records, field by field">
        <thead className="text-xs text-slate-600 dark:text-slate-400">
          <tr>
            <th scope="col" className="py-1 pr-3">
              Field
            </th>
            <th scope="col" className="py-1 pr-3">
              First lead (added earlier)
            </th>
            <th scope="col" className="py-1 pr-3">
              Second lead
            </th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => {
            const list = field === 'emails' || field === 'phones';
            const same = show(a, field) === show(b, field);
            const option = (choice: MergeChoice, text: string) => (
              <label className="flex items-start gap-2">
                <input
                  type="radio"
                  name={`merge-${field}`}
                  value={choice}
                  checked={chosen[field] === choice}
                  disabled={same}
                  aria-describedby={`merge-label-${field}`}
                  onChange={() => setChoices((prev) => ({ ...prev, [field]: choice }))}
                />
                <span className="break-all">{text || '—'}</span>
              </label>
            );
            return (
              <tr key={field} className="border-t border-slate-200 align-top dark:border-slate-800">
                <th scope="row" className="py-2 pr-3 font-medium">
                  <span id={`merge-label-${field}`}>{FIELD_LABELS[field]}</span>
                </th>
                <td className="py-2 pr-3">{option('a', show(a, field))}</td>
                <td className="py-2 pr-3">
                  {option('b', show(b, field))}
                  {list && !same ? option('both', 'Keep both') : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="flex gap-2">
        <Button variant="primary" disabled={busy} onClick={() => void merge(a, b, chosen)}>
          {busy ? 'Merging…' : 'Merge into one lead'}
        </Button>
        <Button disabled={busy || dismiss.busy} onClick={() => void dismiss.run(a, b).then((done) => done && navigate('duplicates'))}>
          Not the same person
        </Button>
      </div>
    </section>
  );
}

/** On a lead's page: the leads that may be the same person, with a link to compare each pair. */
export function LeadDuplicates({ lead }: { lead: Lead }) {
  const pairs = useLiveQuery((db) => possibleDuplicatesOf(db, lead), [lead], ['leads']);
  const list = pairs.data ?? [];
  if (!list.length) return null;
  return (
    <section aria-label="Possible duplicates" className="rounded-md bg-amber-50 p-3 text-sm dark:bg-amber-950/40">
      <h2 className="mb-1 font-semibold">Possible duplicates</h2>
      <ul className="flex flex-col gap-1">
        {list.map((pair) => {
          const other = pair.a.id === lead.id ? pair.b : pair.a;
          return (
            <li key={other.id}>
              <a href={`#/leads/${encodeURIComponent(other.id)}`} className="text-indigo-700 underline dark:text-indigo-300">
                {other.fullName}
              </a>{' '}
              ({describe(other)}){pair.differs.length ? ` — different ${pair.differs.join(', ')}` : ''}.{' '}
              <a
                href={`#/duplicates/${encodeURIComponent(pair.a.id)}/${encodeURIComponent(pair.b.id)}`}
                className="text-indigo-700 underline dark:text-indigo-300"
              >
                Compare and merge…
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

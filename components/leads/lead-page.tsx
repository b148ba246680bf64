import { useState } from 'react';
import { getDb, getLead, leadTimeline } from '@/lib/db';
import { formatDateTime, formatMoney } from '@/lib/format';
import { deleteLead, restoreLead } from '@/lib/leads';
import { isWebUrl, SOURCE_LABELS, type Lead, type LeadField } from '@/lib/model';
import { Button } from '../button';
import { useAction } from '../hooks/use-action';
import { navigate } from '../hooks/use-hash-route';
import { useLiveQuery } from '../hooks/use-live-query';
import { useActor } from '../hooks/use-team';
import { describeAssignment } from '@/lib/team';
import { ActivityExtra } from './activity-extra';
import { LeadCompany } from './lead-company';
import { LeadEditor } from './lead-editor';
import { LeadEmails } from './lead-emails';
import { StageBadge } from '../stage-badge';
import { LeadSequencesPanel } from './lead-sequences-panel';
import { EraseLead } from './erase-lead';
import { LeadDuplicates } from './duplicates-view';
import { LeadSalesPanel } from './lead-sales-panel';
import type { ViewContext } from '../view-context';

/** One lead: details with where each came from, edit, delete with undo, and the timeline. */
export function LeadPage({ id, settings, notify }: ViewContext & { id: string }) {
  const lead = useLiveQuery((db) => getLead(db, id), [id], ['leads']);
  const timeline = useLiveQuery((db) => leadTimeline(db, id), [id], ['activities']);
  // "Assigned to you by …" for the member a lead was given to.
  const { actor } = useActor();
  const [editing, setEditing] = useState(false);
  // Delete with Undo: either failing (the lead deleted or restored elsewhere meanwhile) says so in a toast.
  const restore = useAction(
    async (snapshot: Awaited<ReturnType<typeof deleteLead>>) => {
      await restoreLead(await getDb(), snapshot);
      navigate('leads', snapshot.lead.id);
    },
    { onError: (message, _caught, [snapshot]) => notify({ text: `Could not restore ${snapshot.lead.fullName}: ${message}` }) },
  );
  const remove = useAction(
    async (target: Lead) => {
      const snapshot = await deleteLead(await getDb(), target.id);
      navigate('leads');
      notify({ text: `Deleted ${target.fullName}`, actionLabel: 'Undo', onAction: () => void restore.run(snapshot) });
    },
    { onError: (message, _caught, [target]) => notify({ text: `Could not delete ${target.fullName}: ${message}` }) },
  );

  if (lead.loading && !lead.data) return <p className="text-sm text-slate-500">Loading…</p>;
  if (!lead.data) {
    return (
      <p>
        This lead no longer exists.{' '}
        <a href="#/leads" className="text-indigo-600 underline">
          Back to leads
        </a>
      </p>
    );
  }
  const current = lead.data;

  if (editing) {
    return (
      <section aria-labelledby="edit-heading" className="max-w-3xl">
        <h1 id="edit-heading" className="mb-4 text-xl font-semibold">
          Edit {current.fullName}
        </h1>
        <LeadEditor lead={current} currency={settings.currency} notify={notify} onClose={() => setEditing(false)} />
      </section>
    );
  }

  return (
    <article aria-labelledby="lead-heading" className="grid max-w-5xl gap-6 lg:grid-cols-[1fr_22rem]">
      <div className="flex flex-col gap-4">
        <a href="#/leads" className="text-sm text-indigo-600 dark:text-indigo-400">
          ← All leads
        </a>
        <header className="flex flex-wrap items-center gap-3">
          <h1 id="lead-heading" className="text-2xl font-semibold">
            {current.fullName}
          </h1>
          <StageBadge stage={current.stage} />
          <div className="ml-auto flex gap-2">
            <Button onClick={() => setEditing(true)}>Edit</Button>
            <Button variant="danger" disabled={remove.busy} onClick={() => void remove.run(current)}>
              Delete
            </Button>
            <EraseLead lead={current} notify={notify} />
          </div>
        </header>
        <dl className="grid grid-cols-[10rem_1fr] gap-x-4 gap-y-2 text-sm">
          <Detail lead={current} field="title" label="Title" />
          <Detail lead={current} field="company" label="Company" />
          <Detail lead={current} field="companyDomain" label="Company domain" />
          <LeadEmails lead={current} notify={notify} />
          <Detail lead={current} field="phones" label="Phone" />
          <Detail lead={current} field="location" label="Location" />
          <Detail lead={current} field="linkedinUrl" label="LinkedIn" />
          <Detail lead={current} field="websiteUrl" label="Website" />
          <Detail lead={current} field="socialProfiles" label="Social profiles" />
          {current.bio ? <Detail lead={current} field="bio" label="Bio" /> : null}
          <dt className="text-slate-500">Deal value</dt>
          <dd>{current.dealValue === undefined ? '—' : formatMoney(current.dealValue, current.dealCurrency ?? settings.currency)}</dd>
          <dt className="text-slate-500">Captured from</dt>
          <dd>{SOURCE_LABELS[current.capturedFrom]}</dd>
        </dl>
        <LeadDuplicates lead={current} />
        <LeadCompany lead={current} />
        <LeadSalesPanel lead={current} currency={settings.currency} notify={notify} />
        {current.notes ? (
          <section aria-label="Notes">
            <h2 className="mb-1 text-sm font-semibold">Notes</h2>
            <p className="whitespace-pre-wrap text-sm">{current.notes}</p>
          </section>
        ) : null}
        <LeadSequencesPanel leadId={current.id} />
      </div>
      <section aria-labelledby="timeline-heading">
        <h2 id="timeline-heading" className="mb-2 text-sm font-semibold">
          Timeline
        </h2>
        <ol className="flex flex-col gap-2 border-l border-slate-200 pl-3 dark:border-slate-800">
          {(timeline.data ?? []).map((activity) => (
            <li key={activity.id} className="text-sm">
              <p>{describeAssignment(activity, actor?.username)}</p>
              <ActivityExtra activity={activity} />
              <p className="text-xs text-slate-500">{formatDateTime(activity.at)}</p>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

/** One field with its value (links only for http(s), mailto and tel) and where it came from. */
function Detail({ lead, field, label }: { lead: Lead; field: LeadField; label: string }) {
  const value = lead[field];
  const list: readonly unknown[] = Array.isArray(value) ? value : value ? [value] : [];
  // Profiles show as their addresses (each labelled with its stored network and handle below).
  const values = list.map((item) => (typeof item === 'string' ? item : (item as { url: string }).url));
  const provenance = lead.provenance[field];
  return (
    <>
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0">
        {values.length === 0
          ? '—'
          : values.map((item) => (
              <FieldValue
                key={item}
                field={field}
                value={item}
                e164={lead.phoneE164.find((entry) => entry.phone === item)?.e164}
                profile={lead.socialProfiles.find((entry) => entry.url === item)}
              />
            ))}
        {provenance ? (
          <span className="ml-2 text-xs text-slate-400" title={provenance.url ?? undefined}>
            {SOURCE_LABELS[provenance.source]}
            {provenance.strategy ? ` · ${provenance.strategy}` : ''}
          </span>
        ) : null}
      </dd>
    </>
  );
}

function FieldValue({
  field,
  value,
  e164,
  profile,
}: {
  field: LeadField;
  value: string;
  e164?: string | undefined;
  profile?: Lead['socialProfiles'][number] | undefined;
}) {
  const href =
    field === 'emails'
      ? `mailto:${value}`
      : field === 'phones'
        ? `tel:${e164 ?? value.replace(/[^\d+]/g, '')}`
        : isWebUrl(value)
          ? value
          : undefined;
  const className = 'mr-2 break-all text-indigo-600 underline-offset-2 hover:underline dark:text-indigo-400';
  // A social profile reads as its network and handle ("X @wrenc"); the address stays the link.
  return href ? (
    <a
      className={className}
      href={href}
      target={href.startsWith('http') ? '_blank' : undefined}
      rel="noreferrer noopener"
      title={profile ? value : undefined}
    >
      {profile ? `${SOURCE_LABELS[profile.network]} ${profile.handle}` : value}
    </a>
  ) : (
    <span className="mr-2">{value}</span>
  );
}

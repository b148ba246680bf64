import { useState } from 'react';
import type { Lead } from '@/lib/model';
import { Button } from '../button';
import type { Notify } from '../view-context';
import { useCampaigns } from '../hooks/use-campaigns';
import { useTagLeads, useUntagLeads } from '../hooks/use-lead-writes';

/** A lead's campaign tags with first/last touch, one-click removal, adding a tag, and its UTM tags. */
export function LeadCampaignTags({ lead, notify }: { lead: Lead; notify: Notify }) {
  const { campaigns, byId } = useCampaigns();
  const [adding, setAdding] = useState('');
  const name = (id: string | undefined) => (id ? (byId.get(id)?.name ?? 'a deleted campaign') : undefined);
  const addable = campaigns.filter((campaign) => campaign.status !== 'archived' && !lead.campaignIds.includes(campaign.id));
  const chosen = adding || addable[0]?.id || '';

  // A failure (the campaign deleted meanwhile) says so in the same place as the outcome.
  const onError = (text: string) => notify({ text });
  const tag = useTagLeads({ onError });
  const untag = useUntagLeads({ onError });
  const busy = tag.busy || untag.busy;
  const remove = (id: string) => void untag.run([lead.id], id, false).then((result) => result && notify({ text: `Removed “${name(id)}”` }));
  const add = (id: string) => void tag.run([lead.id], id).then((result) => result && notify({ text: `Tagged with “${name(id)}”` }));

  const touches = [
    ['First touch', lead.firstTouchCampaignId],
    ['Last touch', lead.lastTouchCampaignId],
  ] as const;
  const utm = Object.entries(lead.sourceTags).filter(([, value]) => value);

  return (
    <section
      aria-labelledby="lead-campaigns-heading"
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
    >
      <h2 id="lead-campaigns-heading" className="text-sm font-semibold">
        Campaigns
      </h2>
      {lead.campaignIds.length ? (
        <ul aria-label="Campaign tags" className="flex flex-wrap gap-1.5">
          {lead.campaignIds.map((id) => (
            <li
              key={id}
              className="flex items-center gap-1 rounded-full bg-indigo-50 py-0.5 pl-2.5 pr-1 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200"
            >
              {name(id)}
              <button
                type="button"
                aria-label={`Remove ${name(id)} from this lead`}
                className="rounded-full px-1.5 hover:bg-indigo-100 dark:hover:bg-indigo-900"
                disabled={busy}
                onClick={() => remove(id)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-slate-500">Not tagged with any campaign.</p>
      )}
      <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-1 text-xs">
        {touches.map(([label, id]) => (
          <div key={label} className="contents">
            <dt className="text-slate-500">{label}</dt>
            <dd>
              {name(id) ?? '—'}
              {id && !lead.campaignIds.includes(id) ? <span className="text-slate-500"> (tag removed since)</span> : null}
            </dd>
          </div>
        ))}
        {utm.length ? (
          <>
            <dt className="text-slate-500">UTM tags</dt>
            <dd className="break-all">{utm.map(([key, value]) => `${key}=${value}`).join(' · ')}</dd>
          </>
        ) : null}
      </dl>
      {addable.length ? (
        <div className="flex items-end gap-2">
          <label className="flex flex-col gap-0.5 text-xs text-slate-500">
            Add to campaign
            <select
              className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm text-slate-900 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
              value={chosen}
              onChange={(event) => setAdding(event.target.value)}
            >
              {addable.map((campaign) => (
                <option key={campaign.id} value={campaign.id}>
                  {campaign.name}
                </option>
              ))}
            </select>
          </label>
          <Button disabled={busy} onClick={() => add(chosen)}>
            Add
          </Button>
        </div>
      ) : null}
    </section>
  );
}

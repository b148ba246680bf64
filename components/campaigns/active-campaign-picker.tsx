import { useId } from 'react';
import { listCampaigns } from '@/lib/campaigns';
import { getDb, getSettings, updateSettings } from '@/lib/db';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';

/**
 * Picks the active campaign: every lead captured while it is set is tagged with it. Used by the
 * popup and the side panel; reads and writes the setting itself (no charts, no large imports).
 */
export function ActiveCampaignPicker({ compact }: { compact?: boolean }) {
  const id = useId();
  const campaigns = useLiveQuery(listCampaigns, [], ['campaigns']);
  const settings = useLiveQuery(getSettings, [], ['settings']);
  const { run: choose, error } = useAction(async (value: string) =>
    updateSettings(await getDb(), { activeCampaignId: value || undefined }),
  );
  const live = (campaigns.data ?? []).filter((campaign) => campaign.status !== 'archived');
  const active = live.find((campaign) => campaign.id === settings.data?.activeCampaignId);
  if (!campaigns.data || !settings.data) return null;
  if (!live.length) {
    return compact ? null : <p className="text-xs text-slate-500">Create a campaign in the dashboard to tag your captures with it.</p>;
  }
  return (
    <div className="flex flex-col gap-1">
      <div className="flex items-center gap-2">
        <label htmlFor={id} className="shrink-0 text-xs font-medium text-slate-600 dark:text-slate-400">
          Active campaign
        </label>
        <select
          id={id}
          value={active?.id ?? ''}
          onChange={(event) => void choose(event.target.value)}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-700 dark:bg-slate-900"
        >
          <option value="">None</option>
          {live.map((campaign) => (
            <option key={campaign.id} value={campaign.id}>
              {campaign.name}
              {campaign.status === 'draft' ? ' (draft)' : ''}
            </option>
          ))}
        </select>
      </div>
      {!compact ? (
        <p className="text-xs text-slate-500" aria-live="polite">
          {active ? `Leads you capture now are tagged with “${active.name}”.` : 'Captures are tagged only by links and rules.'}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="text-xs text-rose-600">
          {error}
        </p>
      ) : null}
    </div>
  );
}

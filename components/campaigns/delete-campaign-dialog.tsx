import { useState, type FormEvent } from 'react';
import { campaignUsage, deleteCampaign, setCampaignStatus, type CampaignDisposition } from '@/lib/campaigns';
import { getDb } from '@/lib/db';
import type { Campaign } from '@/lib/model';
import { Button } from '../button';
import { Dialog } from '../dialog';
import { useAction } from '../hooks/use-action';
import { useLiveQuery } from '../hooks/use-live-query';

/**
 * Deleting a campaign: when leads reference it, the person chooses what becomes of their tags
 * (remove them, or move them to another campaign), or archives the campaign instead.
 */
export function DeleteCampaignDialog({
  campaign,
  campaigns,
  onClose,
  onDone,
}: {
  campaign: Campaign;
  campaigns: readonly Campaign[];
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const usage = useLiveQuery((db) => campaignUsage(db, campaign.id), [campaign.id], ['leads']);
  const others = campaigns.filter((other) => other.id !== campaign.id);
  const [choice, setChoice] = useState<'untag' | 'move' | 'archive'>('untag');
  const [target, setTarget] = useState('');
  const referencing = usage.data ? usage.data.tagged + usage.data.attributionOnly : undefined;

  const { run, busy, error } = useAction(async () => {
    const db = await getDb();
    if (choice === 'archive') {
      await setCampaignStatus(db, campaign.id, 'archived');
      onDone(`Archived “${campaign.name}”; its leads keep their tags`);
      return;
    }
    const targetId = target || others[0]?.id;
    const disposition: CampaignDisposition | undefined = referencing
      ? choice === 'move' && targetId
        ? { kind: 'move', toCampaignId: targetId }
        : { kind: 'untag' }
      : undefined;
    const { leadsChanged } = await deleteCampaign(db, campaign.id, disposition);
    const moved = disposition?.kind === 'move' ? others.find((other) => other.id === disposition.toCampaignId)?.name : undefined;
    onDone(
      leadsChanged
        ? `Deleted “${campaign.name}”; ${leadsChanged.toLocaleString()} ${leadsChanged === 1 ? 'lead' : 'leads'} ${moved ? `moved to “${moved}”` : 'untagged'}`
        : `Deleted “${campaign.name}”`,
    );
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run();
  };

  return (
    <Dialog title={`Delete “${campaign.name}”?`} onClose={onClose}>
      <form onSubmit={submit} className="flex flex-col gap-3 text-sm">
        {referencing === undefined ? (
          <p>Counting the leads that use it…</p>
        ) : referencing === 0 ? (
          <p>No lead is tagged with this campaign. Deleting it cannot be undone.</p>
        ) : (
          <>
            <p>
              <strong>
                {referencing.toLocaleString()} {referencing === 1 ? 'lead uses' : 'leads use'}
              </strong>{' '}
              this campaign
              {usage.data?.attributionOnly ? ` (${usage.data.attributionOnly.toLocaleString()} as first or last touch only)` : ''}. What
              should happen to their tags?
            </p>
            <fieldset className="flex flex-col gap-2">
              <legend className="sr-only">What happens to the tags</legend>
              <label className="flex items-center gap-2">
                <input type="radio" name="disposition" checked={choice === 'untag'} onChange={() => setChoice('untag')} />
                Remove the tag from those leads
              </label>
              <label className="flex items-center gap-2">
                <input
                  type="radio"
                  name="disposition"
                  checked={choice === 'move'}
                  disabled={!others.length}
                  onChange={() => setChoice('move')}
                />
                Move them to another campaign
              </label>
              {choice === 'move' ? (
                <select
                  aria-label="Campaign to move the leads to"
                  className="ml-6 rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-900"
                  value={target || others[0]?.id}
                  onChange={(event) => setTarget(event.target.value)}
                >
                  {others.map((other) => (
                    <option key={other.id} value={other.id}>
                      {other.name}
                    </option>
                  ))}
                </select>
              ) : null}
              <label className="flex items-center gap-2">
                <input type="radio" name="disposition" checked={choice === 'archive'} onChange={() => setChoice('archive')} />
                Keep it: archive the campaign instead
              </label>
            </fieldset>
          </>
        )}
        {error ? (
          <p role="alert" className="text-rose-600">
            {error}
          </p>
        ) : null}
        <div className="flex gap-2">
          <Button type="submit" variant={choice === 'archive' ? 'primary' : 'danger'} disabled={busy || referencing === undefined}>
            {choice === 'archive' ? 'Archive campaign' : 'Delete campaign'}
          </Button>
          <Button onClick={onClose}>Cancel</Button>
        </div>
      </form>
    </Dialog>
  );
}

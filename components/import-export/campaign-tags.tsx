import { getAllRecords } from '@/lib/db';
import { useLiveQuery } from '../hooks/use-live-query';
import { TextField } from '../field';

/** Campaigns every lead of the import is tagged with: existing ones, and optionally a new one. */
export function CampaignTags({
  selected,
  newName,
  onSelectedChange,
  onNewNameChange,
}: {
  selected: readonly string[];
  newName: string;
  onSelectedChange: (ids: string[]) => void;
  onNewNameChange: (name: string) => void;
}) {
  const campaigns = useLiveQuery((db) => getAllRecords(db, 'campaigns'), [], ['campaigns']).data ?? [];
  const active = campaigns.filter((campaign) => campaign.status !== 'archived').sort((a, b) => a.name.localeCompare(b.name));
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-semibold">Tag every imported lead with campaigns</legend>
      {active.length ? (
        <div className="flex flex-wrap gap-x-4 gap-y-1">
          {active.map((campaign) => (
            <label key={campaign.id} className="flex items-center gap-1.5 text-sm">
              <input
                type="checkbox"
                checked={selected.includes(campaign.id)}
                onChange={(event) =>
                  onSelectedChange(event.target.checked ? [...selected, campaign.id] : selected.filter((id) => id !== campaign.id))
                }
              />
              {campaign.name}
            </label>
          ))}
        </div>
      ) : null}
      <div className="max-w-sm">
        <TextField
          label="New campaign for this import (optional)"
          value={newName}
          maxLength={200}
          onChange={(event) => onNewNameChange(event.target.value)}
        />
      </div>
    </fieldset>
  );
}

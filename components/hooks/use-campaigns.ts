import { useMemo } from 'react';
import { listCampaigns } from '@/lib/campaigns';
import type { Campaign } from '@/lib/model';
import { useLiveQuery } from './use-live-query';

/** Every campaign (active, draft, archived), kept fresh, with a lookup by id. */
export function useCampaigns(): { campaigns: Campaign[]; byId: Map<string, Campaign>; loading: boolean; error: Error | undefined } {
  const query = useLiveQuery(listCampaigns, [], ['campaigns']);
  const campaigns = useMemo(() => query.data ?? [], [query.data]);
  const byId = useMemo(() => new Map(campaigns.map((campaign) => [campaign.id, campaign])), [campaigns]);
  return { campaigns, byId, loading: query.loading, error: query.error };
}

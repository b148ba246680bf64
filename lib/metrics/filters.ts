import { attributedCampaignIds, type AttributionModel } from '../campaigns/attribution';
import type { Channel } from '../model';
import type { MetricCampaign, MetricLead } from './types';

/** The campaign filter value for leads with no campaign. */
export const NO_CAMPAIGN = '__none__';
/** The owner filter value for leads nobody owns. */
export const UNASSIGNED = '__unassigned__';

/** What a report looks at. Dates select leads by when they were captured: `start` ≤ createdAt < `end`. */
export interface ReportFilters {
  start?: number;
  end?: number;
  /** A campaign id, or NO_CAMPAIGN. */
  campaignId?: string;
  channel?: Channel;
  /** An owner's name, or UNASSIGNED. */
  owner?: string;
  attribution: AttributionModel;
}

/** A lead in a report, with the campaigns it is credited to under the filters. */
export interface ScopedLead<L extends MetricLead = MetricLead> {
  lead: L;
  /** Attributed campaigns that exist and pass the campaign and channel filters. */
  campaigns: readonly MetricCampaign[];
}

/**
 * The leads a report covers and the campaigns each is credited to. A campaign or channel filter
 * keeps leads credited to a matching campaign and narrows their campaigns to the matching ones.
 * Tags naming a campaign that no longer exists are ignored.
 */
export function scopeLeads<L extends MetricLead>(
  leads: readonly L[],
  filters: ReportFilters,
  campaignsById: ReadonlyMap<string, MetricCampaign>,
): ScopedLead<L>[] {
  const out: ScopedLead<L>[] = [];
  for (const lead of leads) {
    if (filters.start !== undefined && lead.createdAt < filters.start) continue;
    if (filters.end !== undefined && lead.createdAt >= filters.end) continue;
    if (filters.owner !== undefined) {
      if (filters.owner === UNASSIGNED ? Boolean(lead.owner) : lead.owner !== filters.owner) continue;
    }
    const credited: MetricCampaign[] = [];
    for (const id of attributedCampaignIds(lead, filters.attribution)) {
      const campaign = campaignsById.get(id);
      if (campaign) credited.push(campaign);
    }
    if (filters.campaignId === NO_CAMPAIGN) {
      if (credited.length) continue;
      if (filters.channel) continue;
      out.push({ lead, campaigns: credited });
      continue;
    }
    const kept = credited.filter(
      (campaign) => (!filters.campaignId || campaign.id === filters.campaignId) && (!filters.channel || campaign.channel === filters.channel),
    );
    if ((filters.campaignId || filters.channel) && !kept.length) continue;
    out.push({ lead, campaigns: kept });
  }
  return out;
}

/** The campaigns a report lists: those passing the campaign and channel filters, empty ones included. */
export function scopeCampaigns(campaigns: readonly MetricCampaign[], filters: ReportFilters): MetricCampaign[] {
  if (filters.campaignId === NO_CAMPAIGN) return [];
  return campaigns.filter(
    (campaign) => (!filters.campaignId || campaign.id === filters.campaignId) && (!filters.channel || campaign.channel === filters.channel),
  );
}

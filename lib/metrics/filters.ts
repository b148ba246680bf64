import { attributedCampaignIds, type AttributionModel } from '../campaigns';
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
  const narrowing = Boolean(filters.campaignId || filters.channel);
  const none: readonly MetricCampaign[] = [];
  for (const lead of leads) {
    if (filters.start !== undefined && lead.createdAt < filters.start) continue;
    if (filters.end !== undefined && lead.createdAt >= filters.end) continue;
    if (filters.owner !== undefined) {
      if (filters.owner === UNASSIGNED ? Boolean(lead.owner) : lead.owner !== filters.owner) continue;
    }
    const ids = attributedCampaignIds(lead, filters.attribution);
    let credited: MetricCampaign[] | undefined;
    for (const id of ids) {
      const campaign = campaignsById.get(id);
      if (!campaign) continue;
      if (
        narrowing &&
        ((filters.campaignId && campaign.id !== filters.campaignId) || (filters.channel && campaign.channel !== filters.channel))
      ) {
        continue;
      }
      (credited ??= []).push(campaign);
    }
    if (filters.campaignId === NO_CAMPAIGN) {
      // Only leads credited to no existing campaign (checked without the narrowing above).
      if (filters.channel || ids.some((id) => campaignsById.has(id))) continue;
      out.push({ lead, campaigns: none });
      continue;
    }
    if (narrowing && !credited) continue;
    out.push({ lead, campaigns: credited ?? none });
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

import { engagementOf, type LeadHistory } from './engagement';
import type { ScopedLead } from './filters';
import { amountIn, isInCurrency, ratio, type ExcludedMoney } from './money';
import type { MetricCampaign } from './types';

/** One campaign from first touch to revenue. */
export interface CampaignPerformanceRow {
  /** Null for the "No campaign" row and the totals row. */
  campaignId: string | null;
  name: string;
  channel: MetricCampaign['channel'] | null;
  leads: number;
  contacted: number;
  replied: number;
  qualified: number;
  won: number;
  /** Won deal values in the workspace currency. */
  revenue: number;
  /** Null when the cost was entered in another currency (see `costCurrency`), or for "No campaign". */
  cost: number | null;
  /** Set when the cost is in another currency and so left out. */
  costCurrency?: string;
  costPerLead: number | null;
  /** cost / won ("cost per acquired customer"). */
  costPerCustomer: number | null;
  /** revenue / cost (2 means every unit spent brought two back); null when nothing was spent. */
  returnOnSpend: number | null;
}

/** The joined report: a row per campaign (empty ones too), "No campaign", and totals. */
export interface CampaignPerformance {
  rows: CampaignPerformanceRow[];
  /** Leads with no campaign; absent when a campaign or channel filter is on. */
  noCampaign?: CampaignPerformanceRow;
  /** Every campaign-credited lead counted once; cost summed over the listed campaigns. */
  totals: CampaignPerformanceRow;
  excluded: ExcludedMoney;
}

function emptyRow(campaignId: string | null, name: string, channel: CampaignPerformanceRow['channel']): CampaignPerformanceRow {
  return {
    campaignId,
    name,
    channel,
    leads: 0,
    contacted: 0,
    replied: 0,
    qualified: 0,
    won: 0,
    revenue: 0,
    cost: null,
    costPerLead: null,
    costPerCustomer: null,
    returnOnSpend: null,
  };
}

function withRatios(row: CampaignPerformanceRow): CampaignPerformanceRow {
  if (row.cost === null) return row;
  return {
    ...row,
    costPerLead: ratio(row.cost, row.leads),
    costPerCustomer: ratio(row.cost, row.won),
    returnOnSpend: row.cost === 0 ? null : row.revenue / row.cost,
  };
}

/**
 * Per campaign: leads, contacted, replied, qualified, won, revenue, cost, cost per lead, cost per
 * acquired customer and return on spend. Revenue of a lead credited to two campaigns counts for
 * both; the totals row counts every lead once. Costs and deal values in another currency than the
 * workspace's are left out and listed in `excluded`.
 */
export function campaignPerformance(
  leads: readonly ScopedLead[],
  history: ReadonlyMap<string, LeadHistory>,
  campaigns: readonly MetricCampaign[],
  currency: string,
  options: { includeNoCampaign: boolean },
): CampaignPerformance {
  const excluded: ExcludedMoney = {};
  const rows = new Map<string, CampaignPerformanceRow>();
  const totals = emptyRow(null, 'All campaigns', null);
  totals.cost = 0;
  for (const campaign of campaigns) {
    const row = emptyRow(campaign.id, campaign.name, campaign.channel);
    if (isInCurrency(campaign.currency, currency)) {
      row.cost = campaign.cost;
      totals.cost += campaign.cost;
    } else {
      row.costCurrency = campaign.currency;
      amountIn(campaign.cost, campaign.currency, currency, excluded);
    }
    rows.set(campaign.id, row);
  }
  const none = emptyRow(null, 'No campaign', null);

  const count = (row: CampaignPerformanceRow, flags: ReturnType<typeof engagementOf>, revenue: number) => {
    row.leads += 1;
    if (flags.contacted) row.contacted += 1;
    if (flags.replied) row.replied += 1;
    if (flags.qualified) row.qualified += 1;
    if (flags.won) {
      row.won += 1;
      row.revenue += revenue;
    }
  };
  for (const scoped of leads) {
    const { lead } = scoped;
    const flags = engagementOf(lead, history.get(lead.id));
    const revenue = flags.won && lead.dealValue !== undefined ? amountIn(lead.dealValue, lead.dealCurrency, currency, excluded) : 0;
    if (!scoped.campaigns.length) {
      count(none, flags, revenue);
      continue;
    }
    count(totals, flags, revenue);
    for (const campaign of scoped.campaigns) {
      const row = rows.get(campaign.id);
      if (row) count(row, flags, revenue);
    }
  }
  return {
    rows: [...rows.values()].map(withRatios).sort((a, b) => b.leads - a.leads || a.name.localeCompare(b.name)),
    noCampaign: options.includeNoCampaign ? none : undefined,
    totals: withRatios(totals),
    excluded,
  };
}

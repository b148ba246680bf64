import type { LeadHistory } from './engagement';
import { scopeCampaigns, scopeLeads, type ReportFilters } from './filters';
import { campaignPerformance, type CampaignPerformance } from './joined';
import { engagementBy, goalProgress, leadsOverTime, type EngagementRow, type GoalRow, type GroupBy, type LeadsOverTime } from './marketing';
import { mergeExcluded, type ExcludedMoney } from './money';
import { funnel, pipelineByStage, salesSummary, type FunnelStep, type SalesSummary, type StageValueRow } from './sales';
import { pickGranularity, type Granularity } from './time-buckets';
import type { MetricCampaign, MetricLead } from './types';

/** Everything the reports page shows, for one set of filters. */
export interface Reports {
  leads: number;
  overTime: LeadsOverTime;
  goals: GoalRow[];
  engagement: EngagementRow[];
  funnel: FunnelStep[];
  sales: SalesSummary;
  pipeline: StageValueRow[];
  performance: CampaignPerformance;
  /** Amounts in another currency than the workspace's, left out of every total above. */
  excluded: { deals: ExcludedMoney; costs: ExcludedMoney };
}

/** What the reports are computed from. `history` is `historyIndex(activities)`, computed once per data change. */
export interface ReportInput {
  leads: readonly MetricLead[];
  history: ReadonlyMap<string, LeadHistory>;
  campaigns: readonly MetricCampaign[];
  filters: ReportFilters;
  currency: string;
  groupBy: GroupBy;
  /** Time series granularity; by default from the date range (or the leads' span). */
  granularity?: Granularity;
  /** Now, for an open-ended range's last bucket. */
  now: number;
}

/** Computes every report figure in one pass per figure: O(leads + campaigns) after the history index. */
export function computeReports(input: ReportInput): Reports {
  const byId = new Map(input.campaigns.map((campaign) => [campaign.id, campaign]));
  const scoped = scopeLeads(input.leads, input.filters, byId);
  const listed = scopeCampaigns(input.campaigns, input.filters);
  let start = input.filters.start;
  let end = input.filters.end;
  if (scoped.length && (start === undefined || end === undefined)) {
    const [first, last] = spanOf(scoped.map((entry) => entry.lead.createdAt));
    start ??= first;
    end ??= Math.max(input.now, last + 1);
  }
  const granularity = input.granularity ?? (start !== undefined && end !== undefined ? pickGranularity(start, end) : 'month');
  const sales = salesSummary(scoped, input.currency);
  const pipeline = pipelineByStage(scoped, input.currency);
  const performance = campaignPerformance(scoped, input.history, listed, input.currency, {
    includeNoCampaign: !input.filters.campaignId && !input.filters.channel,
  });
  const costs: ExcludedMoney = {};
  for (const campaign of listed) {
    if (campaign.currency && campaign.currency !== input.currency && campaign.cost) {
      const entry = (costs[campaign.currency] ??= { count: 0, amount: 0 });
      entry.count += 1;
      entry.amount += campaign.cost;
    }
  }
  return {
    leads: scoped.length,
    overTime: leadsOverTime(scoped, { groupBy: input.groupBy, granularity, start, end }),
    goals: goalProgress(
      scoped,
      listed.filter((campaign) => campaign.goalLeads),
    ),
    engagement: engagementBy(scoped, input.history, input.groupBy),
    funnel: funnel(scoped, input.history),
    sales,
    pipeline: pipeline.rows,
    performance,
    excluded: { deals: mergeExcluded(pipeline.excluded), costs },
  };
}

// Math.min(...array) overflows the stack past ~100,000 arguments: reduce first.
function spanOf(values: readonly number[]): [number, number] {
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return [min, max];
}

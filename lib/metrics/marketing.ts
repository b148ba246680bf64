import { CHANNEL_LABELS, SOURCE_LABELS } from '../model';
import { engagementOf, type LeadHistory } from './engagement';
import type { ScopedLead } from './filters';
import { ratio } from './money';
import { bucketIndex, bucketKey, bucketStarts, type Granularity } from './time-buckets';
import type { MetricCampaign } from './types';

/** The key used for leads credited to no campaign. */
export const NONE_KEY = 'none';
const NONE_LABEL = 'No campaign';

/** Group leads by campaign, by the campaigns' channel, or by the site (network) each lead was captured from. */
export type GroupBy = 'campaign' | 'channel' | 'site';

interface Group {
  key: string;
  label: string;
}
const NONE_GROUP: readonly Group[] = [{ key: NONE_KEY, label: NONE_LABEL }];

/**
 * The groups one lead belongs to: each credited campaign (or its channel), or "No campaign".
 * `cache` keeps one group list per campaign, so the common one-campaign lead allocates nothing.
 */
function groupsOf(scoped: ScopedLead, groupBy: GroupBy, cache: Map<string, readonly Group[]>): readonly Group[] {
  const { campaigns } = scoped;
  if (groupBy === 'site') {
    const site = scoped.lead.capturedFrom;
    let cached = cache.get(`site:${site}`);
    if (!cached) {
      cached = [{ key: site, label: SOURCE_LABELS[site] }];
      cache.set(`site:${site}`, cached);
    }
    return cached;
  }
  if (!campaigns.length) return NONE_GROUP;
  const group = (campaign: MetricCampaign): Group =>
    groupBy === 'campaign'
      ? { key: campaign.id, label: campaign.name }
      : { key: campaign.channel, label: CHANNEL_LABELS[campaign.channel] };
  if (campaigns.length === 1) {
    const only = campaigns[0]!;
    let cached = cache.get(only.id);
    if (!cached) {
      cached = [group(only)];
      cache.set(only.id, cached);
    }
    return cached;
  }
  const groups = new Map<string, Group>();
  for (const campaign of campaigns) {
    const entry = group(campaign);
    groups.set(entry.key, entry);
  }
  return [...groups.values()];
}

/** One line of a time series: a group's count per bucket. */
export interface Series {
  key: string;
  label: string;
  values: number[];
  total: number;
}

/** Leads generated per bucket, per group, largest group first. */
export interface LeadsOverTime {
  granularity: Granularity;
  buckets: string[];
  series: Series[];
  /** Distinct leads per bucket (a lead credited to two groups counts once here). */
  totals: number[];
}

/**
 * Leads generated (captured) per time bucket, per campaign or channel. `start`/`end` bound the
 * buckets; without them the series spans the first to the last lead. Under "every tagged campaign",
 * a lead tagged with two campaigns counts in both groups but once in `totals`.
 */
export function leadsOverTime(
  leads: readonly ScopedLead[],
  options: { groupBy: GroupBy; granularity: Granularity; start?: number; end?: number },
): LeadsOverTime {
  let start = options.start;
  let end = options.end;
  if (start === undefined || end === undefined) {
    let min = Infinity;
    let max = -Infinity;
    for (const { lead } of leads) {
      min = Math.min(min, lead.createdAt);
      max = Math.max(max, lead.createdAt);
    }
    start ??= min;
    end ??= max + 1;
  }
  if (!Number.isFinite(start) || !Number.isFinite(end) || !leads.length) {
    return { granularity: options.granularity, buckets: [], series: [], totals: [] };
  }
  const starts = bucketStarts(start, end, options.granularity);
  const buckets = starts.map((at) => bucketKey(at, options.granularity));
  const totals = buckets.map(() => 0);
  const series = new Map<string, Series>();
  const cache = new Map<string, readonly Group[]>();
  for (const scoped of leads) {
    const { createdAt } = scoped.lead;
    if (createdAt < start || createdAt >= end) continue;
    const at = bucketIndex(starts, createdAt);
    if (at < 0) continue;
    totals[at]! += 1;
    for (const group of groupsOf(scoped, options.groupBy, cache)) {
      let line = series.get(group.key);
      if (!line) {
        line = { key: group.key, label: group.label, values: buckets.map(() => 0), total: 0 };
        series.set(group.key, line);
      }
      line.values[at]! += 1;
      line.total += 1;
    }
  }
  return {
    granularity: options.granularity,
    buckets,
    series: [...series.values()].sort((a, b) => b.total - a.total || a.label.localeCompare(b.label)),
    totals,
  };
}

/** A campaign's leads against its goal. */
export interface GoalRow {
  campaignId: string;
  name: string;
  leads: number;
  goal: number | undefined;
  /** leads / goal (1 = goal met); null without a goal or with a goal of 0. */
  progress: number | null;
}

/** Every listed campaign's leads and progress toward its lead goal (campaigns with no leads included). */
export function goalProgress(leads: readonly ScopedLead[], campaigns: readonly MetricCampaign[]): GoalRow[] {
  const counts = new Map<string, number>();
  for (const { campaigns: credited } of leads) {
    for (const campaign of credited) counts.set(campaign.id, (counts.get(campaign.id) ?? 0) + 1);
  }
  return campaigns.map((campaign) => {
    const count = counts.get(campaign.id) ?? 0;
    return {
      campaignId: campaign.id,
      name: campaign.name,
      leads: count,
      goal: campaign.goalLeads,
      progress: campaign.goalLeads ? count / campaign.goalLeads : null,
    };
  });
}

/** How many of a group's leads were contacted and replied. */
export interface EngagementRow {
  key: string;
  label: string;
  leads: number;
  contacted: number;
  replied: number;
  /** Leads seen engaging with a post or profile on a social network (saved from "People on this page"). */
  engaged: number;
  /** Leads with an address something confirmed (read, typed, imported, replied from). */
  confirmedEmail: number;
  /** Leads whose only addresses are guessed (lib/emails): not yet safe to count as reachable. */
  guessedEmail: number;
  contactedRate: number | null;
  repliedRate: number | null;
}

const emptyEngagementRow = (key: string, label: string): EngagementRow => ({
  key,
  label,
  leads: 0,
  contacted: 0,
  replied: 0,
  engaged: 0,
  confirmedEmail: 0,
  guessedEmail: 0,
  contactedRate: null,
  repliedRate: null,
});

/** Engagement per campaign or channel, plus every lead in scope as the last row ("All leads"). */
export function engagementBy(leads: readonly ScopedLead[], history: ReadonlyMap<string, LeadHistory>, groupBy: GroupBy): EngagementRow[] {
  const rows = new Map<string, EngagementRow>();
  const all = emptyEngagementRow('all', 'All leads');
  const add = (row: EngagementRow, lead: ScopedLead['lead'], contacted: boolean, replied: boolean, engaged: boolean) => {
    row.leads += 1;
    if (contacted) row.contacted += 1;
    if (replied) row.replied += 1;
    if (engaged) row.engaged += 1;
    if (lead.emailState === 'confirmed') row.confirmedEmail += 1;
    else if (lead.emailState === 'guessed') row.guessedEmail += 1;
  };
  const cache = new Map<string, readonly Group[]>();
  for (const scoped of leads) {
    const { contacted, replied } = engagementOf(scoped.lead, history.get(scoped.lead.id));
    const engaged = history.get(scoped.lead.id)?.social ?? false;
    add(all, scoped.lead, contacted, replied, engaged);
    for (const group of groupsOf(scoped, groupBy, cache)) {
      let row = rows.get(group.key);
      if (!row) {
        row = emptyEngagementRow(group.key, group.label);
        rows.set(group.key, row);
      }
      add(row, scoped.lead, contacted, replied, engaged);
    }
  }
  const sorted = [...rows.values()].sort((a, b) => b.leads - a.leads || a.label.localeCompare(b.label));
  return [...sorted, all].map((row) => ({
    ...row,
    contactedRate: ratio(row.contacted, row.leads),
    repliedRate: ratio(row.replied, row.leads),
  }));
}

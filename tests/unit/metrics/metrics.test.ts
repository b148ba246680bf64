import { describe, expect, it } from 'vitest';
import {
  bucketIndex,
  bucketKey,
  bucketStarts,
  campaignPerformance,
  computeReports,
  engagementTable,
  funnelTable,
  performanceTable,
  reportTableCsv,
  engagementBy,
  funnel,
  goalProgress,
  historyIndex,
  leadsOverTime,
  NO_CAMPAIGN,
  pipelineByStage,
  salesSummary,
  scopeCampaigns,
  scopeLeads,
  toCsv,
  UNASSIGNED,
  type MetricActivity,
  type MetricCampaign,
  type MetricLead,
  type ReportFilters,
} from '@/lib/metrics';

// A hand-computed data set. Workspace currency USD.
// Campaigns: A linkedin cost 1000 goal 4 · B webinar cost 0 (zero cost) · C events cost 2000 EUR
// (another currency: left out) · D linkedin cost 500 goal 10 with no leads (empty campaign).
const A: MetricCampaign = { id: 'A', name: 'Q4 social', channel: 'linkedin', cost: 1000, goalLeads: 4, status: 'active' };
const B: MetricCampaign = { id: 'B', name: 'Autumn webinar', channel: 'webinar', cost: 0, status: 'active' };
const C: MetricCampaign = { id: 'C', name: 'Expo booth', channel: 'events', cost: 2000, currency: 'EUR', status: 'active' };
const D: MetricCampaign = { id: 'D', name: 'Empty launch', channel: 'linkedin', cost: 500, goalLeads: 10, status: 'draft' };
const CAMPAIGNS = [A, B, C, D];
const BY_ID = new Map(CAMPAIGNS.map((c) => [c.id, c]));

const DAY = 86_400_000;
const nov = (day: number) => new Date(2026, 10, day, 12).getTime();
const lead = (id: string, patch: Partial<MetricLead>): MetricLead => ({
  id,
  stage: 'new',
  capturedFrom: 'linkedin',
  campaignIds: [],
  createdAt: nov(1),
  ...patch,
});
// L1 A won 3000 in 10 days · L2 A lost after reaching negotiation · L3 A+B (first A, last B) qualified, open 1000
// L4 B contacted and replied · L5 B won 2000 EUR in 4 days · L6 no campaign, emailed · L7 no campaign, won, no value, 2 days
// L8 C new, untouched.
const LEADS: MetricLead[] = [
  lead('L1', {
    campaignIds: ['A'],
    firstTouchCampaignId: 'A',
    lastTouchCampaignId: 'A',
    stage: 'won',
    dealValue: 3000,
    createdAt: nov(2),
    closedAt: nov(2) + 10 * DAY,
    owner: 'Sven',
  }),
  lead('L2', {
    campaignIds: ['A'],
    firstTouchCampaignId: 'A',
    lastTouchCampaignId: 'A',
    stage: 'lost',
    createdAt: nov(3),
    closedAt: nov(5),
    owner: 'Sven',
  }),
  lead('L3', {
    campaignIds: ['A', 'B'],
    firstTouchCampaignId: 'A',
    lastTouchCampaignId: 'B',
    stage: 'qualified',
    dealValue: 1000,
    createdAt: nov(10),
    owner: 'Maren',
  }),
  lead('L4', { campaignIds: ['B'], firstTouchCampaignId: 'B', lastTouchCampaignId: 'B', stage: 'contacted', createdAt: nov(10) }),
  lead('L5', {
    campaignIds: ['B'],
    firstTouchCampaignId: 'B',
    lastTouchCampaignId: 'B',
    stage: 'won',
    dealValue: 2000,
    dealCurrency: 'EUR',
    createdAt: nov(20),
    closedAt: nov(20) + 4 * DAY,
    owner: 'Maren',
  }),
  lead('L6', { stage: 'new', createdAt: nov(21) }),
  lead('L7', { stage: 'won', createdAt: nov(25), closedAt: nov(25) + 2 * DAY }),
  lead('L8', { campaignIds: ['C'], firstTouchCampaignId: 'C', lastTouchCampaignId: 'C', createdAt: nov(26) }),
];
const ACTIVITIES: MetricActivity[] = [
  { leadId: 'L2', type: 'stage-changed', at: nov(3), fromStage: 'new', toStage: 'contacted' },
  { leadId: 'L2', type: 'stage-changed', at: nov(4), fromStage: 'contacted', toStage: 'negotiation' },
  { leadId: 'L2', type: 'stage-changed', at: nov(5), fromStage: 'negotiation', toStage: 'lost' },
  { leadId: 'L3', type: 'step-done', at: nov(11) },
  { leadId: 'L4', type: 'email-logged', at: nov(11) },
  { leadId: 'L4', type: 'replied', at: nov(12) },
  { leadId: 'L6', type: 'email-logged', at: nov(22) },
  { leadId: 'L8', type: 'captured', at: nov(26) },
  { leadId: 'deleted-lead', type: 'replied', at: nov(12) },
];
const HISTORY = historyIndex(ACTIVITIES);
const ANY: ReportFilters = { attribution: 'any' };
const scoped = (filters: ReportFilters = ANY) => scopeLeads(LEADS, filters, BY_ID);
const ids = (filters: ReportFilters) => scoped(filters).map((s) => s.lead.id);

describe('report filters', () => {
  it('select leads by capture date (start inclusive, end exclusive) and owner', () => {
    expect(ids({ ...ANY, start: new Date(2026, 10, 10).getTime(), end: new Date(2026, 10, 21).getTime() })).toEqual(['L3', 'L4', 'L5']);
    expect(ids({ ...ANY, owner: 'Maren' })).toEqual(['L3', 'L5']);
    expect(ids({ ...ANY, owner: UNASSIGNED })).toEqual(['L4', 'L6', 'L7', 'L8']);
  });

  it('select by campaign or channel and narrow each lead to the matching campaigns', () => {
    expect(scoped({ ...ANY, campaignId: 'A' }).map((s) => [s.lead.id, s.campaigns.map((c) => c.id)])).toEqual([
      ['L1', ['A']],
      ['L2', ['A']],
      ['L3', ['A']],
    ]);
    expect(scoped({ ...ANY, channel: 'webinar' }).map((s) => [s.lead.id, s.campaigns.map((c) => c.id)])).toEqual([
      ['L3', ['B']],
      ['L4', ['B']],
      ['L5', ['B']],
    ]);
    expect(ids({ ...ANY, campaignId: NO_CAMPAIGN })).toEqual(['L6', 'L7']);
    expect(scopeCampaigns(CAMPAIGNS, { ...ANY, channel: 'linkedin' }).map((c) => c.id)).toEqual(['A', 'D']);
  });

  it('credit a lead by first or last touch', () => {
    expect(ids({ attribution: 'first', campaignId: 'B' })).toEqual(['L4', 'L5']);
    expect(ids({ attribution: 'last', campaignId: 'B' })).toEqual(['L3', 'L4', 'L5']);
    expect(ids({ attribution: 'last', campaignId: 'A' })).toEqual(['L1', 'L2']);
  });

  it('ignore tags that name a campaign that no longer exists', () => {
    const orphan = lead('L9', { campaignIds: ['gone'] });
    expect(scopeLeads([orphan], ANY, BY_ID)[0]?.campaigns).toEqual([]);
    expect(scopeLeads([orphan], { ...ANY, campaignId: NO_CAMPAIGN }, BY_ID).map((s) => s.lead.id)).toEqual(['L9']);
  });
});

describe('marketing report', () => {
  it('counts leads generated per channel per week, with every week of the range present', () => {
    const result = leadsOverTime(scoped(), {
      groupBy: 'channel',
      granularity: 'week',
      start: new Date(2026, 10, 2).getTime(),
      end: new Date(2026, 10, 30).getTime(),
    });
    // 2 November 2026 is a Monday.
    expect(result.buckets).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23']);
    expect(result.series.map((s) => [s.label, s.values, s.total])).toEqual([
      ['LinkedIn', [2, 1, 0, 0], 3],
      ['Webinar', [0, 2, 1, 0], 3],
      ['No campaign', [0, 0, 1, 1], 2],
      ['Events', [0, 0, 0, 1], 1],
    ]);
    // L3 is in two channels but is one lead.
    expect(result.totals).toEqual([2, 2, 2, 2]);
  });

  it('spans the first to the last lead without a date range, and is empty without leads', () => {
    const result = leadsOverTime(scoped(), { groupBy: 'campaign', granularity: 'month' });
    expect(result.buckets).toEqual(['2026-11']);
    expect(result.series.find((s) => s.key === 'D')).toBeUndefined();
    expect(leadsOverTime([], { groupBy: 'campaign', granularity: 'day' })).toEqual({
      granularity: 'day',
      buckets: [],
      series: [],
      totals: [],
    });
  });

  it('measures goal progress, including a campaign with no leads', () => {
    expect(goalProgress(scoped(), CAMPAIGNS).map((row) => [row.name, row.leads, row.goal, row.progress])).toEqual([
      ['Q4 social', 3, 4, 0.75],
      ['Autumn webinar', 3, undefined, null],
      ['Expo booth', 1, undefined, null],
      ['Empty launch', 0, 10, 0],
    ]);
  });

  it('measures the share of leads contacted and replied, per channel and overall', () => {
    expect(
      engagementBy(scoped(), HISTORY, 'channel').map((r) => [r.label, r.leads, r.contacted, r.replied, r.contactedRate, r.repliedRate]),
    ).toEqual([
      ['LinkedIn', 3, 3, 0, 1, 0],
      ['Webinar', 3, 3, 1, 1, 1 / 3],
      ['No campaign', 2, 2, 0, 1, 0],
      ['Events', 1, 0, 0, 0, 0],
      ['All leads', 8, 7, 1, 0.875, 0.125],
    ]);
    expect(engagementBy([], HISTORY, 'campaign')).toEqual([
      {
        key: 'all',
        label: 'All leads',
        leads: 0,
        contacted: 0,
        replied: 0,
        engaged: 0,
        confirmedEmail: 0,
        guessedEmail: 0,
        contactedRate: null,
        repliedRate: null,
      },
    ]);
  });
});

describe('sales report', () => {
  it('builds the funnel from stages reached, counting a lost deal up to where it got', () => {
    expect(funnel(scoped(), HISTORY)).toEqual([
      { stage: 'new', reached: 8, conversion: null },
      { stage: 'contacted', reached: 6, conversion: 0.75 },
      { stage: 'qualified', reached: 5, conversion: 5 / 6 },
      { stage: 'presentation', reached: 4, conversion: 0.8 },
      { stage: 'negotiation', reached: 4, conversion: 1 },
      { stage: 'won', reached: 3, conversion: 0.75 },
    ]);
    expect(funnel([], HISTORY).map((step) => [step.reached, step.conversion])).toEqual([
      [0, null],
      [0, null],
      [0, null],
      [0, null],
      [0, null],
      [0, null],
    ]);
  });

  it('computes win rate, revenue, average deal size and days to won without mixing currencies', () => {
    expect(salesSummary(scoped(), 'USD')).toEqual({
      leads: 8,
      open: 4,
      won: 3,
      lost: 1,
      winRate: 0.75,
      revenue: 3000,
      averageDealSize: 3000,
      wonWithoutValue: 1,
      averageDaysToWon: 16 / 3,
      excluded: { EUR: { count: 1, amount: 2000 } },
    });
  });

  it('says "unknown", not zero, when nothing has closed', () => {
    const open = scoped({ ...ANY, owner: UNASSIGNED, campaignId: 'C' });
    expect(salesSummary(open, 'USD')).toMatchObject({
      leads: 1,
      won: 0,
      lost: 0,
      winRate: null,
      revenue: 0,
      averageDealSize: null,
      averageDaysToWon: null,
    });
  });

  it('sums pipeline value by stage', () => {
    const { rows, excluded } = pipelineByStage(scoped(), 'USD');
    expect(rows.map((r) => [r.stage, r.leads, r.value, r.withoutValue])).toEqual([
      ['new', 2, 0, 2],
      ['contacted', 1, 0, 1],
      ['qualified', 1, 1000, 0],
      ['presentation', 0, 0, 0],
      ['negotiation', 0, 0, 0],
      ['won', 3, 3000, 1],
      ['lost', 1, 0, 1],
    ]);
    expect(excluded).toEqual({ EUR: { count: 1, amount: 2000 } });
  });
});

describe('campaign performance (marketing joined to sales)', () => {
  const result = campaignPerformance(scoped(), HISTORY, CAMPAIGNS, 'USD', { includeNoCampaign: true });
  const row = (name: string) => result.rows.find((r) => r.name === name)!;

  it('lists every campaign, empty ones too, busiest first', () => {
    expect(result.rows.map((r) => [r.name, r.leads])).toEqual([
      ['Autumn webinar', 3],
      ['Q4 social', 3],
      ['Expo booth', 1],
      ['Empty launch', 0],
    ]);
  });

  it('joins leads to revenue and cost for a paid campaign', () => {
    expect(row('Q4 social')).toEqual({
      campaignId: 'A',
      name: 'Q4 social',
      channel: 'linkedin',
      leads: 3,
      contacted: 3,
      replied: 0,
      qualified: 3,
      won: 1,
      revenue: 3000,
      cost: 1000,
      costPerLead: 1000 / 3,
      costPerCustomer: 1000,
      returnOnSpend: 3,
    });
  });

  it('gives a free campaign a zero cost per lead and no return on spend', () => {
    expect(row('Autumn webinar')).toMatchObject({
      leads: 3,
      contacted: 3,
      replied: 1,
      qualified: 2,
      won: 1,
      revenue: 0,
      cost: 0,
      costPerLead: 0,
      costPerCustomer: 0,
      returnOnSpend: null,
    });
  });

  it('leaves a cost in another currency out, and says which', () => {
    expect(row('Expo booth')).toMatchObject({
      leads: 1,
      contacted: 0,
      cost: null,
      costCurrency: 'EUR',
      costPerLead: null,
      returnOnSpend: null,
    });
    expect(result.excluded).toEqual({ EUR: { count: 2, amount: 4000 } });
  });

  it('has no cost per lead for a campaign without leads', () => {
    expect(row('Empty launch')).toMatchObject({ leads: 0, won: 0, cost: 500, costPerLead: null, costPerCustomer: null, returnOnSpend: 0 });
  });

  it('counts leads without a campaign apart, and each campaign lead once in the totals', () => {
    expect(result.noCampaign).toMatchObject({
      name: 'No campaign',
      leads: 2,
      contacted: 2,
      replied: 0,
      qualified: 1,
      won: 1,
      revenue: 0,
      cost: null,
    });
    expect(result.totals).toEqual({
      campaignId: null,
      name: 'All campaigns',
      channel: null,
      leads: 6,
      contacted: 5,
      replied: 1,
      qualified: 4,
      won: 2,
      revenue: 3000,
      cost: 1500,
      costPerLead: 250,
      costPerCustomer: 750,
      returnOnSpend: 2,
    });
  });

  it('credits the qualified two-campaign lead to one campaign under first touch', () => {
    const first = campaignPerformance(scopeLeads(LEADS, { attribution: 'first' }, BY_ID), HISTORY, CAMPAIGNS, 'USD', {
      includeNoCampaign: false,
    });
    expect(first.rows.find((r) => r.campaignId === 'B')).toMatchObject({ leads: 2, qualified: 1 });
    expect(first.rows.find((r) => r.campaignId === 'A')).toMatchObject({ leads: 3, qualified: 3 });
    expect(first.noCampaign).toBeUndefined();
  });
});

describe('report CSV', () => {
  it('quotes as RFC 4180 asks and neutralises cells a spreadsheet would run as a formula', () => {
    const csv = toCsv({
      columns: ['Campaign', 'Leads', 'Cost per lead (USD)'],
      rows: [
        ['=HYPERLINK("http://evil.example","x")', 3, 1000 / 3],
        ['+1 offer', 0, null],
        ['-2 launch', 1, 0],
        ['@everyone', 2, 12.5],
        ['\tTabbed', 1, undefined],
        ['Fall, winter', 1, 7],
        ['Say "hi"', 1, 7],
      ],
    });
    expect(csv.split('\r\n')).toEqual([
      'Campaign,Leads,Cost per lead (USD)',
      `"'=HYPERLINK(""http://evil.example"",""x"")",3,333.33`,
      `'+1 offer,0,`,
      `'-2 launch,1,0`,
      `'@everyone,2,12.5`,
      `'\tTabbed,1,`,
      '"Fall, winter",1,7',
      '"Say ""hi""",1,7',
      '',
    ]);
  });
});

describe('computeReports and report tables', () => {
  const reports = computeReports({
    leads: LEADS,
    history: HISTORY,
    campaigns: CAMPAIGNS,
    filters: ANY,
    currency: 'USD',
    groupBy: 'channel',
    now: nov(30),
  });

  it('computes every figure for the filters and lists amounts left out by currency', () => {
    expect(reports.leads).toBe(8);
    expect(reports.sales.revenue).toBe(3000);
    expect(reports.funnel.at(-1)).toEqual({ stage: 'won', reached: 3, conversion: 0.75 });
    expect(reports.goals.map((row) => row.name)).toEqual(['Q4 social', 'Empty launch']);
    expect(reports.overTime.granularity).toBe('day');
    expect(reports.excluded).toEqual({ deals: { EUR: { count: 1, amount: 2000 } }, costs: { EUR: { count: 1, amount: 2000 } } });
  });

  it('exports the campaign performance table as CSV with units in the headers and the totals last', () => {
    const lines = reportTableCsv(performanceTable(reports), 'USD').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Campaign,Channel,Leads,Contacted,Replied,Qualified,Won,Revenue (USD),Cost (USD),Cost per lead (USD),Cost per customer (USD),Return on spend (×)',
    );
    expect(lines.slice(1)).toEqual([
      'Autumn webinar,Webinar,3,3,1,2,1,0,0,0,0,',
      'Q4 social,LinkedIn,3,3,0,3,1,3000,1000,333.33,1000,3',
      'Expo booth,Events,1,0,0,0,0,0,,,,',
      'Empty launch,LinkedIn,0,0,0,0,0,0,500,,,0',
      'No campaign,,2,2,0,1,1,0,,,,',
      'All campaigns,,6,5,1,4,2,3000,1500,250,750,2',
    ]);
  });

  it('exports percentages as 0–100', () => {
    expect(reportTableCsv(funnelTable(reports), 'USD').split('\r\n').slice(0, 3)).toEqual([
      'Stage,Reached,Conversion from previous stage (%)',
      'New,8,',
      'Contacted,6,75',
    ]);
  });
});

describe('time buckets', () => {
  it('finds the bucket of a moment by binary search, and none before the first', () => {
    const starts = bucketStarts(new Date(2026, 0, 15).getTime(), new Date(2026, 3, 1).getTime(), 'month');
    expect(starts.map((at) => bucketKey(at, 'month'))).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(bucketIndex(starts, new Date(2025, 11, 31, 23).getTime())).toBe(-1);
    expect(bucketIndex(starts, new Date(2026, 0, 1).getTime())).toBe(0);
    expect(bucketIndex(starts, new Date(2026, 1, 28, 23, 59).getTime())).toBe(1);
    expect(bucketIndex(starts, new Date(2026, 2, 31, 12).getTime())).toBe(2);
  });
});

describe('guessed and confirmed addresses in the reports', () => {
  it('count leads with a confirmed address and leads with a guessed one only, per group and in the CSV', () => {
    const leads = [
      lead('E1', { campaignIds: ['A'], emailState: 'confirmed' }),
      lead('E2', { campaignIds: ['A'], emailState: 'guessed' }),
      lead('E3', { campaignIds: ['A'], emailState: 'none' }),
      lead('E4', { emailState: 'guessed' }),
      lead('E5', {}),
    ];
    const rows = engagementBy(scopeLeads(leads, ANY, BY_ID), new Map(), 'campaign');
    expect(rows.map((row) => [row.label, row.leads, row.confirmedEmail, row.guessedEmail])).toEqual([
      ['Q4 social', 3, 1, 1],
      ['No campaign', 2, 0, 1],
      ['All leads', 5, 1, 2],
    ]);
    const csv = reportTableCsv(engagementTable({ engagement: rows } as ReturnType<typeof computeReports>, 'Campaign'), 'EUR').split('\r\n');
    expect(csv[0]).toBe('Campaign,Leads,Contacted,Contacted (%),Replied,Replied (%),Engaged on social,Confirmed email,Guessed email only');
    expect(csv.at(-2)).toBe('All leads,5,0,0,0,0,0,1,2');
  });
});

describe('reports per capture site (network)', () => {
  it('count leads and social engagement per network, with every lead as the last row', () => {
    const leads = [
      lead('S1', { capturedFrom: 'x', campaignIds: ['A'] }),
      lead('S2', { capturedFrom: 'x' }),
      lead('S3', { capturedFrom: 'instagram', stage: 'contacted' }),
      lead('S4', { capturedFrom: 'linkedin' }),
    ];
    const history = historyIndex([
      { leadId: 'S1', type: 'engaged', at: nov(2) },
      { leadId: 'S2', type: 'engaged', at: nov(2) },
      { leadId: 'S3', type: 'engaged', at: nov(3) },
    ]);
    const rows = engagementBy(scopeLeads(leads, ANY, BY_ID), history, 'site');
    expect(rows.map((row) => [row.label, row.leads, row.engaged, row.contacted])).toEqual([
      ['X', 2, 2, 0],
      ['Instagram', 1, 1, 1],
      ['LinkedIn', 1, 0, 0],
      ['All leads', 4, 3, 1],
    ]);
    const overTime = leadsOverTime(scopeLeads(leads, ANY, BY_ID), { groupBy: 'site', granularity: 'month' });
    expect(overTime.series.map((series) => [series.label, series.total])).toEqual([
      ['X', 2],
      ['Instagram', 1],
      ['LinkedIn', 1],
    ]);
  });
});

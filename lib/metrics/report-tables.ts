import { CHANNEL_LABELS, STAGE_LABELS } from '../model';
import type { CampaignPerformanceRow } from './joined';
import type { Reports } from './reports';
import { toCsv, type Cell } from './report-csv';
import { bucketLabel } from './time-buckets';

/** How a column's numbers are shown and exported. */
export type ColumnKind = 'text' | 'count' | 'money' | 'percent' | 'ratio' | 'days';

/** A column: its label and kind. */
export interface ReportColumn {
  label: string;
  kind: ColumnKind;
}

/** A report table as shown on screen and exported: rows of raw values, formatted by column kind. */
export interface ReportTable {
  id: string;
  title: string;
  columns: readonly ReportColumn[];
  rows: ReadonlyArray<readonly Cell[]>;
  /** Summary rows (totals, "No campaign"), shown apart and exported after the rows. */
  footer: ReadonlyArray<readonly Cell[]>;
}

const col = (label: string, kind: ColumnKind = 'count'): ReportColumn => ({ label, kind });

/** Leads per period, a column per group (top groups; the rest summed as "Other"). */
export function overTimeTable(reports: Reports, maxGroups = 8): ReportTable {
  const { overTime } = reports;
  const shown = overTime.series.slice(0, maxGroups);
  const rest = overTime.series.slice(maxGroups);
  const columns = [
    col('Period', 'text'),
    ...shown.map((series) => col(series.label)),
    ...(rest.length ? [col('Other')] : []),
    col('Leads'),
  ];
  const rows = overTime.buckets.map((bucket, index) => [
    bucketLabel(bucket, overTime.granularity),
    ...shown.map((series) => series.values[index] ?? 0),
    ...(rest.length ? [rest.reduce((sum, series) => sum + (series.values[index] ?? 0), 0)] : []),
    overTime.totals[index] ?? 0,
  ]);
  return { id: 'leads-over-time', title: 'Leads generated over time', columns, rows, footer: [] };
}

/** Goal progress per campaign that has a lead goal. */
export function goalsTable(reports: Reports): ReportTable {
  return {
    id: 'goal-progress',
    title: 'Goal progress',
    columns: [col('Campaign', 'text'), col('Leads'), col('Goal'), col('Progress', 'percent')],
    rows: reports.goals.map((row) => [row.name, row.leads, row.goal ?? null, row.progress]),
    footer: [],
  };
}

/** Share of leads contacted and replied per group, with every lead as the footer. */
export function engagementTable(reports: Reports, groupLabel: string): ReportTable {
  const toRow = (row: Reports['engagement'][number]): Cell[] => [
    row.label,
    row.leads,
    row.contacted,
    row.contactedRate,
    row.replied,
    row.repliedRate,
    row.engaged,
    row.confirmedEmail,
    row.guessedEmail,
  ];
  const all = reports.engagement[reports.engagement.length - 1];
  return {
    id: 'engagement',
    title: 'Engagement',
    columns: [
      col(groupLabel, 'text'),
      col('Leads'),
      col('Contacted'),
      col('Contacted', 'percent'),
      col('Replied'),
      col('Replied', 'percent'),
      col('Engaged on social'),
      col('Confirmed email'),
      col('Guessed email only'),
    ],
    rows: reports.engagement.slice(0, -1).map(toRow),
    footer: all ? [toRow(all)] : [],
  };
}

/** The funnel with conversion from each step to the next. */
export function funnelTable(reports: Reports): ReportTable {
  return {
    id: 'funnel',
    title: 'Funnel',
    columns: [col('Stage', 'text'), col('Reached'), col('Conversion from previous stage', 'percent')],
    rows: reports.funnel.map((step) => [STAGE_LABELS[step.stage], step.reached, step.conversion]),
    footer: [],
  };
}

/** The headline sales figures as a two-column table (money in `currency`). */
export function salesTable(reports: Reports, currency: string): ReportTable {
  const { sales } = reports;
  return {
    id: 'sales-summary',
    title: 'Sales summary',
    columns: [col('Figure', 'text'), col('Value', 'text')],
    rows: [
      ['Leads', sales.leads],
      ['Open deals', sales.open],
      ['Won', sales.won],
      ['Lost', sales.lost],
      ['Win rate (%)', sales.winRate === null ? null : Math.round(sales.winRate * 1000) / 10],
      [`Revenue won (${currency})`, sales.revenue],
      [`Average deal size (${currency})`, sales.averageDealSize === null ? null : Math.round(sales.averageDealSize * 100) / 100],
      ['Won deals without a value', sales.wonWithoutValue],
      ['Average days from capture to won', sales.averageDaysToWon === null ? null : Math.round(sales.averageDaysToWon * 10) / 10],
    ],
    footer: [],
  };
}

/** Pipeline value by stage. */
export function pipelineTable(reports: Reports): ReportTable {
  return {
    id: 'pipeline-value',
    title: 'Pipeline value by stage',
    columns: [col('Stage', 'text'), col('Deals'), col('Value', 'money'), col('Deals without a value')],
    rows: reports.pipeline.map((row) => [STAGE_LABELS[row.stage], row.leads, row.value, row.withoutValue]),
    footer: [],
  };
}

const performanceRow = (row: CampaignPerformanceRow): Cell[] => [
  row.name,
  row.channel ? CHANNEL_LABELS[row.channel] : '',
  row.leads,
  row.contacted,
  row.replied,
  row.qualified,
  row.won,
  row.revenue,
  row.cost,
  row.costPerLead,
  row.costPerCustomer,
  row.returnOnSpend,
];

/** Marketing joined to sales, per campaign, with "No campaign" and the totals in the footer. */
export function performanceTable(reports: Reports): ReportTable {
  const { performance } = reports;
  return {
    id: 'campaign-performance',
    title: 'Campaign performance',
    columns: [
      col('Campaign', 'text'),
      col('Channel', 'text'),
      col('Leads'),
      col('Contacted'),
      col('Replied'),
      col('Qualified'),
      col('Won'),
      col('Revenue', 'money'),
      col('Cost', 'money'),
      col('Cost per lead', 'money'),
      col('Cost per customer', 'money'),
      col('Return on spend', 'ratio'),
    ],
    rows: performance.rows.map(performanceRow),
    footer: [...(performance.noCampaign ? [performanceRow(performance.noCampaign)] : []), performanceRow(performance.totals)],
  };
}

/** Column headers as exported: money columns name the currency, percentages say so. */
function csvHeader(column: ReportColumn, currency: string): string {
  if (column.kind === 'money') return `${column.label} (${currency})`;
  if (column.kind === 'percent') return `${column.label} (%)`;
  if (column.kind === 'ratio') return `${column.label} (×)`;
  if (column.kind === 'days') return `${column.label} (days)`;
  return column.label;
}

/** A report table as CSV: raw numbers (percentages as 0–100), money in the workspace currency. */
export function reportTableCsv(table: ReportTable, currency: string): string {
  const cell = (value: Cell, kind: ColumnKind): Cell =>
    typeof value === 'number' && kind === 'percent' ? Math.round(value * 1000) / 10 : value;
  return toCsv({
    columns: table.columns.map((column) => csvHeader(column, currency)),
    rows: [...table.rows, ...table.footer].map((row) => row.map((value, index) => cell(value, table.columns[index]?.kind ?? 'text'))),
  });
}

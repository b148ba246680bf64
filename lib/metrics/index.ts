export { historyIndex } from './engagement';
export { NO_CAMPAIGN, UNASSIGNED, scopeCampaigns, scopeLeads, type ReportFilters } from './filters';
export { campaignPerformance } from './joined';
export { engagementBy, goalProgress, leadsOverTime, type GroupBy } from './marketing';
export { type ExcludedMoney } from './money';
export { toCsv, type Cell } from './report-csv';
export {
  engagementTable,
  funnelTable,
  goalsTable,
  overTimeTable,
  performanceTable,
  pipelineTable,
  reportTableCsv,
  salesTable,
  type ColumnKind,
  type ReportTable,
} from './report-tables';
export { computeReports } from './reports';
export { funnel, pipelineByStage, salesSummary, type FunnelStep } from './sales';
export { bucketIndex, bucketKey, bucketLabel, bucketStarts, type Granularity } from './time-buckets';
export { type MetricActivity, type MetricCampaign, type MetricLead } from './types';

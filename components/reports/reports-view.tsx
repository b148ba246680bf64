import { useMemo, useState, type ReactNode } from 'react';
import { formatMoney } from '@/lib/format';
import {
  bucketLabel,
  computeReports,
  engagementTable,
  funnelTable,
  goalsTable,
  historyIndex,
  overTimeTable,
  performanceTable,
  pipelineTable,
  salesTable,
  type ExcludedMoney,
} from '@/lib/metrics';
import { STAGE_LABELS } from '@/lib/model';
import { measured } from '@/lib/perf';
import { ownerLabel } from '@/lib/team';
import { Button } from '../button';
import { BarList } from '../charts/bar-list';
import { FunnelChart } from '../charts/funnel-chart';
import { StackedBars } from '../charts/stacked-bars';
import type { ViewContext } from '../view-context';
import { EmptyState } from '../empty-state';
import { useCampaigns } from '../hooks/use-campaigns';
import { useMembers } from '../hooks/use-team';
import { navigate } from '../hooks/use-hash-route';
import { useActivityRows, useLeadRows } from '../hooks/use-mirror';
import { ReportFiltersBar, DEFAULT_CONTROLS, rangeOf, type ReportControls } from './report-filters';
import { ReportTableView } from './report-table';

const percent = (value: number | null) => (value === null ? '—' : `${(value * 100).toFixed(1)}%`);

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title} className="flex flex-col gap-3 rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      <h3 className="text-sm font-semibold">{title}</h3>
      {children}
    </section>
  );
}

function excludedText(excluded: ExcludedMoney, what: string): string[] {
  return Object.entries(excluded).map(
    ([currency, { count }]) => `${count.toLocaleString()} ${what}${count === 1 ? '' : 's'} in ${currency}`,
  );
}

/**
 * Reports: marketing (leads over time, goals, engagement), sales (funnel, win rate, revenue, deal
 * size, time to won, pipeline value) and campaigns joined to sales. Computed in memory from the
 * lead and activity mirrors; the time each computation takes is measured (`leadline:reports`).
 */
export function ReportsView({ settings }: ViewContext) {
  const leads = useLeadRows(settings.currency);
  const activities = useActivityRows();
  const { campaigns, loading: campaignsLoading } = useCampaigns();
  const [controls, setControls] = useState<ReportControls>(DEFAULT_CONTROLS);
  // "Now" for date presets: when the page was opened (a report left open overnight keeps its range).
  const [now] = useState(() => Date.now());
  const currency = settings.currency;

  // Nothing is computed until leads, activities and campaigns have all loaded: a report over half
  // the data would be wrong, and computing it would only delay the real one.
  const ready = leads.ready && activities.ready && !campaignsLoading;
  const history = useMemo(
    () => (activities.ready ? measured('leadline:report-history', () => historyIndex(activities.rows)) : undefined),
    [activities.ready, activities.rows],
  );
  // Every member is offered, with or without leads yet: marketing's campaigns against each rep's revenue.
  const members = useMembers();
  // Only the filters use them, and they show once every record is read: not made on each render
  // while the activities load (every lead's owner, 50,000 of them at a time).
  const owners = useMemo(
    () =>
      ready
        ? [...new Set([...leads.rows.flatMap((row) => (row.owner ? [row.owner] : [])), ...members.map((member) => member.username)])].sort()
        : [],
    [ready, leads.rows, members],
  );
  const computed = useMemo(() => {
    if (!ready || !history) return undefined;
    return measured('leadline:reports', () =>
      computeReports({
        leads: leads.rows,
        history: history.value,
        campaigns,
        currency,
        groupBy: controls.groupBy,
        granularity: controls.granularity === 'auto' ? undefined : controls.granularity,
        now,
        filters: {
          ...rangeOf(controls, now),
          campaignId: controls.campaignId || undefined,
          channel: controls.channel || undefined,
          owner: controls.owner || undefined,
          attribution: controls.attribution,
        },
      }),
    );
  }, [ready, leads.rows, history, campaigns, currency, controls, now]);

  const error = leads.error ?? activities.error;
  if (error) return <p role="alert">Could not read the data: {error.message}</p>;
  if (!computed || !history) {
    const progress = leads.progress ?? activities.progress;
    return (
      <div role="status" className="flex flex-col gap-2 text-sm text-slate-500">
        <p>{!leads.ready ? 'Reading leads…' : 'Reading activities…'}</p>
        {progress ? <progress aria-label="Reading data" className="w-64" max={progress.total} value={progress.loaded} /> : null}
      </div>
    );
  }
  if (!leads.rows.length) {
    return (
      <EmptyState title="Nothing to report yet" action={<Button onClick={() => navigate('leads')}>Go to leads</Button>}>
        Reports follow leads from the campaign that brought them in to the deal they became. Capture a few leads (or load sample data from
        the Leads page), tag them with campaigns, and move them through the pipeline.
      </EmptyState>
    );
  }

  const reports = computed.value;
  const overTime = overTimeTable(reports);
  const seriesShown = reports.overTime.series.slice(0, 7);
  const rest = reports.overTime.series.slice(7);
  const stackSeries = rest.length
    ? [
        ...seriesShown,
        {
          key: 'other',
          label: 'Other',
          values: reports.overTime.buckets.map((_, i) => rest.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)),
        },
      ]
    : seriesShown;
  const excluded = [...excludedText(reports.excluded.deals, 'deal value'), ...excludedText(reports.excluded.costs, 'campaign cost')];
  const groupLabel = controls.groupBy === 'channel' ? 'Channel' : controls.groupBy === 'site' ? 'Capture site' : 'Campaign';

  return (
    <div className="flex max-w-6xl flex-col gap-6">
      <header className="flex flex-col gap-3">
        <div className="flex flex-wrap items-baseline gap-3">
          <h1 className="text-xl font-semibold">Reports</h1>
          <p className="text-xs text-slate-500" data-testid="report-timing">
            {reports.leads.toLocaleString()} leads · figures computed in {Math.round(computed.ms + history.ms)} ms from{' '}
            {leads.rows.length.toLocaleString()} leads and {activities.rows.length.toLocaleString()} activities
          </p>
        </div>
        <ReportFiltersBar
          controls={controls}
          onChange={setControls}
          campaigns={campaigns}
          owners={owners}
          ownerName={(owner) => ownerLabel(members, owner)}
          team={members.length > 0}
        />
        {excluded.length ? (
          <p role="note" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:bg-amber-950 dark:text-amber-200">
            Left out of every total because they are not in {currency}, the workspace currency: {excluded.join(', ')}. Enter them again in{' '}
            {currency} to count them.
          </p>
        ) : null}
      </header>

      <section aria-labelledby="marketing-heading" className="flex flex-col gap-4">
        <h2 id="marketing-heading" className="text-lg font-semibold">
          Marketing
        </h2>
        <Card title={`Leads generated by ${groupLabel.toLowerCase()}`}>
          <StackedBars
            label={`Leads generated per ${reports.overTime.granularity} by ${groupLabel.toLowerCase()}; every number is in the table below`}
            buckets={reports.overTime.buckets}
            bucketLabels={reports.overTime.buckets.map((bucket) => bucketLabel(bucket, reports.overTime.granularity))}
            series={stackSeries}
          />
          <details>
            <summary className="cursor-pointer text-sm text-indigo-600 dark:text-indigo-400">Show the numbers</summary>
            <ReportTableView table={overTime} currency={currency} />
          </details>
        </Card>
        {/* The cards stack at full width: the engagement table has nine columns. */}
        <Card title="Goal progress">
          {reports.goals.length ? (
            <>
              <BarList
                label="Goal progress"
                bars={reports.goals.map((row) => ({
                  key: row.campaignId,
                  label: row.name,
                  value: row.progress ?? 0,
                  note: `${row.name}: ${row.leads} of ${row.goal ?? 0} leads`,
                }))}
                format={(value) => percent(value)}
                max={1}
              />
              <ReportTableView table={goalsTable(reports)} currency={currency} />
            </>
          ) : (
            <p className="text-sm text-slate-500">Give campaigns a lead goal to follow their progress here.</p>
          )}
        </Card>
        <Card title="Engagement">
          <BarList
            label="Share of leads that replied"
            bars={reports.engagement.slice(0, -1).map((row) => ({
              key: row.key,
              label: row.label,
              value: row.repliedRate ?? 0,
              note: `${row.label}: ${row.replied} of ${row.leads} replied, ${row.contacted} contacted`,
            }))}
            format={(value) => `${percent(value)} replied`}
            max={1}
          />
          <ReportTableView table={engagementTable(reports, groupLabel)} currency={currency} />
        </Card>
      </section>

      <section aria-labelledby="sales-heading" className="flex flex-col gap-4">
        <h2 id="sales-heading" className="text-lg font-semibold">
          Sales
        </h2>
        <dl aria-label="Key sales figures" className="grid grid-cols-2 gap-3 sm:grid-cols-5">
          {[
            ['Win rate', percent(reports.sales.winRate), `${reports.sales.won} won, ${reports.sales.lost} lost`],
            ['Revenue won', formatMoney(reports.sales.revenue, currency), `${reports.sales.won} won deals`],
            [
              'Average deal size',
              reports.sales.averageDealSize === null ? '—' : formatMoney(Math.round(reports.sales.averageDealSize), currency),
              reports.sales.wonWithoutValue ? `${reports.sales.wonWithoutValue} won without a value left out` : 'Won deals with a value',
            ],
            [
              'Capture to won',
              reports.sales.averageDaysToWon === null ? '—' : `${reports.sales.averageDaysToWon.toFixed(1)} days`,
              'Average',
            ],
            ['Open deals', reports.sales.open.toLocaleString(), 'Not won or lost'],
          ].map(([label, value, note]) => (
            <div key={label} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" title={note}>
              <dt className="text-xs text-slate-500">{label}</dt>
              <dd className="text-lg font-semibold tabular-nums">{value}</dd>
              <dd className="text-xs text-slate-500">{note}</dd>
            </div>
          ))}
        </dl>
        <div className="grid gap-4 lg:grid-cols-2">
          <Card title="Funnel">
            <FunnelChart steps={reports.funnel} />
            <ReportTableView table={funnelTable(reports)} currency={currency} />
          </Card>
          <Card title="Pipeline value by stage">
            <BarList
              label="Pipeline value by stage"
              bars={reports.pipeline.map((row) => ({
                key: row.stage,
                label: STAGE_LABELS[row.stage],
                value: row.value,
                note: `${STAGE_LABELS[row.stage]}: ${row.leads} deals, ${formatMoney(row.value, currency)}`,
              }))}
              format={(value) => formatMoney(value, currency)}
            />
            <ReportTableView table={pipelineTable(reports)} currency={currency} />
          </Card>
        </div>
        <details>
          <summary className="cursor-pointer text-sm text-indigo-600 dark:text-indigo-400">Sales summary as a table</summary>
          <ReportTableView table={salesTable(reports, currency)} currency={currency} />
        </details>
      </section>

      <section aria-labelledby="joined-heading" className="flex flex-col gap-4">
        <h2 id="joined-heading" className="text-lg font-semibold">
          Campaigns, from lead to revenue
        </h2>
        <Card title="Revenue and cost by campaign">
          <BarList
            label="Revenue by campaign"
            bars={reports.performance.rows.map((row) => ({
              key: row.campaignId ?? row.name,
              label: row.name,
              value: row.revenue,
              note: `${row.name}: revenue ${formatMoney(row.revenue, currency)}, cost ${row.cost === null ? 'not in ' + currency : formatMoney(row.cost, currency)}`,
            }))}
            format={(value) => formatMoney(value, currency)}
          />
          <ReportTableView table={performanceTable(reports)} currency={currency} />
          <p className="text-xs text-slate-500">
            Contacted: emailed, a sequence step done, replied, or moved past New. Qualified: reached Qualified or beyond. Cost per customer
            is cost ÷ won deals; return on spend is revenue ÷ cost. Under “every tagged campaign” a lead tagged with two campaigns counts
            for both; the totals count it once. Cost is each campaign’s whole cost, whatever the dates chosen.
          </p>
        </Card>
      </section>
    </div>
  );
}

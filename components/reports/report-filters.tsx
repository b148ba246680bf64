import { useId } from 'react';
import { ATTRIBUTION_LABELS, ATTRIBUTION_MODELS, type AttributionModel } from '@/lib/campaigns';
import { NO_CAMPAIGN, UNASSIGNED, type GroupBy, type Granularity } from '@/lib/metrics';
import { CHANNEL_LABELS, CHANNELS, type Campaign, type Channel } from '@/lib/model';

/** Date range choices; "custom" uses the two date inputs. */
export type RangePreset = 'all' | '30' | '90' | 'quarter' | 'year' | 'custom';

/** The reports page's filter state, as the controls hold it. */
export interface ReportControls {
  range: RangePreset;
  from: string;
  to: string;
  campaignId: string;
  channel: Channel | '';
  owner: string;
  attribution: AttributionModel;
  groupBy: GroupBy;
  granularity: Granularity | 'auto';
}

/** Everything, all time, credited to every tagged campaign, by channel. */
export const DEFAULT_CONTROLS: ReportControls = {
  range: 'all',
  from: '',
  to: '',
  campaignId: '',
  channel: '',
  owner: '',
  attribution: 'any',
  groupBy: 'channel',
  granularity: 'auto',
};

const localDay = (date: string, plus = 0) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  return match ? new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + plus).getTime() : undefined;
};

/** The capture-date range of the controls, local days, end exclusive. */
export function rangeOf(controls: ReportControls, now: number): { start?: number; end?: number } {
  const today = new Date(now);
  const tomorrow = new Date(today.getFullYear(), today.getMonth(), today.getDate() + 1).getTime();
  const daysBack = (days: number) => new Date(today.getFullYear(), today.getMonth(), today.getDate() - days + 1).getTime();
  switch (controls.range) {
    case '30':
      return { start: daysBack(30), end: tomorrow };
    case '90':
      return { start: daysBack(90), end: tomorrow };
    case 'quarter':
      return { start: new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3, 1).getTime(), end: tomorrow };
    case 'year':
      return { start: new Date(today.getFullYear(), 0, 1).getTime(), end: tomorrow };
    case 'custom':
      return { start: localDay(controls.from), end: localDay(controls.to, 1) };
    default:
      return {};
  }
}

const CONTROL = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';

function Select<T extends string>({
  label,
  value,
  onChange,
  options,
}: {
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: ReadonlyArray<{ value: T; label: string }>;
}) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-slate-500">
        {label}
      </label>
      <select id={id} className={CONTROL} value={value} onChange={(event) => onChange(event.target.value as T)}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The reports' filters: date range, campaign, channel, owner, attribution, grouping. */
export function ReportFiltersBar({
  controls,
  onChange,
  campaigns,
  owners,
  ownerName = (owner) => owner,
  team = false,
}: {
  controls: ReportControls;
  onChange: (controls: ReportControls) => void;
  campaigns: readonly Campaign[];
  owners: readonly string[];
  /** How an owner is shown (a team member's display name). */
  ownerName?: (owner: string) => string;
  /** With a team, "Anyone" reads as the whole team's data. */
  team?: boolean;
}) {
  const set =
    <K extends keyof ReportControls>(key: K) =>
    (value: ReportControls[K]) =>
      onChange({ ...controls, [key]: value });
  return (
    <div role="group" aria-label="Report filters" className="flex flex-wrap items-end gap-2 text-sm">
      <Select
        label="Captured"
        value={controls.range}
        onChange={set('range')}
        options={[
          { value: 'all', label: 'All time' },
          { value: '30', label: 'Last 30 days' },
          { value: '90', label: 'Last 90 days' },
          { value: 'quarter', label: 'This quarter' },
          { value: 'year', label: 'This year' },
          { value: 'custom', label: 'Between dates…' },
        ]}
      />
      {controls.range === 'custom' ? (
        <>
          <label className="flex flex-col gap-0.5 text-xs text-slate-500">
            From
            <input type="date" className={CONTROL} value={controls.from} onChange={(event) => set('from')(event.target.value)} />
          </label>
          <label className="flex flex-col gap-0.5 text-xs text-slate-500">
            To
            <input type="date" className={CONTROL} value={controls.to} onChange={(event) => set('to')(event.target.value)} />
          </label>
        </>
      ) : null}
      <Select
        label="Campaign"
        value={controls.campaignId}
        onChange={set('campaignId')}
        options={[
          { value: '', label: 'All campaigns' },
          { value: NO_CAMPAIGN, label: 'No campaign' },
          ...campaigns.map((campaign) => ({ value: campaign.id, label: campaign.name })),
        ]}
      />
      <Select
        label="Channel"
        value={controls.channel}
        onChange={set('channel')}
        options={[
          { value: '' as const, label: 'All channels' },
          ...CHANNELS.map((channel) => ({ value: channel, label: CHANNEL_LABELS[channel] })),
        ]}
      />
      <Select
        label="Lead owner"
        value={controls.owner}
        onChange={set('owner')}
        options={[
          { value: '', label: team ? 'Everyone (team)' : 'Anyone' },
          { value: UNASSIGNED, label: 'Nobody' },
          ...owners.map((owner) => ({ value: owner, label: ownerName(owner) })),
        ]}
      />
      <Select
        label="Credit leads to"
        value={controls.attribution}
        onChange={set('attribution')}
        options={ATTRIBUTION_MODELS.map((model) => ({ value: model, label: ATTRIBUTION_LABELS[model] }))}
      />
      <Select
        label="Group by"
        value={controls.groupBy}
        onChange={set('groupBy')}
        options={[
          { value: 'channel', label: 'Channel' },
          { value: 'site', label: 'Capture site (network)' },
          { value: 'campaign', label: 'Campaign' },
        ]}
      />
      <Select
        label="Periods"
        value={controls.granularity}
        onChange={set('granularity')}
        options={[
          { value: 'auto', label: 'Automatic' },
          { value: 'day', label: 'Days' },
          { value: 'week', label: 'Weeks' },
          { value: 'month', label: 'Months' },
        ]}
      />
    </div>
  );
}

import { useId, type ReactNode } from 'react';
import { NO_CAMPAIGN_FILTER, NO_OWNER_FILTER, siteSource, type LeadTableFilters } from '@/lib/leads';
import { SOURCE_LABELS, SOURCES, STAGE_LABELS, STAGES, type Campaign } from '@/lib/model';

function Labelled({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="flex flex-col gap-0.5">
      <label htmlFor={id} className="text-xs text-slate-500">
        {label}
      </label>
      {children(id)}
    </div>
  );
}

const CONTROL = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm dark:border-slate-700 dark:bg-slate-900';

/** The leads table's filter controls: campaign, source, stage, owner, capture dates. */
export function LeadsFilters({
  filters,
  onChange,
  campaigns,
  owners,
  utmSources,
}: {
  filters: LeadTableFilters;
  onChange: (filters: LeadTableFilters) => void;
  campaigns: readonly Campaign[];
  owners: readonly string[];
  utmSources: readonly string[];
}) {
  const set = <K extends keyof LeadTableFilters>(key: K, value: LeadTableFilters[K]) => onChange({ ...filters, [key]: value });
  return (
    <div role="group" aria-label="Filters" className="flex flex-wrap items-end gap-2 text-sm">
      <Labelled label="Campaign">
        {(id) => (
          <select id={id} className={CONTROL} value={filters.campaign} onChange={(event) => set('campaign', event.target.value)}>
            <option value="">All campaigns</option>
            <option value={NO_CAMPAIGN_FILTER}>No campaign</option>
            {campaigns.map((campaign) => (
              <option key={campaign.id} value={campaign.id}>
                {campaign.name}
                {campaign.status === 'active' ? '' : ` (${campaign.status})`}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label="Source">
        {(id) => (
          <select id={id} className={CONTROL} value={filters.source} onChange={(event) => set('source', event.target.value)}>
            <option value="">All sources</option>
            <optgroup label="Captured from">
              {SOURCES.map((source) => (
                <option key={source} value={siteSource(source)}>
                  {SOURCE_LABELS[source]}
                </option>
              ))}
            </optgroup>
            {utmSources.length ? (
              <optgroup label="UTM source">
                {utmSources.map((source) => (
                  <option key={source} value={`utm:${source}`}>
                    {source}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        )}
      </Labelled>
      <Labelled label="Stage">
        {(id) => (
          <select
            id={id}
            className={CONTROL}
            value={filters.stage}
            onChange={(event) => set('stage', event.target.value as LeadTableFilters['stage'])}
          >
            <option value="">All stages</option>
            {STAGES.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <Labelled label="Owner">
        {(id) => (
          <select id={id} className={CONTROL} value={filters.owner} onChange={(event) => set('owner', event.target.value)}>
            <option value="">Anyone</option>
            <option value={NO_OWNER_FILTER}>Nobody</option>
            {owners.map((owner) => (
              <option key={owner} value={owner}>
                {owner}
              </option>
            ))}
          </select>
        )}
      </Labelled>
      <label className="flex flex-col gap-0.5 text-xs text-slate-500">
        Captured from
        <input type="date" className={CONTROL} value={filters.from} onChange={(event) => set('from', event.target.value)} />
      </label>
      <label className="flex flex-col gap-0.5 text-xs text-slate-500">
        Captured until
        <input type="date" className={CONTROL} value={filters.to} onChange={(event) => set('to', event.target.value)} />
      </label>
    </div>
  );
}

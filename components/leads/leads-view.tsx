import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { LeadRow } from '@/lib/db';
import {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  filterLeadRows,
  filtersFromQuery,
  filtersToQuery,
  hasFilters,
  sortLeadRows,
  type LeadSort,
  type LeadTableFilters,
} from '@/lib/leads';
import { measured } from '@/lib/perf';
import { Button } from '../button';
import { EmptyState } from '../empty-state';
import { navigate } from '../hooks/use-hash-route';
import { useCampaigns } from '../hooks/use-campaigns';
import { useLeadRows } from '../hooks/use-mirror';
import { LoadSampleButton } from './load-sample-button';
import { SearchBox } from '../search-box';
import { LeadsBulkBar } from './leads-bulk-bar';
import { LeadsFilters } from './leads-filters';
import { ColumnChooser, useHiddenColumns } from './column-chooser';
import { LEAD_COLUMN_LABELS, LeadsTable } from './leads-table';
import { SavedFilters } from './saved-filters';
import { leadsTableView } from './leads-view-store';
import type { ViewContext } from '../view-context';

/**
 * Every lead in a virtualised, sortable table: search as you type, filters, saved filters,
 * keyboard navigation, selection and bulk actions. Reads the page's lead mirror (light rows kept
 * fresh incrementally), so 50,000 leads are filtered and sorted in memory without re-reading.
 */
export function LeadsView({ settings, notify }: ViewContext) {
  const leads = useLeadRows(settings.currency);
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns(LEAD_COLUMN_LABELS);
  const { campaigns } = useCampaigns();
  // Back from a lead's page, the table is as it was left: same search, filters, order and row.
  const [filters, setFilters] = useState<LeadTableFilters>(() => leadsTableView.get().filters);
  const [sort, setSort] = useState<LeadSort>(() => leadsTableView.get().sort);
  const [selected, setSelected] = useState<Set<string>>(() => new Set());
  const [active, setActive] = useState(() => leadsTableView.get().active);
  useEffect(() => leadsTableView.set({ filters, sort, active }), [filters, sort, active]);
  // Typing stays responsive: the filter over 50,000 rows runs at a lower priority than the input.
  const deferredFilters = useDeferredValue(filters);

  // Sorted once per data change or sort; a keystroke then only filters, which keeps the order.
  // Both are measured so benchmarks (and DevTools) see what they cost over every lead.
  const sorted = useMemo(() => measured('leadline:leads-sort', () => sortLeadRows([...leads.rows], sort)).value, [leads.rows, sort]);
  const visible = useMemo(
    () => measured('leadline:leads-table', () => filterLeadRows(sorted, deferredFilters)).value,
    [sorted, deferredFilters],
  );
  const { owners, utmSources } = useMemo(() => {
    const ownerSet = new Set<string>();
    const utmSet = new Set<string>();
    for (const row of leads.rows) {
      if (row.owner) ownerSet.add(row.owner);
      if (row.utmSource) utmSet.add(row.utmSource);
    }
    return { owners: [...ownerSet].sort(), utmSources: [...utmSet].sort() };
  }, [leads.rows]);
  // Shown while every lead loads: the newest, in the table's default order.
  const preview = useMemo(() => (leads.preview ? sortLeadRows([...leads.preview], DEFAULT_SORT) : undefined), [leads.preview]);
  const campaignNames = useMemo(() => new Map(campaigns.map((campaign) => [campaign.id, campaign.name])), [campaigns]);
  // Leads deleted meanwhile (here or in another tab) drop out of the selection.
  const selectedIds = useMemo(() => {
    if (!selected.size) return [];
    const stored = new Set(leads.rows.map((row) => row.id));
    return [...selected].filter((id) => stored.has(id));
  }, [selected, leads.rows]);
  const hiddenSelected = useMemo(() => {
    if (!selected.size) return 0;
    const shown = new Set(visible.map((row) => row.id));
    return selectedIds.filter((id) => !shown.has(id)).length;
  }, [selected.size, selectedIds, visible]);

  const changeFilters = (next: LeadTableFilters) => {
    setFilters(next);
    setActive(0);
  };

  if (leads.error) return <p role="alert">Could not read leads: {leads.error.message}</p>;
  const progress = leads.progress ? (
    <progress aria-label="Loading leads" className="w-64" max={leads.progress.total} value={leads.progress.loaded}>
      {`${leads.progress.loaded} of ${leads.progress.total}`}
    </progress>
  ) : null;
  if (!leads.ready && !preview?.length) {
    return (
      <div className="flex flex-col gap-2 text-sm text-slate-500" role="status">
        <p>Loading leads…</p>
        {progress}
      </div>
    );
  }

  const total = leads.rows.length;
  const header = (
    <header className="flex flex-wrap items-center gap-3">
      <h1 id="leads-heading" className="text-xl font-semibold">
        Leads
        {leads.ready ? (
          <>
            {' '}
            <span className="text-sm font-normal text-slate-500" data-testid="lead-count">
              {visible.length === total ? total.toLocaleString() : `${visible.length.toLocaleString()} of ${total.toLocaleString()}`}
            </span>
          </>
        ) : null}
      </h1>
      <div className="ml-auto flex w-full max-w-md justify-end gap-2">
        {leads.ready ? <SearchBox value={filters.query} onChange={(query) => changeFilters({ ...filters, query })} /> : null}
        <Button variant="primary" onClick={() => navigate('leads', 'new')}>
          Add lead
        </Button>
      </div>
    </header>
  );
  const table = (rows: readonly LeadRow[], shownSort: LeadSort, onSort: (next: LeadSort) => void) => (
    <LeadsTable
      rows={rows}
      sort={shownSort}
      onSort={onSort}
      selected={selected}
      onSelect={setSelected}
      active={Math.min(active, rows.length - 1)}
      onActive={setActive}
      onOpen={(id) => navigate('leads', id)}
      currency={settings.currency}
      campaignNames={campaignNames}
      hiddenColumns={hiddenColumns}
    />
  );

  if (!leads.ready && preview) {
    // The newest leads first (the table's default order), readable and openable at once, while
    // every lead loads for search, filters and sorting.
    return (
      <section aria-labelledby="leads-heading" className="flex h-[calc(100vh-3rem)] flex-col gap-3">
        {header}
        <div role="status" className="flex flex-wrap items-center gap-3 text-sm text-slate-500">
          <p>
            Showing the {preview.length.toLocaleString()} most recently updated. Loading
            {leads.progress ? ` all ${leads.progress.total.toLocaleString()}` : ''} leads for search, filters and sorting…
          </p>
          {progress}
        </div>
        {table(preview, DEFAULT_SORT, () => undefined)}
      </section>
    );
  }

  return (
    <section aria-labelledby="leads-heading" className="flex h-[calc(100vh-3rem)] flex-col gap-3">
      {header}

      {total === 0 ? (
        <EmptyState
          title="No leads yet"
          action={
            <div className="flex gap-2">
              <Button variant="primary" onClick={() => navigate('leads', 'new')}>
                Add a lead
              </Button>
              <LoadSampleButton notify={notify} />
            </div>
          }
        >
          Open a LinkedIn profile, a Gmail or Outlook thread or a company’s team page and press Capture in the Leadline popup (or
          Alt+Shift+S). You can also add someone by hand, or load sample data to look around.
        </EmptyState>
      ) : (
        <>
          <div className="flex flex-wrap items-end justify-between gap-3">
            <LeadsFilters filters={filters} onChange={changeFilters} campaigns={campaigns} owners={owners} utmSources={utmSources} />
            <div className="flex items-end gap-2">
              {hasFilters(filters) ? (
                <Button variant="ghost" onClick={() => changeFilters(EMPTY_FILTERS)}>
                  Clear filters
                </Button>
              ) : null}
              <ColumnChooser labels={LEAD_COLUMN_LABELS} hidden={hiddenColumns} onChange={setHiddenColumns} />
              <SavedFilters
                saved={settings.savedFilters}
                current={filtersToQuery(filters, sort)}
                notify={notify}
                onApply={(query) => {
                  const restored = filtersFromQuery(query);
                  changeFilters(restored.filters);
                  setSort(restored.sort);
                }}
              />
            </div>
          </div>
          {selectedIds.length ? (
            <LeadsBulkBar
              selected={selectedIds}
              hidden={hiddenSelected}
              onClear={() => setSelected(new Set())}
              settings={settings}
              notify={notify}
            />
          ) : null}
          {visible.length === 0 ? (
            <p className="text-sm text-slate-500">
              No lead matches {deferredFilters.query ? `“${deferredFilters.query}” with ` : ''}these filters.
            </p>
          ) : (
            table(visible, sort, setSort)
          )}
          <p className="text-xs text-slate-500">
            ↑/↓ move · Space selects · Shift+↑/↓ extends · Ctrl+A selects all shown · Enter opens · Esc clears the selection
          </p>
        </>
      )}
    </section>
  );
}

import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useMemo, useRef, useState } from 'react';
import { allLeads, getDb } from '@/lib/db';
import { generateDemoData, loadSampleData } from '@/lib/demo';
import { matchesQuery, queryWords } from '@/lib/leads';
import { Button } from '../button';
import { EmptyState } from '../empty-state';
import { navigate } from '../hooks/use-hash-route';
import { useLiveQuery } from '../hooks/use-live-query';
import { LeadRow } from '../lead-row';
import { SearchBox } from '../search-box';
import type { ViewContext } from './view-context';

const ROW_HEIGHT = 52;

/** Every lead, newest update first, filtered as the user types. */
export function LeadsView({ notify }: ViewContext) {
  const leads = useLiveQuery(allLeads, [], ['leads']);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const visible = useMemo(() => {
    const words = queryWords(deferredQuery);
    const all = leads.data ?? [];
    return words.length ? all.filter((lead) => matchesQuery(lead, words)) : all;
  }, [leads.data, deferredQuery]);

  const scroller = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- we do not run the React Compiler; TanStack Virtual re-renders on scroll itself
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const [loadingSample, setLoadingSample] = useState(false);
  const loadSample = async () => {
    setLoadingSample(true);
    try {
      await loadSampleData(await getDb(), generateDemoData({ leads: 60, seed: Date.now() % 100_000 }));
      notify({ text: 'Sample data loaded. Remove it any time in Settings.' });
    } catch (error) {
      notify({ text: `Could not load sample data: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setLoadingSample(false);
    }
  };

  if (leads.error) return <p role="alert">Could not read leads: {leads.error.message}</p>;
  if (leads.loading && !leads.data) return <p className="text-sm text-slate-500">Loading leads…</p>;

  const total = leads.data?.length ?? 0;
  return (
    <section aria-labelledby="leads-heading" className="flex h-[calc(100vh-3rem)] flex-col gap-4">
      <header className="flex flex-wrap items-center gap-3">
        <h1 id="leads-heading" className="text-xl font-semibold">
          Leads <span className="text-sm font-normal text-slate-500">{total.toLocaleString()}</span>
        </h1>
        <div className="ml-auto flex w-full max-w-md gap-2">
          <SearchBox value={query} onChange={setQuery} />
          <Button variant="primary" onClick={() => navigate('leads', 'new')}>
            Add lead
          </Button>
        </div>
      </header>

      {total === 0 ? (
        <EmptyState
          title="No leads yet"
          action={
            <div className="flex gap-2">
              <Button variant="primary" onClick={() => navigate('leads', 'new')}>
                Add a lead
              </Button>
              <Button onClick={() => void loadSample()} disabled={loadingSample}>
                {loadingSample ? 'Loading…' : 'Load sample data'}
              </Button>
            </div>
          }
        >
          Open a LinkedIn profile, a Gmail or Outlook thread or a company’s team page and press Capture in the
          Leadline popup (or Alt+Shift+S). You can also add someone by hand, or load sample data to look around.
        </EmptyState>
      ) : visible.length === 0 ? (
        <p className="text-sm text-slate-500">No lead matches “{deferredQuery}”.</p>
      ) : (
        <div ref={scroller} className="min-h-0 flex-1 overflow-auto" role="list" aria-label="Leads">
          <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
            {virtualizer.getVirtualItems().map((item) => {
              const lead = visible[item.index]!;
              return (
                <div
                  key={lead.id}
                  role="listitem"
                  style={{ position: 'absolute', top: 0, left: 0, right: 0, height: item.size, transform: `translateY(${item.start}px)` }}
                >
                  <LeadRow lead={lead} onOpen={(picked) => navigate('leads', picked.id)} />
                </div>
              );
            })}
          </div>
        </div>
      )}
    </section>
  );
}

import { useState } from 'react';
import { hasLeads, searchLeads } from '@/lib/db';
import type { Lead } from '@/lib/model';
import { useLiveQuery } from '../hooks/use-live-query';
import { LeadRow } from './lead-row';
import { SearchBox } from '../search-box';

/**
 * Search-as-you-type over every lead through the search index (recent leads when the box is
 * empty). Used by the popup and the side panel, where loading every lead would be too slow.
 */
export function LeadSearchList({
  onOpen,
  limit = 8,
  empty,
  idle,
}: {
  onOpen: (lead: Lead) => void;
  limit?: number;
  empty: React.ReactNode;
  /** Shown instead of the recent leads while the box is empty (the popup's "Today"). */
  idle?: React.ReactNode;
}) {
  const [query, setQuery] = useState('');
  const showsIdle = idle !== undefined && !query;
  // The answer carries its query, so the list can say when it still shows an older query's results.
  const results = useLiveQuery(
    async (db) => {
      // The idle view stands in for the recent leads: then they are not read, only whether any exist.
      const leads = showsIdle ? [] : await searchLeads(db, query, limit);
      const nothingStored = !query && (showsIdle ? !(await hasLeads(db)) : leads.length === 0);
      return { query, leads, nothingStored };
    },
    [query, limit, showsIdle],
    ['leads'],
  );
  const leads = results.data?.leads ?? [];
  const stale = results.data?.query !== query;
  const noLeadsAtAll = !stale && results.data?.nothingStored === true;
  return (
    <div className="flex flex-col gap-2">
      {noLeadsAtAll ? null : <SearchBox value={query} onChange={setQuery} autoFocus />}
      {results.error ? (
        <p role="alert" className="text-sm text-rose-600">
          {results.error.message}
        </p>
      ) : null}
      {noLeadsAtAll ? (
        empty
      ) : showsIdle ? (
        idle
      ) : (
        <>
          <h2 className="px-2 text-xs font-medium uppercase tracking-wide text-slate-500">{query ? 'Matches' : 'Recent leads'}</h2>
          {results.data && !stale && leads.length === 0 ? (
            <p className="px-2 text-sm text-slate-500">No lead matches “{query}”.</p>
          ) : (
            <ul aria-label={query ? 'Search results' : 'Recent leads'} aria-busy={stale}>
              {leads.map((lead) => (
                <li key={lead.id}>
                  <LeadRow lead={lead} onOpen={onOpen} compact />
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

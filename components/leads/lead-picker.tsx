import { useState } from 'react';
import { searchLeads } from '@/lib/db';
import type { Lead } from '@/lib/model';
import { useDebounced } from '../hooks/use-debounced';
import { useLiveQuery } from '../hooks/use-live-query';
import { SearchBox } from '../search-box';

/** Picks one lead by searching (for previews): a search box and up to five matches. */
export function LeadPicker({ selected, onSelect, label }: { selected: Lead | undefined; onSelect: (lead: Lead) => void; label: string }) {
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 150);
  const matches = useLiveQuery((db) => searchLeads(db, settled, 5), [settled], ['leads']).data ?? [];
  return (
    <div className="flex flex-col gap-1">
      <SearchBox value={query} onChange={setQuery} label={label} placeholder="Preview for… (search a lead)" />
      <ul aria-label="Leads to preview" className="flex flex-wrap gap-1">
        {matches.map((lead) => (
          <li key={lead.id}>
            <button
              type="button"
              aria-pressed={selected?.id === lead.id}
              onClick={() => onSelect(lead)}
              className="rounded-full border border-slate-300 px-2 py-0.5 text-xs aria-pressed:border-indigo-600 aria-pressed:bg-indigo-50 dark:border-slate-700 dark:aria-pressed:bg-indigo-950"
            >
              {lead.fullName}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

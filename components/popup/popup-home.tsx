import { useState, type ReactNode } from 'react';
import { TodayView } from '../follow-ups/today-view';

const TABS = ['Today', 'Search'] as const;
type Tab = (typeof TABS)[number];

/** The popup's body: "Today" (follow-ups) first, lead search one tab away. */
export function PopupHome({ search }: { search: ReactNode }) {
  const [tab, setTab] = useState<Tab>('Today');
  return (
    <div className="flex flex-col gap-3">
      <div role="tablist" aria-label="Popup views" className="flex gap-1 border-b border-slate-200 dark:border-slate-800">
        {TABS.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`panel-${name}`}
            onClick={() => setTab(name)}
            onKeyDown={(event) => {
              if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') setTab(name === 'Today' ? 'Search' : 'Today');
            }}
            className="-mb-px border-b-2 border-transparent px-3 py-1.5 text-sm text-slate-600 aria-selected:border-indigo-600 aria-selected:font-medium aria-selected:text-indigo-700 dark:text-slate-400 dark:aria-selected:text-indigo-300"
          >
            {name}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
        {tab === 'Today' ? <TodayView /> : search}
      </div>
    </div>
  );
}

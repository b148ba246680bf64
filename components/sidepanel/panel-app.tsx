import type { Lead } from '@/lib/model';
import { EmptyState } from '../empty-state';
import { LeadSearchList } from '../lead-search-list';

/** What the side panel can ask the browser to do (wired by the entrypoint). */
export interface PanelActions {
  openDashboard: (hash?: string) => void;
}

/** The side panel beside the page. */
export function PanelApp({ actions }: { actions: PanelActions }) {
  return (
    <div className="flex flex-col gap-3 p-3">
      <header className="flex items-center gap-2">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1 className="text-base font-semibold">Leadline</h1>
      </header>
      <LeadSearchList
        limit={20}
        onOpen={(lead: Lead) => actions.openDashboard(`#/leads/${lead.id}`)}
        empty={
          <EmptyState title="No leads yet">
            Open a LinkedIn profile or a Gmail thread beside this panel to capture the person in front of you.
          </EmptyState>
        }
      />
    </div>
  );
}

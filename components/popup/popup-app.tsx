import type { Lead } from '@/lib/model';
import type { TodayPage } from '@/lib/sequences';
import { Button } from '../button';
import { ActiveCampaignPicker } from '../campaigns/active-campaign-picker';
import { EmptyState } from '../empty-state';
import { TodayView } from '../follow-ups/today-view';
import { LeadSearchList } from '../leads/lead-search-list';
import { SyncStatusBar } from '../team/sync-status';

/** What the popup can ask the browser to do (wired by the entrypoint). */
export interface PopupActions {
  openDashboard: (hash?: string) => void;
  capture: () => void;
}

/** The toolbar popup: follow-ups due today (until you type), find a lead, capture this page, open the dashboard. */
export function PopupApp({
  actions,
  takeFirstToday,
}: {
  actions: PopupActions;
  /** The "Today" answer the page read (or started reading) before React rendered, handed out once. */
  takeFirstToday?: () => TodayPage | Promise<TodayPage> | undefined;
}) {
  const open = (lead: Lead) => actions.openDashboard(`#/leads/${lead.id}`);
  return (
    <div className="flex w-[22rem] flex-col gap-3 p-3">
      <header className="flex items-center gap-2">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1 className="text-base font-semibold">Leadline</h1>
        <div className="ml-auto flex gap-1">
          <Button variant="primary" onClick={actions.capture} title="Capture the person on this page (Alt+Shift+S)">
            Capture
          </Button>
          <Button onClick={() => actions.openDashboard()}>Dashboard</Button>
        </div>
      </header>
      <SyncStatusBar compact />
      <ActiveCampaignPicker />
      <LeadSearchList
        onOpen={open}
        idle={<TodayView takeFirst={takeFirstToday} />}
        empty={
          <EmptyState title="Capture your first lead">
            Open a LinkedIn profile, a Gmail or Outlook conversation, or a company’s team page, then press <strong>Capture</strong> (or
            Alt+Shift+S). Leadline reads the page, you review, and the lead is saved in this browser only.
          </EmptyState>
        }
      />
    </div>
  );
}

import { useState, type ReactNode } from 'react';
import type { CaptureDeps, CaptureState } from '@/lib/capture';
import type { Lead } from '@/lib/model';
import { Button } from '../button';
import { EmptyState } from '../empty-state';
import { LeadSearchList } from '../leads/lead-search-list';
import { CaptureSection } from './capture-section';
import { useCaptureSession } from './use-capture-session';

/** What the side panel can ask the browser to do (wired by the entrypoint). */
export interface PanelActions {
  openDashboard: (hash?: string) => void;
  /** Opens this panel in a window of its own, bound to the tab it is reading (absent when already popped out). */
  popOut?: (tabId: number) => void;
}

/**
 * Places where other features plug into the panel (the entrypoint passes them in):
 * - `header`: above the capture, e.g. the active campaign picker;
 * - `forLead`: under a lead just saved or already known, e.g. "Enroll in a sequence";
 * - `forPage`: above the capture, for the page being read, e.g. "Log this email" and templates beside Gmail.
 */
export interface PanelSlots {
  header?: ReactNode;
  forLead?: (lead: Lead) => ReactNode;
  forPage?: (page: CaptureState) => ReactNode;
}

/** The side panel beside the page: capture what the page describes, then find any lead. */
export function PanelApp({ actions, capture, slots = {} }: { actions: PanelActions; capture: CaptureDeps; slots?: PanelSlots }) {
  const { state, reload } = useCaptureSession(capture);
  const [searching, setSearching] = useState(false);
  const openLead = (id: string) => actions.openDashboard(`#/leads/${id}`);
  return (
    <div className="flex flex-col gap-4 p-3">
      <header className="flex items-center gap-2">
        <img src="/icon/32.png" alt="" width={20} height={20} />
        <h1 className="text-base font-semibold">Leadline</h1>
        <div className="ml-auto flex gap-1">
          {actions.popOut && state.tabId !== undefined ? (
            <Button
              variant="ghost"
              className="!px-2 text-xs"
              title="Open this panel in its own window"
              onClick={() => actions.popOut?.(state.tabId!)}
            >
              Pop out
            </Button>
          ) : null}
          <Button variant="ghost" className="!px-2 text-xs" onClick={() => actions.openDashboard()}>
            Dashboard
          </Button>
        </div>
      </header>
      {slots.header}
      {slots.forPage?.(state)}
      <CaptureSection state={state} onReload={reload} onOpenLead={openLead} renderForLead={slots.forLead} />
      <section aria-label="Find a lead" className="flex flex-col gap-2 border-t border-slate-200 pt-3 dark:border-slate-800">
        <Button variant="ghost" className="self-start !px-2 text-xs" aria-expanded={searching} onClick={() => setSearching(!searching)}>
          {searching ? 'Hide lead search' : 'Find a lead'}
        </Button>
        {searching ? (
          <LeadSearchList
            limit={20}
            onOpen={(lead: Lead) => openLead(lead.id)}
            empty={
              <EmptyState title="No leads yet">
                Open a LinkedIn profile or a company’s team page beside this panel to capture the person in front of you.
              </EmptyState>
            }
          />
        ) : null}
      </section>
    </div>
  );
}

import { useEffect, useState } from 'react';
import type { MailPage } from '@/lib/model';
import type { MailDeps } from './mail-deps';

/** What the panel knows about the webmail tab beside it. */
export interface MailPageState {
  mail?: MailPage;
  error?: string;
}

/**
 * The thread and message being written in the webmail tab `tabId`, read when the page is ready
 * (`generation` changes with every new page) and again whenever the tab says it changed (a reply
 * window opened, a recipient was added). Nothing is read for other pages.
 */
export function useMailPage(deps: MailDeps, tabId: number | undefined, generation: number, ready: boolean): MailPageState {
  // Results are kept with the page they belong to, so a new page never shows the previous one's thread.
  const page = `${tabId}:${generation}:${ready}`;
  const [state, setState] = useState<MailPageState & { page?: string }>({});
  useEffect(() => {
    if (tabId === undefined || !ready) return;
    const controller = new AbortController();
    let run = 0;
    const read = () => {
      const mine = ++run;
      deps.read(tabId).then(
        (mail) => {
          if (!controller.signal.aborted && mine === run) setState({ page, mail });
        },
        (error: unknown) => {
          if (!controller.signal.aborted && mine === run) setState({ page, error: error instanceof Error ? error.message : String(error) });
        },
      );
    };
    read();
    deps.onChanged((changed) => {
      if (changed === tabId) read();
    }, controller.signal);
    return () => controller.abort();
  }, [deps, tabId, ready, page]);
  return state.page === page ? { mail: state.mail, error: state.error } : {};
}

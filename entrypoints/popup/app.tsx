import { useLayoutEffect, type ReactNode } from 'react';
import { closeEarlyPopup, earlyPopupShown } from '@/components/popup/early-handover';
import { PopupApp } from '@/components/popup/popup-app';
import { renderPage } from '@/components/error-boundary';
import { PlatformProvider } from '@/components/platform';
import { activeTabOfCurrentWindow, currentWindowId, openExtensionPage, openSidePanel, openUrl, writeSession } from '@/lib/browser';
import { invokedOn, MENU_CAPTURE_KEY } from '@/lib/capture';
import { getDb } from '@/lib/db';
import { keepBadgeFresh } from '@/lib/reminders';
import { loadTodayPage, takeEarlyToday, type TodayPage, todayPageFromEarly } from '@/lib/sequences';
import { loadTeamConfig } from '@/lib/sync';
import { requestSyncNow } from '@/lib/team';
import { POPUP_MARKS } from '@/lib/perf';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import '@/components/app.css';

const noop = () => undefined;
/** Resolves (to undefined) after `ms`: the deadline a race below gives up waiting at. */
const after = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

/** Runs `then` once React's first commit is in the page. */
function FirstCommit({ then, children }: { then: () => void; children: ReactNode }) {
  useLayoutEffect(then, [then]);
  return children;
}

// The popup's main script: a classic script (an unlisted script built by modules/popup-scripts.ts,
// linked from index.html after the small early-today.js), not a module graph. Fetching and linking
// five module files cost the popup 10–35 ms more than one script (paired measurements, bench/README.md).
export default defineUnlistedScript(() => {
  performance.mark(POPUP_MARKS.mainScript);
  // The database opens now, for every read and write after the first "Today".
  const opened = getDb();
  // "Today" from the early script's read (early-today.ts beside this file), which has most likely
  // answered while this script was fetched and compiled; if it is slow to come (it never should be),
  // the popup reads for itself after half a second. Only the first "Today" shown may use it: after a
  // search, the list is read again. In a team, the early read holds the follow-ups of the member
  // the stored config names; it serves only when the checked config names the same member.
  const team = loadTeamConfig().catch(() => null);
  const early = Promise.all([Promise.race([takeEarlyToday(), after(500)]), team]).then(([records, config]) => {
    const page = records ? todayPageFromEarly(records, config?.username) : undefined;
    performance.mark(POPUP_MARKS.checked);
    return page;
  });
  let firstToday: Promise<TodayPage> | TodayPage | undefined = early.then(
    (page) => page ?? opened.then((db) => loadTodayPage(db, Date.now())),
  );
  firstToday.catch(noop); // the view reports a failure; this only marks it handled
  const takeFirstToday = () => {
    const answer = firstToday;
    firstToday = undefined;
    return answer;
  };

  // Read the window id before any click: opening the side panel must happen inside the click itself.
  let windowId: number | undefined;
  void currentWindowId().then((id) => (windowId = id));

  const openDashboard = (hash = '') => void openExtensionPage(`/dashboard.html${hash}`).then(() => window.close());
  keepBadgeFresh();

  const render = () => {
    performance.mark(POPUP_MARKS.render);
    // The early script's rows (when it drew them) stay until this render's first commit replaces them.
    const handOver = closeEarlyPopup(document.getElementById('root')!);
    let committed = false;
    const firstCommit = () => {
      if (committed) return;
      committed = true;
      performance.mark(POPUP_MARKS.committed);
      // Once the commit is over: a click made again runs as any other click.
      queueMicrotask(handOver);
      // Opening the popup granted access to the tab beside it: a side panel that could not read
      // that page reads it now (lib/capture/capture-session.ts). After Today, never before it.
      void activeTabOfCurrentWindow()
        .then((tab) => {
          const invoked = invokedOn(tab?.id, Date.now());
          return invoked && writeSession(MENU_CAPTURE_KEY, invoked);
        }, noop)
        .catch(noop); // the panel's "Read page again" remains
    };
    renderPage(
      'the popup',
      <FirstCommit then={firstCommit}>
        <PlatformProvider value={{ openUrl: (url) => void openUrl(url), openDashboard, syncNow: requestSyncNow }}>
          <PopupApp
            takeFirstToday={takeFirstToday}
            actions={{
              openDashboard,
              capture: () => void openSidePanel({ windowId }).then(() => window.close()),
            }}
          />
        </PlatformProvider>
      </FirstCommit>,
    );
  };
  // React's first render (~15 ms of this page's only thread) shows "Today" at once when the early
  // read has answered: rendered before it, "Loading…" came first, and Today a re-render later, and
  // the render held back the read's answer (12–27 ms, two builds timed in turn). It waits at most
  // 100 ms for that answer, or, when the early read cannot serve, for the database to open. Once the
  // early script has drawn its rows, it waits for their check: "Loading…" never replaces them.
  const late = after(100);
  const show = (page: TodayPage | undefined) => {
    if (page) firstToday = page;
    render();
  };
  void Promise.race([early, late]).then((page) => {
    if (page) show(page);
    else if (earlyPopupShown()) void early.then(show, () => show(undefined));
    else void Promise.race([early.then(() => opened).then(noop, noop), late]).then(render);
  });
});

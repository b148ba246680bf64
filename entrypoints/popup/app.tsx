import { PopupApp } from '@/components/popup/popup-app';
import { renderPage } from '@/components/error-boundary';
import { PlatformProvider } from '@/components/platform';
import { currentWindowId, openExtensionPage, openSidePanel, openUrl } from '@/lib/browser';
import { getDb } from '@/lib/db';
import { keepBadgeFresh } from '@/lib/reminders/keep-badge-fresh';
import { loadTodayPage, todayPageFromEarly, type TodayPage } from '@/lib/sequences';
import { takeEarlyToday } from '@/lib/sequences/early-today';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import '@/components/app.css';

const noop = () => undefined;
/** Resolves (to undefined) after `ms`: the deadline a race below gives up waiting at. */
const after = (ms: number) => new Promise<undefined>((resolve) => setTimeout(resolve, ms));

// The popup's main script: a classic script (an unlisted script built by modules/popup-scripts.ts,
// linked from index.html after the small popup-early-today.js), not a module graph. The popup's budget is 150 ms from opening to
// "Today"; fetching and linking five module files cost it 10–35 ms more than one script (paired
// measurements, bench/README.md).
export default defineUnlistedScript(() => {
  // Open the database and read "Today" now, before React starts: the list is painted as soon as the
  // read is done. Only the first "Today" shown may use it: after a search, the list is read again.
  // The popup's early script has most likely read it already (early-today.ts beside this file); if its
  // answer is slow to come (it never should be), the popup reads for itself after half a second.
  const opened = getDb();
  const early = Promise.race([takeEarlyToday(), after(500)]);
  let firstToday: Promise<TodayPage> | undefined = early.then(
    (records) => (records && todayPageFromEarly(records)) ?? opened.then((db) => loadTodayPage(db, Date.now())),
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

  // React's first render (~15 ms of this page's only thread) waits until the database is open, or
  // failed to open (the views report it), or 100 ms have passed. Rendered first, it held back the
  // open's answer and so the read of Today: Today showed 12–27 ms later (two builds timed in turn
  // with no debugger attached, in both orders).
  const openedOrLate = Promise.race([opened.then(noop, noop), after(100)]);
  void openedOrLate.then(() =>
    renderPage('the popup',
      <PlatformProvider value={{ openUrl: (url) => void openUrl(url), openDashboard }}>
        <PopupApp
          takeFirstToday={takeFirstToday}
          actions={{
            openDashboard,
            capture: () => void openSidePanel({ windowId }).then(() => window.close()),
          }}
        />
      </PlatformProvider>,
    ),
  );
});

import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/popup/popup-app';
import { PlatformProvider } from '@/components/platform';
import { currentWindowId, openExtensionPage, openSidePanel, openUrl } from '@/lib/browser';
import { getDb } from '@/lib/db';
import { keepBadgeFresh } from '@/lib/reminders/keep-badge-fresh';
import { loadTodayPage, type TodayPage } from '@/lib/sequences';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import '@/components/app.css';

// The popup's script: one classic script (an unlisted script, linked from popup/index.html), not a
// module graph. The popup's budget is 150 ms from opening to "Today"; fetching and linking five
// module files cost it 10–35 ms more than one script (paired measurements, bench/README.md).
export default defineUnlistedScript(() => {
  // Read "Today" now: the database works while React renders the first frame, and the list is
  // painted as soon as both are done. Only the first "Today" shown may use it: after a search, the
  // list is read again.
  let firstToday: Promise<TodayPage> | undefined = getDb().then((db) => loadTodayPage(db, Date.now()));
  firstToday.catch(() => undefined); // the view reports a failure; this only marks it handled
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

  createRoot(document.getElementById('root')!).render(
    <PlatformProvider value={{ openUrl: (url) => void openUrl(url), openDashboard }}>
      <PopupApp
        takeFirstToday={takeFirstToday}
        actions={{
          openDashboard,
          capture: () => void openSidePanel({ windowId }).then(() => window.close()),
        }}
      />
    </PlatformProvider>,
  );
});

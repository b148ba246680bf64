import { asksAboutCompose, earlyPopup } from '@/components/popup/early-popup';
import { showEarlyPopup } from '@/components/popup/early-handover';
import { readLocal } from '@/lib/browser';
import { markOnce, TODAY_SHOWN_MARK } from '@/lib/perf';
import { earlyTodayShape, startEarlyToday } from '@/lib/sequences';
import { storedMemberName, TEAM_CONFIG_KEY } from '@/lib/sync';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// The popup's first script, a few kilobytes: it starts reading "Today" from the database while the
// main script (app.tsx beside it, ~400 KB) is still being fetched and compiled (see
// lib/sequences/early-today.ts), and draws the rows it read with plain DOM, as React's first render
// will show them (components/popup/early-popup.ts), when every record has the shape those rows need.
// In a team it reads the member's own follow-ups, named by the stored team config; the storage read
// runs while the database opens. Its build uses the browser's own API, without webextension-polyfill
// (modules/content-script-browser.ts).
export default defineUnlistedScript(() => {
  startEarlyToday(
    Date.now(),
    readLocal(TEAM_CONFIG_KEY).then(storedMemberName, () => undefined),
    (early) => {
      const page = earlyTodayShape(early);
      const root = document.getElementById('root');
      if (page && root && !asksAboutCompose(page) && showEarlyPopup(root, earlyPopup(page, Date.now()))) markOnce(TODAY_SHOWN_MARK, true);
    },
  );
});

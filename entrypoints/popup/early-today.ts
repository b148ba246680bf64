import { asksAboutCompose, earlyPopup } from '@/components/popup/early-popup';
import { showEarlyPopup } from '@/components/popup/early-handover';
import { readLocal } from '@/lib/browser';
import { markOnce, TODAY_SHOWN_MARK } from '@/lib/perf';
import { earlyTodayShape, startEarlyToday } from '@/lib/sequences';
import { storedMemberName, TEAM_CONFIG_KEY } from '@/lib/sync';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

/** The popup's main script (app.tsx beside this file, built by modules/popup-scripts.ts), preloaded by index.html. */
const MAIN_SCRIPT = '/popup-app.js';
/** How long the main script waits for the read at most (it answers in ~20 ms on a quiet machine). */
const MAIN_SCRIPT_AFTER_MS = 100;

// The popup's first script, about 10 KB: it reads "Today" from the database (see
// lib/sequences/early-today.ts) while the main script (~430 KB: React, zod, the views) is fetched, and
// draws the rows it read with plain DOM, as React's first render will show them
// (components/popup/early-popup.ts), when every record has the shape those rows need. The main
// script runs after that: run beside the read, its ~25 ms of compiling and evaluating held back the
// read's answers on this page's only thread. In a team it reads the member's own follow-ups, named
// by the stored team config; the storage read runs while the database opens. Its build uses the
// browser's own API, without webextension-polyfill (modules/content-script-browser.ts).
export default defineUnlistedScript(() => {
  let mainAdded = false;
  const addMain = () => {
    if (mainAdded) return;
    mainAdded = true;
    const script = document.createElement('script');
    script.src = MAIN_SCRIPT;
    document.head.append(script);
  };
  setTimeout(addMain, MAIN_SCRIPT_AFTER_MS);
  void startEarlyToday(
    Date.now(),
    readLocal(TEAM_CONFIG_KEY).then(storedMemberName, () => undefined),
    (early) => {
      const page = earlyTodayShape(early);
      const root = document.getElementById('root');
      if (page && root && !asksAboutCompose(page) && showEarlyPopup(root, earlyPopup(page, Date.now()))) markOnce(TODAY_SHOWN_MARK, true);
    },
  ).finally(addMain);
});

import { readLocal } from '@/lib/browser';
import { startEarlyToday } from '@/lib/sequences';
import { storedMemberName, TEAM_CONFIG_KEY } from '@/lib/sync';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// The popup's first script, a few kilobytes: it starts reading "Today" from the database while the
// main script (app.tsx beside it, ~400 KB) is still being fetched and compiled. See lib/sequences/early-today.ts.
// In a team it reads the member's own follow-ups, named by the stored team config; the storage read
// runs while the database opens. Its build uses the browser's own API, without webextension-polyfill
// (modules/content-script-browser.ts).
export default defineUnlistedScript(() => {
  startEarlyToday(
    Date.now(),
    readLocal(TEAM_CONFIG_KEY).then(storedMemberName, () => undefined),
  );
});

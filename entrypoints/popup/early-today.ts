import { startEarlyToday } from '@/lib/sequences';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// The popup's first script, a few kilobytes: it starts reading "Today" from the database while the
// main script (app.tsx beside it, ~400 KB) is still being fetched and compiled. See lib/sequences/early-today.ts.
export default defineUnlistedScript(() => {
  startEarlyToday();
});

import { getDb } from '@/lib/db';
import { FLOOR_MARKS, FLOOR_SHOWN_MARK } from '@/lib/perf';
import { loadTodayPage } from '@/lib/sequences';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';

// The popup's "Today" without any UI framework: the page opens, the database opens, the popup's own
// read runs, and one line of plain DOM says what it found. The popup adds React to this, and starts
// the read early from a small script of its own (see bench/README.md). A script of its own, like
// bench-api.ts.
async function showToday(): Promise<void> {
  performance.mark(FLOOR_MARKS.script);
  const page = await loadTodayPage(await getDb(), Date.now());
  performance.mark(FLOOR_MARKS.read);
  const floor = document.createElement('p');
  floor.id = 'floor';
  floor.textContent = `${page.overdueCount} overdue, ${page.todayCount} due today`;
  document.body.append(floor);
  performance.mark(FLOOR_SHOWN_MARK);
}

export default defineUnlistedScript(() => {
  void showToday();
});

import type { LeadlineDB } from '../db';
import { endOfLocalDay, nextLocalMidnight } from './calendar';
import { openTasksDue, TODAY_LIMITS, type DayBounds, type TodayRecords } from './today-records';
import { ownedByOrFree } from '../team';

/*
 * "Today" and the badge for one member of a team: follow-ups belong to the lead's owner, so a rep
 * sees the tasks of leads they own and of leads nobody owns; a teammate's leads stay theirs. The
 * records are read unchecked (as `readTodayRecords` does); callers check them.
 */

const field = (raw: unknown, name: string): unknown =>
  typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[name] : undefined;
const text = (raw: unknown, name: string): string | undefined => {
  const value = field(raw, name);
  return typeof value === 'string' && value ? value : undefined;
};

type ReadTx = ReturnType<LeadlineDB['transaction']>;

/** Keeps the tasks whose lead is `me`'s or nobody's; fills `leads` with every lead read. */
async function mine(tx: ReadTx, tasks: unknown[], me: string, leads: Map<string, unknown>): Promise<unknown[]> {
  const store = tx.objectStore('leads');
  const missing = [...new Set(tasks.flatMap((task) => text(task, 'leadId') ?? []))].filter((id) => !leads.has(id));
  await Promise.all(missing.map(async (id) => void leads.set(id, await store.get(id))));
  return tasks.filter((task) => {
    const leadId = text(task, 'leadId');
    return ownedByOrFree(leadId ? text(leads.get(leadId), 'owner') : undefined, me);
  });
}

/**
 * The next `limit` open tasks of `me` due after `from` (exclusive), walking the `status + dueAt`
 * index in batches so a teammate's many tasks cost reads but never hide mine.
 */
async function nextMine(tx: ReadTx, from: number, limit: number, me: string, leads: Map<string, unknown>): Promise<unknown[]> {
  const index = tx.objectStore('tasks').index('statusDueAt');
  const found: unknown[] = [];
  let range = openTasksDue(from, Infinity, true);
  const batch = Math.max(limit * 4, 20);
  while (found.length < limit) {
    const tasks = await index.getAll(range, batch);
    found.push(...(await mine(tx, tasks, me, leads)));
    if (tasks.length < batch) break;
    const last = tasks[tasks.length - 1];
    const lastDue = field(last, 'dueAt');
    const lastId = text(last, 'id');
    if (typeof lastDue !== 'number' || !lastId) break;
    // Tasks sharing the last due time: continue after the last one read (primary keys order them).
    const same = (await index.getAllKeys(IDBKeyRange.only(['open', lastDue]))).map(String);
    const rest = same.slice(same.indexOf(lastId) + 1);
    const tail = await Promise.all(rest.map((id) => tx.objectStore('tasks').get(id)));
    found.push(...(await mine(tx, tail, me, leads)));
    range = openTasksDue(lastDue, Infinity, true);
  }
  return found.slice(0, limit);
}

/** "Today" for one team member: the same groups and totals as `readTodayRecords`, for their tasks only. */
export async function readTodayRecordsFor(
  db: LeadlineDB,
  { dayStart, dayEnd }: DayBounds,
  me: string,
  limits = TODAY_LIMITS,
): Promise<TodayRecords> {
  const tx = db.transaction(['tasks', 'leads', 'sequences']);
  const index = tx.objectStore('tasks').index('statusDueAt');
  const leads = new Map<string, unknown>();
  const [overdueAll, todayAll] = await Promise.all([
    index.getAll(IDBKeyRange.bound(['open', -Infinity], ['open', dayStart], false, true)),
    index.getAll(openTasksDue(dayStart, dayEnd)),
  ]);
  const overdue = await mine(tx, overdueAll, me, leads);
  const today = await mine(tx, todayAll, me, leads);
  const upcoming = await nextMine(tx, dayEnd, limits.upcoming, me, leads);
  const shown = [...overdue.slice(0, limits.overdue), ...today.slice(0, limits.today), ...upcoming];
  const sequences = new Map<string, unknown>();
  const sequenceIds = new Set(shown.flatMap((task) => text(task, 'sequenceId') ?? []));
  await Promise.all([...sequenceIds].map(async (id) => void sequences.set(id, await tx.objectStore('sequences').get(id))));
  return {
    overdue: overdue.slice(0, limits.overdue),
    today: today.slice(0, limits.today),
    upcoming,
    overdueCount: overdue.length,
    todayCount: today.length,
    leads,
    sequences,
  };
}

/** The badge's state for one team member (see `reminderState`): their follow-ups only. */
export async function reminderStateFor(
  db: LeadlineDB,
  now: number,
  timeZone: string,
  me: string,
): Promise<{ dueCount: number; dueNow: boolean; nextChangeAt: number }> {
  const tx = db.transaction(['tasks', 'leads']);
  const leads = new Map<string, unknown>();
  const due = await mine(
    tx,
    await tx
      .objectStore('tasks')
      .index('statusDueAt')
      .getAll(IDBKeyRange.bound(['open', -Infinity], ['open', endOfLocalDay(now, timeZone)])),
    me,
    leads,
  );
  const [next] = await nextMine(tx, now, 1, me, leads);
  const nextDue = field(next, 'dueAt');
  return {
    dueCount: due.length,
    dueNow: due.some((task) => Number(field(task, 'dueAt')) <= now),
    nextChangeAt: Math.min(typeof nextDue === 'number' ? nextDue : Infinity, nextLocalMidnight(now, timeZone)),
  };
}

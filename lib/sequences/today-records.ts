import type { LeadlineDB } from '../db';

// The records "Today" is made of, read with no zod and no date library (the schema types above are
// erased in the build). The popup's early script (entrypoints/popup/early-today.ts) runs this before the
// popup's main script has loaded; `todayFollowUps` runs it for every later read. The caller checks
// what it returns.

/**
 * How many rows of each group the popup reads at most: what fits in a popup without scrolling far;
 * the totals still count every follow-up ("and N more").
 */
export const TODAY_LIMITS = { overdue: 10, today: 10, upcoming: 5 };

/** The local day the groups are cut at: its first and last millisecond. */
export interface DayBounds {
  dayStart: number;
  dayEnd: number;
}

/** The stored records behind "Today", unchecked. */
export interface TodayRecords {
  overdue: unknown[];
  today: unknown[];
  upcoming: unknown[];
  overdueCount: number;
  todayCount: number;
  /** The leads and sequences those tasks name, by id (undefined when not stored). */
  leads: Map<string, unknown>;
  sequences: Map<string, unknown>;
}

/** Open tasks due from `from` to `to` on the `status + dueAt` index. */
export const openTasksDue = (from: number, to: number, openLower = false) => IDBKeyRange.bound(['open', from], ['open', to], openLower);

/** A string field of an unchecked record, when it is one. */
function textField(raw: unknown, field: string): string | undefined {
  const value = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>)[field] : undefined;
  return typeof value === 'string' ? value : undefined;
}

/**
 * Reads "Today" through the tasks' `status + dueAt` index in one transaction: three bounded ranges
 * and two counts, then only the leads and sequences those rows name. Cost grows with the rows
 * shown, not with the number of leads or tasks stored.
 */
export async function readTodayRecords(db: LeadlineDB, { dayStart, dayEnd }: DayBounds, limits = TODAY_LIMITS): Promise<TodayRecords> {
  const tx = db.transaction(['tasks', 'leads', 'sequences']);
  const index = tx.objectStore('tasks').index('statusDueAt');
  const before = IDBKeyRange.bound(['open', -Infinity], ['open', dayStart], false, true);
  const [overdue, today, upcoming, overdueCount, todayCount] = await Promise.all([
    index.getAll(before, limits.overdue),
    index.getAll(openTasksDue(dayStart, dayEnd), limits.today),
    index.getAll(openTasksDue(dayEnd, Infinity, true), limits.upcoming),
    index.count(before),
    index.count(openTasksDue(dayStart, dayEnd)),
  ]);
  const tasks = [...overdue, ...today, ...upcoming];
  const leadIds = new Set(tasks.flatMap((task) => textField(task, 'leadId') ?? []));
  const sequenceIds = new Set(tasks.flatMap((task) => textField(task, 'sequenceId') ?? []));
  const leads = new Map<string, unknown>();
  const sequences = new Map<string, unknown>();
  await Promise.all([
    ...[...leadIds].map(async (id) => void leads.set(id, await tx.objectStore('leads').get(id))),
    ...[...sequenceIds].map(async (id) => void sequences.set(id, await tx.objectStore('sequences').get(id))),
  ]);
  return { overdue, today, upcoming, overdueCount, todayCount, leads, sequences };
}

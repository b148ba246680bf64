import { DB_VERSION, getSettings, type LeadlineDB, parseForWrite, parseStored, parseStoredAll, SETTINGS_KEY, writeTx } from '../db';
import { defaultSettings, type Enrollment, type Lead, type Sequence, type Settings, type Step, type Task } from '../model';
import { effectiveTimeZone } from '../time';
import { endOfLocalDay, isoDay, nextLocalMidnight, startOfLocalDay } from './calendar';
import type { EarlyToday } from './early-today';
import { currentActor } from '../team';
import { readTodayRecordsFor, reminderStateFor } from './today-owned';
import { openTasksDue, readTodayRecords, TODAY_LIMITS, type TodayRecords } from './today-records';

/** A follow-up with what its row shows: the lead, the sequence and the step. */
export interface FollowUp {
  task: Task;
  lead: Lead | undefined;
  sequence: Sequence | undefined;
  step: Step | undefined;
}

/** The popup's "Today": overdue (before today), due today, and the next few upcoming. */
export interface TodayList {
  overdue: FollowUp[];
  today: FollowUp[];
  upcoming: FollowUp[];
  /** Totals, which may exceed the rows shown. */
  overdueCount: number;
  todayCount: number;
}

export { TODAY_LIMITS } from './today-records';

/**
 * Reads "Today" (see `readTodayRecords`) with the day cut in `timeZone`, and checks every record.
 * With `me` (a team member's user name), only follow-ups of leads they own or nobody owns.
 */
export async function todayFollowUps(
  db: LeadlineDB,
  now: number,
  timeZone: string,
  limits = TODAY_LIMITS,
  me?: string,
): Promise<TodayList> {
  const bounds = { dayStart: startOfLocalDay(now, timeZone), dayEnd: endOfLocalDay(now, timeZone) };
  return todayListFrom(await (me ? readTodayRecordsFor(db, bounds, me, limits) : readTodayRecords(db, bounds, limits)));
}

/** The list made of records read by `readTodayRecords`, each checked (an invalid one is reported and left out). */
export function todayListFrom(records: TodayRecords): TodayList {
  const groups = [records.overdue, records.today, records.upcoming].map((raws) => parseStoredAll('tasks', raws));
  const leads = new Map<string, Lead>();
  const sequences = new Map<string, Sequence>();
  for (const [id, raw] of records.leads) {
    const lead = parseStored('leads', raw, id);
    if (lead) leads.set(id, lead);
  }
  for (const [id, raw] of records.sequences) {
    const sequence = parseStored('sequences', raw, id);
    if (sequence) sequences.set(id, sequence);
  }
  const rows = (tasks: Task[]): FollowUp[] =>
    tasks.map((task) => {
      const sequence = task.sequenceId ? sequences.get(task.sequenceId) : undefined;
      return { task, lead: leads.get(task.leadId), sequence, step: sequence?.steps.find((step) => step.id === task.stepId) };
    });
  const [overdue = [], today = [], upcoming = []] = groups.map(rows);
  return { overdue, today, upcoming, overdueCount: records.overdueCount, todayCount: records.todayCount };
}

/** "Today" as the popup shows it: the list, for which local day, in which zone, under which settings. */
export interface TodayPage extends TodayList {
  settings: Settings;
  timeZone: string;
  /** The local day (YYYY-MM-DD) the groups were cut for: the list is re-read when it changes. */
  day: string;
}

/**
 * The settings and "Today" in the user's time zone: all the popup needs for its first paint. Most
 * people keep the system's zone, so both are read at once with the day cut there, and cut again only
 * when the settings name another zone.
 */
export async function loadTodayPage(db: LeadlineDB, now: number): Promise<TodayPage> {
  const systemZone = effectiveTimeZone('');
  // In a team, follow-ups belong to the lead's owner: a member sees theirs and the unowned ones.
  const [settings, inSystemZone, me] = await Promise.all([
    getSettings(db),
    todayFollowUps(db, now, systemZone),
    currentActor().then((actor) => actor?.username),
  ]);
  const timeZone = effectiveTimeZone(settings.timeZone);
  const list = timeZone === systemZone && !me ? inSystemZone : await todayFollowUps(db, now, timeZone, TODAY_LIMITS, me);
  return { ...list, settings, timeZone, day: isoDay(now, timeZone) };
}

/**
 * "Today" from the popup's early read (`lib/sequences/early-today.ts`), every record checked here;
 * undefined when that read does not fit: another database version, another team member than `me`
 * (the checked team config's user name; undefined with no team), settings that name another zone
 * than the browser's, or a day the browser's zone cuts differently from ours.
 */
export function todayPageFromEarly(early: EarlyToday, me: string | undefined): TodayPage | undefined {
  if (early.version !== DB_VERSION || early.member !== me) return undefined;
  const settings = parseStored('settings', early.settings, SETTINGS_KEY) ?? defaultSettings();
  const timeZone = effectiveTimeZone(settings.timeZone, early.zone);
  if (timeZone !== early.zone) return undefined;
  if (startOfLocalDay(early.at, timeZone) !== early.bounds.dayStart || endOfLocalDay(early.at, timeZone) !== early.bounds.dayEnd)
    return undefined;
  return { ...todayListFrom(early.records), settings, timeZone, day: isoDay(early.at, timeZone) };
}

/** What the toolbar shows and when it must next look again. */
export interface ReminderState {
  /** Follow-ups due today or overdue: the badge number. */
  dueCount: number;
  /** True when at least one of them is due now (the badge turns red). */
  dueNow: boolean;
  /** The next moment the state changes: the next follow-up coming due, or midnight. */
  nextChangeAt: number;
}

/**
 * The badge's state from the `status + dueAt` index: one count, and two key cursors that stop at
 * their first key (is anything due now? what comes due next?). No record is read. With `me` (a team
 * member's user name), only follow-ups of leads they own or nobody owns.
 */
export async function reminderState(db: LeadlineDB, now: number, timeZone: string, me?: string): Promise<ReminderState> {
  if (me) return reminderStateFor(db, now, timeZone, me);
  const index = db.transaction('tasks').store.index('statusDueAt');
  const [dueCount, firstDue, next] = await Promise.all([
    index.count(IDBKeyRange.bound(['open', -Infinity], ['open', endOfLocalDay(now, timeZone)])),
    index.openKeyCursor(IDBKeyRange.bound(['open', -Infinity], ['open', now])),
    index.openKeyCursor(openTasksDue(now, Infinity, true)),
  ]);
  const nextDue = next ? next.key[1] : Infinity;
  return { dueCount, dueNow: firstDue !== null, nextChangeAt: Math.min(nextDue, nextLocalMidnight(now, timeZone)) };
}

/** A follow-up that just came due, for a desktop notification. */
export interface DueNotice {
  taskId: string;
  leadId: string;
  leadName: string;
  title: string;
}

/**
 * Claims the follow-ups that came due in the last `windowMs` and were not announced yet, marking
 * them announced in the same transaction (so two wake-ups never notify twice). Older overdue ones
 * are not announced: turning notifications on must not bring a flood.
 */
export async function claimDueNotices(db: LeadlineDB, now: number, windowMs = 3_600_000): Promise<DueNotice[]> {
  // Look first without writing: a write announces a change, which triggers another refresh.
  const window = openTasksDue(now - windowMs, now, true);
  const waiting = parseStoredAll('tasks', await db.getAllFromIndex('tasks', 'statusDueAt', window));
  if (!waiting.some((task) => task.notifiedAt === undefined)) return [];
  return writeTx(db, ['tasks', 'leads'], async (tx) => {
    const raws = await tx.objectStore('tasks').index('statusDueAt').getAll(window);
    const fresh = parseStoredAll('tasks', raws).filter((task) => task.notifiedAt === undefined);
    const notices: DueNotice[] = [];
    for (const task of fresh) {
      await tx.objectStore('tasks').put(parseForWrite('tasks', { ...task, notifiedAt: now }));
      const lead = parseStored('leads', await tx.objectStore('leads').get(task.leadId), task.leadId);
      notices.push({ taskId: task.id, leadId: task.leadId, leadName: lead?.fullName ?? 'A lead', title: task.title });
    }
    return notices;
  });
}

/** One of a lead's enrollments with its sequence and its open follow-up, for the lead page. */
export interface LeadEnrollment {
  enrollment: Enrollment;
  sequence: Sequence | undefined;
  openTask: Task | undefined;
}

/** A lead's enrollments (running first, then newest), read through the `leadId` indexes. */
export async function leadEnrollments(db: LeadlineDB, leadId: string): Promise<LeadEnrollment[]> {
  const tx = db.transaction(['enrollments', 'tasks', 'sequences']);
  const [enrollments, tasks] = await Promise.all([
    tx
      .objectStore('enrollments')
      .index('leadId')
      .getAll(leadId)
      .then((raws) => parseStoredAll('enrollments', raws)),
    tx
      .objectStore('tasks')
      .index('leadId')
      .getAll(leadId)
      .then((raws) => parseStoredAll('tasks', raws)),
  ]);
  const rows = await Promise.all(
    enrollments.map(async (enrollment) => ({
      enrollment,
      sequence: parseStored('sequences', await tx.objectStore('sequences').get(enrollment.sequenceId)),
      openTask: tasks.find((task) => task.enrollmentId === enrollment.id && task.status === 'open'),
    })),
  );
  const rank = (row: LeadEnrollment) => (row.enrollment.status === 'finished' ? 1 : 0);
  return rows.sort((a, b) => rank(a) - rank(b) || b.enrollment.startedAt - a.enrollment.startedAt);
}

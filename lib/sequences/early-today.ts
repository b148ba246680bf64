import { openDB } from 'idb';
import { DB_NAME, type LeadlineDB, type LeadlineSchema, SETTINGS_KEY } from '../db';
import { POPUP_MARKS } from '../perf';
import { localTimeZone } from '../time';
import { readTodayRecordsFor } from './today-owned';
import { readTodayRecords, type DayBounds, type TodayRecords } from './today-records';

// The popup's first "Today" read, started by a small script of its own (entrypoints/popup/early-today.ts)
// while the popup's main script (React, zod, the views) is still loading: the database answers
// while that script is fetched and compiled, instead of after it runs. It reads the day as the
// browser's own zone cuts it, for the team member the stored team config names (when there is one),
// and hands over unchecked records: the main script checks them, and reads again when the settings
// name another zone, the checked config another member, or anything else does not match.

/** What the early read found, and for which moment, zone, day and database version. */
export interface EarlyToday {
  at: number;
  zone: string;
  bounds: DayBounds;
  version: number;
  /** The team member whose follow-ups were read (undefined: everyone's, as without a team). */
  member: string | undefined;
  /** The stored settings record, unchecked (undefined when none is stored). */
  settings: unknown;
  records: TodayRecords;
}

const SLOT = Symbol.for('leadline.earlyToday');
type Slot = { [SLOT]?: Promise<EarlyToday | undefined> };

/** The day `at` falls on in the browser's own zone, as `Date` cuts it. */
export function localDayBounds(at: number): DayBounds {
  const date = new Date(at);
  const start = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  const next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
  return { dayStart: start.getTime(), dayEnd: next.getTime() - 1 };
}

/**
 * Opens the database as it stands and reads settings and "Today" (only `member`'s follow-ups when a
 * team member is named; it is found while the database opens). Never creates or upgrades the
 * database: one that does not exist yet is left to the main script, which creates it. Resolves
 * undefined whenever it cannot help; the main script then reads as usual.
 */
export async function readEarlyToday(
  at = Date.now(),
  member: Promise<string | undefined> = Promise.resolve(undefined),
): Promise<EarlyToday | undefined> {
  // Handled at once: the database may fail to open before the member is awaited.
  const named = member.then(
    (name) => ({ name }),
    () => undefined,
  );
  let db: LeadlineDB | undefined;
  try {
    // No version asked for: the database as it stands. One that does not exist yet is not ours to create.
    db = await openDB<LeadlineSchema>(DB_NAME, undefined, {
      upgrade(_db, _old, _new, transaction) {
        transaction.done.catch(() => undefined); // the open itself rejects; this is its duplicate
        transaction.abort();
      },
      // The main script upgrading the database: step aside at once.
      blocking: (_current, _wanted, event) => (event.target as IDBDatabase).close(),
    });
    const bounds = localDayBounds(at);
    const read = await named;
    if (!read) return undefined; // who is reading is unknown: the main script reads as usual
    const me = read.name;
    const [settings, records] = await Promise.all([
      db.get('settings', SETTINGS_KEY),
      me ? readTodayRecordsFor(db, bounds, me) : readTodayRecords(db, bounds),
    ]);
    return { at, zone: localTimeZone(), bounds, version: db.version, member: me, settings, records };
  } catch {
    return undefined; // the main script reads as usual
  } finally {
    db?.close();
  }
}

/**
 * Starts the early read (for `member`, see `readEarlyToday`) and leaves it where the popup's main
 * script looks for it. `show` gets the read first, before the main script can (the early script draws
 * its rows with it); whatever it does, the main script still gets the read. Returns the read, shown.
 */
export function startEarlyToday(
  at = Date.now(),
  member?: Promise<string | undefined>,
  show?: (early: EarlyToday) => void,
): Promise<EarlyToday | undefined> {
  performance.mark(POPUP_MARKS.earlyScript);
  return ((globalThis as Slot)[SLOT] = readEarlyToday(at, member).then((early) => {
    performance.mark(POPUP_MARKS.earlyRead);
    try {
      if (early) show?.(early);
    } catch (error) {
      console.error('Leadline: the popup could not draw its early rows', error);
    }
    return early;
  }));
}

/** The early read, handed out once (undefined when the early script did not run). */
export function takeEarlyToday(): Promise<EarlyToday | undefined> | undefined {
  const slot = globalThis as Slot;
  const early = slot[SLOT];
  delete slot[SLOT];
  return early;
}

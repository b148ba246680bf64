import { DB_NAME, SETTINGS_KEY } from '../db/name';
import { localTimeZone } from '../time/zone';
import { readTodayRecords, type DayBounds, type TodayRecords } from './today-records';

// The popup's first "Today" read, started by a small script of its own (entrypoints/popup-early.ts)
// while the popup's main script (React, zod, the views) is still loading: the database answers
// while that script is fetched and compiled, instead of after it runs. It reads the day as the
// browser's own zone cuts it, and hands over unchecked records: the main script checks them, and
// reads again when the settings name another zone or anything does not match.

/** What the early read found, and for which moment, zone, day and database version. */
export interface EarlyToday {
  at: number;
  zone: string;
  bounds: DayBounds;
  version: number;
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
 * Opens the database as it stands and reads settings and "Today". Never creates or upgrades it: a
 * database that does not exist yet is left to the main script, which creates it. Resolves
 * undefined whenever it cannot help; the main script then reads as usual.
 */
export function readEarlyToday(at = Date.now(), factory: IDBFactory = indexedDB): Promise<EarlyToday | undefined> {
  return new Promise<IDBDatabase | undefined>((resolve) => {
    const request = factory.open(DB_NAME);
    request.onupgradeneeded = () => request.transaction?.abort(); // no database yet: not ours to create
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => resolve(undefined);
    request.onblocked = () => resolve(undefined);
  })
    .then(async (db) => {
      if (!db) return undefined;
      db.onversionchange = () => db.close(); // the main script upgrading: step aside at once
      try {
        const bounds = localDayBounds(at);
        const settings = new Promise<unknown>((resolve, reject) => {
          const get = db.transaction('settings', 'readonly').objectStore('settings').get(SETTINGS_KEY);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error ?? new Error('IndexedDB request failed'));
        });
        const [stored, records] = await Promise.all([settings, readTodayRecords(db, bounds)]);
        return { at, zone: localTimeZone(), bounds, version: db.version, settings: stored, records };
      } finally {
        db.close();
      }
    })
    .catch(() => undefined);
}

/** Starts the early read and leaves it where the popup's main script looks for it. */
export function startEarlyToday(at = Date.now()): void {
  (globalThis as Slot)[SLOT] = readEarlyToday(at);
}

/** The early read, handed out once (undefined when the early script did not run). */
export function takeEarlyToday(): Promise<EarlyToday | undefined> | undefined {
  const slot = globalThis as Slot;
  const early = slot[SLOT];
  delete slot[SLOT];
  return early;
}

import { type LeadlineDB, updateSettings } from '../db';
import type { Settings } from '../model';

const DAY = 86_400_000;

/** Records that a backup was just made (the reminder counts from here). */
export async function markBackedUp(db: LeadlineDB, now = Date.now()): Promise<void> {
  await updateSettings(db, { lastBackupAt: now });
}

/**
 * Whether the backup reminder is due: it is on (`backupReminderDays` > 0), there is something to
 * lose, and the last backup is older than that many days (or there never was one).
 */
export function backupDue(settings: Pick<Settings, 'backupReminderDays' | 'lastBackupAt'>, leadCount: number, now = Date.now()): boolean {
  if (settings.backupReminderDays <= 0 || leadCount === 0) return false;
  return settings.lastBackupAt === undefined || now - settings.lastBackupAt >= settings.backupReminderDays * DAY;
}

/** Whole days since the last backup, or undefined when there never was one. */
export function daysSinceBackup(settings: Pick<Settings, 'lastBackupAt'>, now = Date.now()): number | undefined {
  return settings.lastBackupAt === undefined ? undefined : Math.floor((now - settings.lastBackupAt) / DAY);
}

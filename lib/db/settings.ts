import type { Settings, SettingsInput } from '../model';
import { defaultSettings } from '../model';
import { parseForWrite, parseStored } from './records';
import { SETTINGS_KEY, type LeadlineDB } from './schema';
import { writeTx } from './tx';

/** The workspace settings; defaults when none are stored (or the stored ones are invalid, which is reported). */
export async function getSettings(db: LeadlineDB): Promise<Settings> {
  return parseStored('settings', await db.get('settings', SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
}

/** Changes some settings; the whole record is validated and written in one transaction. */
export async function updateSettings(db: LeadlineDB, patch: Partial<SettingsInput>): Promise<Settings> {
  return writeTx(db, ['settings'], async (tx) => {
    const current = parseStored('settings', await tx.store.get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
    const next = parseForWrite('settings', { ...current, ...patch });
    await tx.store.put(next, SETTINGS_KEY);
    return next;
  });
}

import { defaultSettings, type Settings, type SettingsInput } from '../model';
import { parseForWrite, parseStored } from './records';
import { SETTINGS_KEY, type LeadlineDB } from './schema';
import { writeTx } from './tx';
import { StaleRecordError } from '../forms';

/** The workspace settings; defaults when none are stored (or the stored ones are invalid, which is reported). */
export async function getSettings(db: LeadlineDB): Promise<Settings> {
  return parseStored('settings', await db.get('settings', SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
}

/**
 * Changes some settings; the whole record is validated and written in one transaction. With
 * `expected`, the write is refused (StaleRecordError) when any of those fields no longer holds the
 * value the caller based its change on (a form opened before an address was learned).
 */
export async function updateSettings(db: LeadlineDB, patch: Partial<SettingsInput>, expected?: Partial<Settings>): Promise<Settings> {
  return writeTx(db, ['settings'], async (tx) => {
    const current = parseStored('settings', await tx.store.get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
    for (const key of Object.keys(expected ?? {}) as (keyof Settings)[]) {
      if (JSON.stringify(current[key]) !== JSON.stringify(expected?.[key])) throw new StaleRecordError('Settings');
    }
    const next = parseForWrite('settings', { ...current, ...patch });
    await tx.store.put(next, SETTINGS_KEY);
    return next;
  });
}

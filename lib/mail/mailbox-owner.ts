import { parseForWrite, parseStored } from '../db/records';
import { SETTINGS_KEY, type LeadlineDB } from '../db/schema';
import { writeTx } from '../db/tx';
import { defaultSettings } from '../model';

/** At most this many addresses are kept as yours (the Settings schema's limit). */
const MAX_OWN_EMAILS = 20;

/**
 * Remembers the mailbox owner a Gmail or Outlook page shows as one of your addresses (Settings), so
 * it is never offered as a prospect and logged mail gets its direction. One transaction: two tabs
 * learning at once both end up in the list. Returns whether the address was new.
 */
export async function learnOwner(db: LeadlineDB, email: string): Promise<boolean> {
  const address = email.trim().toLowerCase();
  // Read first without writing: nearly always the address is known, and then no change event fires.
  const known = parseStored('settings', await db.get('settings', SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
  if (known.ownEmails.includes(address)) return false;
  return writeTx(db, ['settings'], async (tx) => {
    const current = parseStored('settings', await tx.store.get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
    if (current.ownEmails.includes(address) || current.ownEmails.length >= MAX_OWN_EMAILS) return false;
    await tx.store.put(parseForWrite('settings', { ...current, ownEmails: [...current.ownEmails, address] }), SETTINGS_KEY);
    return true;
  });
}

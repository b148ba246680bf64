import { type LeadlineDB, parseForWrite, parseStored, SETTINGS_KEY, writeTx } from '../db';
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
  if (known.ownEmails.includes(address) || known.notOwnEmails.includes(address)) return false;
  return writeTx(db, ['settings'], async (tx) => {
    const current = parseStored('settings', await tx.store.get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
    if (current.ownEmails.includes(address) || current.notOwnEmails.includes(address) || current.ownEmails.length >= MAX_OWN_EMAILS)
      return false;
    // Learned without asking: listed as new until the user keeps it or says it is not theirs.
    const learnedOwnEmails = [...current.learnedOwnEmails.filter((email) => email !== address), address].slice(-MAX_OWN_EMAILS);
    await tx.store.put(
      parseForWrite('settings', { ...current, ownEmails: [...current.ownEmails, address], learnedOwnEmails }),
      SETTINGS_KEY,
    );
    return true;
  });
}

/**
 * Answers the notice about a learned address: `keep` confirms it; `undo` removes it from your
 * addresses and remembers it is not yours, so it is never learned again.
 */
export async function answerLearnedOwner(db: LeadlineDB, email: string, answer: 'keep' | 'undo'): Promise<void> {
  await writeTx(db, ['settings'], async (tx) => {
    const current = parseStored('settings', await tx.store.get(SETTINGS_KEY), SETTINGS_KEY) ?? defaultSettings();
    const learnedOwnEmails = current.learnedOwnEmails.filter((address) => address !== email);
    const next =
      answer === 'keep'
        ? { ...current, learnedOwnEmails }
        : {
            ...current,
            learnedOwnEmails,
            ownEmails: current.ownEmails.filter((address) => address !== email),
            notOwnEmails: [...current.notOwnEmails.filter((address) => address !== email), email].slice(-50),
          };
    await tx.store.put(parseForWrite('settings', next), SETTINGS_KEY);
  });
}

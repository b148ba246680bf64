import type { Migration } from './types';

/**
 * National phones stored before 011 ("020 7946 0321") get their E.164 form from the numbering plans
 * and the lead's country (its addresses', company domain's or website's country code), as every
 * write does. The plans (libphonenumber-js) live in the pages that capture, import and edit, never in
 * the code every page runs to open the database, so this version only records the backfill as due
 * (`backfills` store, outside backups like the sync state); the background runs it in batches and
 * keeps its place there, so a stopped service worker resumes where it stopped
 * (lib/leads/phone-backfill.ts).
 */
export const phoneE164Backfill: Migration = {
  version: 12,
  name: 'phone E.164 backfill',
  up(db, tx) {
    if (!db.objectStoreNames.contains('backfills')) db.createObjectStore('backfills', { keyPath: 'id' });
    tx.objectStore('backfills').put({ id: 'phoneE164', after: '' });
  },
};

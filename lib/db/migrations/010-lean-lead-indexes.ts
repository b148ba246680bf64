import type { Migration } from './types';

/**
 * Leaner leads indexes: every index entry is written again on every put of a lead, so a bulk write
 * (an import, a restore) pays for each one. `emails` and `linkedinUrl` go: `identity` holds the
 * same values (`email:<address>`, `li:<profile URL>`), and their readers look them up there.
 * Recency keys keep two- and three-letter prefixes: with two only, a longer query word walks every
 * lead sharing its first two letters, which for a common pair and a rare word is most of a large
 * store (searchLeads in lib/db/leads.ts).
 */
export const leanLeadIndexes: Migration = {
  version: 10,
  name: 'lean lead indexes',
  up(_db, tx) {
    const leads = tx.objectStore('leads');
    for (const index of ['emails', 'linkedinUrl']) if (leads.indexNames.contains(index)) leads.deleteIndex(index);
  },
};

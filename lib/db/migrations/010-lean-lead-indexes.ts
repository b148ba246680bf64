import { rewriteEach } from './rewrite-each';
import type { Migration } from './types';

/**
 * Leaner leads indexes: every index entry is written again on every put of a lead, so a bulk write
 * (an import, a restore) pays for each one.
 * - `emails` and `linkedinUrl` go: `identity` holds the same values (`email:<address>`,
 *   `li:<profile URL>`), and their readers look them up there.
 * - Recency keys keep the first two letters of each search word only (`[prefix, updatedAt]`): a
 *   longer query word walks its two letters' newest leads and checks the rest of the word on the
 *   records, which it reads anyway. Every stored lead's keys are recomputed.
 * The derivation is copied here (migrations keep what they need as it was).
 */
export const leanLeadIndexes: Migration = {
  // The eighth migration on this branch (the file keeps its planned number; see index.ts).
  version: 8,
  name: 'lean lead indexes',
  up(_db, tx) {
    const leads = tx.objectStore('leads');
    for (const index of ['emails', 'linkedinUrl']) if (leads.indexNames.contains(index)) leads.deleteIndex(index);
    return rewriteEach(leads, (lead) => {
      const search = Array.isArray(lead.search) ? lead.search.filter((token): token is string => typeof token === 'string') : [];
      const updatedAt = typeof lead.updatedAt === 'number' ? lead.updatedAt : 0;
      const prefixes = [...new Set(search.map((token) => token.slice(0, 2)))];
      return { ...lead, recent: prefixes.map((prefix) => [prefix, updatedAt]) };
    });
  },
};

import { recencyKeys } from '../../keys';
import { rewriteEach } from './rewrite-each';
import type { Migration } from './types';

/**
 * Version 5: leads indexed by recency key (`[first two or three letters of a search token, updatedAt]`,
 * multiEntry), so search-as-you-type reads the newest leads matching a word instead of every match;
 * the keys computed for every lead already stored.
 */
export const recencyIndex: Migration = {
  version: 5,
  name: 'recency index for search',
  up(_db, tx) {
    const leads = tx.objectStore('leads');
    leads.createIndex('recent', 'recent', { multiEntry: true });
    return rewriteEach(leads, (lead) => {
      const search = Array.isArray(lead.search) ? lead.search.filter((token): token is string => typeof token === 'string') : [];
      const updatedAt = typeof lead.updatedAt === 'number' ? lead.updatedAt : 0;
      return { ...lead, recent: recencyKeys(search, updatedAt) };
    });
  },
};

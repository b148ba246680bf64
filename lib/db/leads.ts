import { queryWords } from '../leads/lead-search';
import type { Lead } from '../model';
import { parseStored, parseStoredAll } from './records';
import type { LeadlineDB } from './schema';

/** One lead by id (undefined when missing or invalid). */
export async function getLead(db: LeadlineDB, id: string): Promise<Lead | undefined> {
  return parseStored('leads', await db.get('leads', id), id);
}

/** The `limit` most recently updated leads, newest first, read through the `updatedAt` index. */
export async function recentLeads(db: LeadlineDB, limit: number): Promise<Lead[]> {
  const out: Lead[] = [];
  let cursor = await db.transaction('leads').store.index('updatedAt').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    const lead = parseStored('leads', cursor.value);
    if (lead) out.push(lead);
    cursor = await cursor.continue();
  }
  return out;
}

/** Every lead, newest update first. */
export async function allLeads(db: LeadlineDB): Promise<Lead[]> {
  const leads = parseStoredAll('leads', await db.getAllFromIndex('leads', 'updatedAt'));
  return leads.reverse();
}

/** How many leads are stored. */
export function countLeads(db: LeadlineDB): Promise<number> {
  return db.count('leads');
}

/**
 * Leads whose name, company or email words start with every word of `query`, newest update first.
 * Reads keys through the `search` index (prefix ranges), then at most `limit` records.
 */
export async function searchLeads(db: LeadlineDB, query: string, limit: number): Promise<Lead[]> {
  const words = queryWords(query);
  if (!words.length) return recentLeads(db, limit);
  const tx = db.transaction('leads');
  const index = tx.store.index('search');
  // The longest word is usually the most selective: start there, then intersect.
  const ordered = [...words].sort((a, b) => b.length - a.length);
  let ids: Set<string> | undefined;
  for (const word of ordered) {
    const keys = await index.getAllKeys(IDBKeyRange.bound(word, `${word}\uffff`));
    const found = new Set(keys);
    ids = ids ? new Set([...ids].filter((id) => found.has(id))) : found;
    if (!ids.size) return [];
  }
  const matches = ids ?? new Set<string>();
  const leads: Lead[] = [];
  if (matches.size > FETCH_DIRECTLY_BELOW) {
    // Many matches (a one-letter query): walk newest-first and stop at `limit`, instead of reading them all.
    let cursor = await tx.store.index('updatedAt').openCursor(null, 'prev');
    while (cursor && leads.length < limit) {
      if (matches.has(cursor.primaryKey)) {
        const lead = parseStored('leads', cursor.value);
        if (lead) leads.push(lead);
      }
      cursor = await cursor.continue();
    }
    return leads;
  }
  for (const id of matches) {
    const lead = parseStored('leads', await tx.store.get(id));
    if (lead) leads.push(lead);
  }
  leads.sort((a, b) => b.updatedAt - a.updatedAt);
  return leads.slice(0, limit);
}

/** Above this many matching keys, reading newest-first beats fetching every match and sorting. */
const FETCH_DIRECTLY_BELOW = 200;

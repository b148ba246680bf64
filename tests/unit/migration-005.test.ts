import { describe, expect, it } from 'vitest';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb, searchLeads } from '@/lib/db';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'recency index for search');
const T0 = 1_700_000_000_000;

// Leads exactly as version 4 stored them: search tokens, no recency keys.
const lead = (i: number) => ({
  id: `lead-${String(i).padStart(3, '0')}`,
  fullName: `Kenji Kestrel${i}`,
  emails: [],
  phones: [],
  company: 'Kestrel Aerospace',
  stage: 'new',
  notes: '',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'linkedin',
  provenance: {},
  editedFields: [],
  identity: [],
  search: ['kenji', `kestrel${i}`, 'kestrel', 'aerospace'],
  createdAt: T0,
  updatedAt: T0 + i,
});

describe('migration 005 (recency index)', () => {
  it('gives every stored lead its recency keys, so a common word finds the newest leads', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const name = 'upgrade-to-recency-index';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    // 250 leads: more than a rare word's 200, so the search reads the recency index.
    for (let i = 0; i < 250; i++) await old.put('leads', lead(i) as never);
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    // Recency keys hold two letters since the lean-indexes migration, which runs after this one.
    const keys = await db.getAllKeysFromIndex('leads', 'recent', IDBKeyRange.bound(['ke', -Infinity], ['ke', Infinity]));
    expect(keys).toHaveLength(250);
    expect(keys.at(-1)).toBe('lead-249');
    expect((await searchLeads(db, 'kestrel', 2)).map((found) => found.fullName)).toEqual(['Kenji Kestrel249', 'Kenji Kestrel248']);
    const stored = await getLead(db, 'lead-007');
    expect(stored?.recent).toEqual(['ke', 'ae'].map((prefix) => [prefix, T0 + 7]));
    expect(stored?.company).toBe('Kestrel Aerospace');
  });
});

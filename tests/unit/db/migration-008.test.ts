import { describe, expect, it } from 'vitest';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb } from '@/lib/db';
import { withSyncStores } from '@/lib/db/sync-stores';
import { updateLead } from '@/lib/leads/update-lead';
import { startTracking } from '@/lib/sync/tracking';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'sync outbox and state');
const T0 = 1_764_000_000_000;

// A lead exactly as version 7 stored it.
const lead = {
  id: 'lead-v7',
  fullName: 'Perpetua Loxley',
  emails: ['perpetua@marrowgate.example'],
  phones: [],
  emailGuesses: [],
  socialUrls: [],
  company: 'Marrowgate Cartography',
  stage: 'qualified',
  notes: 'Met at the map fair',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'manual',
  provenance: {},
  editedFields: [],
  identity: ['email:perpetua@marrowgate.example'],
  search: ['perpetua', 'loxley', 'marrowgate', 'cartography'],
  recent: [],
  emailDomains: ['marrowgate.example'],
  createdAt: T0,
  updatedAt: T0,
};

describe('migration 008 (sync outbox and state)', () => {
  it('keeps every lead and adds empty outbox, syncMeta and syncState stores', async () => {
    expect(BEFORE).toBe(7);
    const name = 'upgrade-to-sync-outbox';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    await old.put('leads', lead as never);
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toEqual(expect.arrayContaining(['outbox', 'syncMeta', 'syncState']));
    const stored = await getLead(db, 'lead-v7');
    expect(stored?.notes).toBe('Met at the map fair');
    expect(stored?.stage).toBe('qualified');
    // Nothing was queued by the upgrade; once a team server is set, the next edit is.
    expect(await withSyncStores(db).count('outbox')).toBe(0);
    await startTracking(db, { serverUrl: 'https://couch.marrowgate.example', database: 'maps' }, T0);
    await withSyncStores(db).clear('outbox');
    await updateLead(db, 'lead-v7', { fields: { title: 'Chief surveyor' } }, T0 + 1);
    expect(await withSyncStores(db).getAllKeys('outbox')).toContain('leads:lead-v7');
  });
});

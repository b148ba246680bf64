import { describe, expect, it } from 'vitest';
import { allLeads, DB_VERSION, leadTimeline, STORE_NAMES } from '@/lib/db';
import { checkBackup, parseBackupText, restoreBackup } from '@/lib/io/restore';
import { freshDb } from '../db-helpers';

const T = 1_760_000_000_000;

// A hand-edited backup whose names, company and notes carry display-reordering controls.
const lead = {
  id: 'lead-1',
  fullName: 'Nadia \u202eArotcod\u202c Okafor',
  firstName: '\u2067Nadia\u2069',
  emails: ['nadia@lumenbay.example'],
  phones: [],
  company: 'Lumen\u202d Bay',
  title: '\u200fCTO',
  stage: 'new',
  notes: 'Met at \u2066Expo\u2069',
  customFields: { team: 'Plat\u202eform' },
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'manual',
  provenance: {},
  editedFields: [],
  createdAt: T,
  updatedAt: T,
  identity: [],
  search: [],
  recent: [],
};
const activity = { id: 'act-1', leadId: 'lead-1', type: 'note', at: T, summary: 'Called \u202eNadia\u202c', details: {} };

function backup(): string {
  const stores: Record<string, unknown[]> = { leads: [lead], activities: [activity] };
  return JSON.stringify({
    format: 'leadline-backup',
    schemaVersion: DB_VERSION,
    createdAt: new Date(T).toISOString(),
    stores: Object.fromEntries(STORE_NAMES.map((store) => [store, stores[store] ?? []])),
    invalid: [],
  });
}

describe('restoring a backup removes bidirectional controls', () => {
  it('every restored text reads as it displays', async () => {
    const db = await freshDb();
    await restoreBackup(db, await checkBackup(parseBackupText(backup())), 'replace', T + 1);
    const [restored] = await allLeads(db);
    expect(restored).toMatchObject({
      fullName: 'Nadia Arotcod Okafor',
      firstName: 'Nadia',
      company: 'Lumen Bay',
      title: 'CTO',
      notes: 'Met at Expo',
      customFields: { team: 'Platform' },
    });
    expect((await leadTimeline(db, 'lead-1'))[0]!.summary).toBe('Called Nadia');
  });

  it('a merge restore into a profile with data strips them too', async () => {
    const db = await freshDb();
    await restoreBackup(db, await checkBackup(parseBackupText(backup())), 'replace', T + 1);
    const other = JSON.parse(backup()) as { stores: { leads: Array<Record<string, unknown>>; activities: unknown[] } };
    other.stores.leads[0] = { ...lead, id: 'lead-2', emails: ['ana@harbor.example'], fullName: 'Ana \u2068Ruiz\u2069' };
    other.stores.activities = [];
    await restoreBackup(db, await checkBackup(parseBackupText(JSON.stringify(other))), 'merge', T + 2);
    expect((await allLeads(db)).map((item) => item.fullName).sort()).toEqual(['Ana Ruiz', 'Nadia Arotcod Okafor']);
  });
});

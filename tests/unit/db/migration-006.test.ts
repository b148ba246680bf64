import { describe, expect, it } from 'vitest';
import { getAllRecords, MIGRATIONS, openLeadlineDb } from '@/lib/db';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'email domains index and evidence');
const T0 = 1_700_000_000_000;

// Leads exactly as version 5 stored them: no email statuses, no email domains.
const lead = (id: string, fullName: string, emails: string[]) => ({
  id,
  fullName,
  emails,
  phones: [],
  company: 'Fernhollow',
  stage: 'new',
  notes: '',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'linkedin',
  provenance: {},
  editedFields: [],
  identity: emails.map((email) => `email:${email}`),
  search: fullName.toLowerCase().split(' '),
  recent: [],
  createdAt: T0,
  updatedAt: T0,
});

describe('migration 006 (email domains and evidence)', () => {
  it('opens a version-5 database with every record intact and indexes company addresses by domain', async () => {
    expect(BEFORE).toBe(5);
    const name = 'upgrade-to-email-status';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    const records = [
      lead('a', 'Ravi Lindqvist', ['ravi.lindqvist@fernhollow.example', 'ravi@gmail.com']),
      lead('b', 'Noor Abernathy', ['noor.abernathy@fernhollow.example']),
      lead('c', 'Tomasz Wren', []),
      lead('d', 'Ines Halloran', ['ines@other.example', 'i.halloran@fernhollow.example']),
    ];
    for (const record of records) await old.put('leads', record as never);
    await old.put('activities', { id: 'act-1', leadId: 'a', type: 'note', at: T0, summary: 'Met at the fair', details: {} } as never);
    old.close();

    // Opened at version 6 itself: later migrations (007 recomputes identity keys) have tests of their own.
    const db = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE + 1) });
    expect(db.version).toBe(BEFORE + 1);
    expect(await db.getAllKeysFromIndex('leads', 'emailDomains', 'fernhollow.example')).toEqual(['a', 'b', 'd']);
    expect(await db.getAllKeysFromIndex('leads', 'emailDomains', 'gmail.com')).toEqual([]);
    expect(await db.getAllKeysFromIndex('leads', 'emailDomains', 'other.example')).toEqual(['d']);
    // Every stored record is still there, field for field; only the derived domains were added.
    expect(await db.get('leads', 'c')).toEqual(records[2]);
    expect(await db.get('leads', 'a')).toEqual({ ...records[0], emailDomains: ['fernhollow.example'] });
    expect(await db.get('activities', 'act-1')).toMatchObject({ summary: 'Met at the fair' });
    // Read through the schema: every address confirmed (nothing stored before was a guess).
    const leads = await getAllRecords(db, 'leads');
    expect(leads).toHaveLength(4);
    expect(leads.every((stored) => stored.emailGuesses.length === 0)).toBe(true);
    expect(await db.count('emailEvidence')).toBe(0);
  });
});

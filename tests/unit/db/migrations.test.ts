import { openDB } from 'idb';
import { describe, expect, it, vi } from 'vitest';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb, searchLeads } from '@/lib/db';

// Records exactly as version 1 stored them: no identity/search keys yet.
const V1_LEAD = {
  id: 'lead-v1',
  fullName: 'Hiroshi Nakamura',
  emails: ['hiroshi@kestrel.example'],
  phones: [],
  company: 'Kestrel Aerospace',
  linkedinUrl: 'https://www.linkedin.com/in/hiroshi-nakamura/',
  stage: 'qualified',
  notes: 'Met at the booth',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'manual',
  provenance: {},
  editedFields: [],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};
const V1_ACTIVITY = { id: 'act-v1', leadId: 'lead-v1', type: 'created', at: 1_700_000_000_000, summary: 'Added by hand', details: {} };

describe('migrations', () => {
  it('are numbered 1..n in order', () => {
    expect(MIGRATIONS.map((migration) => migration.version)).toEqual(MIGRATIONS.map((_, index) => index + 1));
    expect(DB_VERSION).toBe(MIGRATIONS.length);
  });

  it('upgrade a version 1 database with every record intact and the new lookups filled', async () => {
    const name = 'upgrade-from-v1';
    const v1 = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, 1) });
    expect(v1.version).toBe(1);
    await v1.put('leads', V1_LEAD as never);
    await v1.put('activities', V1_ACTIVITY as never);
    v1.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).toContain('companies');

    const lead = await getLead(db, 'lead-v1');
    expect(lead).toMatchObject(V1_LEAD);
    expect(lead?.identity).toEqual([
      'email:hiroshi@kestrel.example',
      'li:https://www.linkedin.com/in/hiroshi-nakamura/',
      'nc:hiroshi nakamura|kestrel aerospace',
    ]);
    expect(await db.get('activities', 'act-v1')).toEqual(V1_ACTIVITY);
    const { identity: _identity, search: _search, recent, emailDomains, phoneE164, ...rest } = (await db.get('leads', 'lead-v1'))!;
    expect(rest).toEqual(V1_LEAD);
    expect(phoneE164).toEqual([]); // migration 011: no phones, no E.164 forms
    expect(emailDomains).toEqual(['kestrel.example']);
    // Name, company and email words (hiroshi@kestrel.example) by their first two and three letters.
    const prefixes = ['hi', 'hir', 'na', 'nak', 'ke', 'kes', 'ae', 'aer', 'ex', 'exa'];
    expect(recent).toEqual(prefixes.map((prefix) => [prefix, V1_LEAD.updatedAt]));
    expect((await searchLeads(db, 'kestrel', 10)).map((found) => found.fullName)).toEqual(['Hiroshi Nakamura']);
    db.close();
  });

  it('roll back entirely when a migration fails', async () => {
    const name = 'failing-upgrade';
    const v1 = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, 1) });
    await v1.put('leads', V1_LEAD as never);
    v1.close();
    const broken = [
      MIGRATIONS[0]!,
      {
        version: 2,
        name: 'broken',
        up(db: IDBDatabase) {
          db.createObjectStore('half-made');
          throw new Error('boom');
        },
      },
    ];
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(openLeadlineDb({ name, migrations: broken })).rejects.toThrow();
    expect(logged).toHaveBeenCalledWith('Leadline: a database migration failed; the upgrade was rolled back', expect.any(Error));
    logged.mockRestore();
    const after = await openDB(name);
    expect(after.version).toBe(1);
    expect([...after.objectStoreNames]).not.toContain('half-made');
    expect(await after.get('leads', 'lead-v1')).toEqual(V1_LEAD);
    after.close();
  });
});

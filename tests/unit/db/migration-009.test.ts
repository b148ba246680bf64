import { describe, expect, it } from 'vitest';
import { DB_VERSION, getLead, getSettings, MIGRATIONS, openLeadlineDb, SETTINGS_KEY } from '@/lib/db';
import { updateLead } from '@/lib/leads';
import { listMembers, recordMember } from '@/lib/team/members';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'team members');
const T0 = 1_700_000_000_000;

// A lead and settings exactly as the previous version stored them: an owner typed as free text, no
// assignment rules, no members store.
const OLD_LEAD = {
  id: 'lead-ines',
  fullName: 'Inès Duarte',
  emails: ['ines@quillmark.example'],
  phones: [],
  emailGuesses: [],
  socialUrls: [],
  stage: 'contacted',
  owner: 'Maren',
  notes: '',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'manual',
  provenance: {},
  editedFields: [],
  identity: ['email:ines@quillmark.example'],
  search: ['ines', 'duarte'],
  recent: [],
  emailDomains: [],
  createdAt: T0,
  updatedAt: T0,
};

describe('migration 009 (team members)', () => {
  it('adds the members store and keeps every lead and setting as it was', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const name = 'upgrade-to-members';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    expect(old.objectStoreNames.contains('members')).toBe(false);
    await old.put('leads', OLD_LEAD as never);
    await old.put('settings', { currency: 'EUR', ownEmails: ['maren@quillmark.example'], taggingRules: [] } as never, SETTINGS_KEY);
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await getLead(db, 'lead-ines')).toMatchObject({ fullName: 'Inès Duarte', owner: 'Maren', stage: 'contacted' });
    const settings = await getSettings(db);
    expect([settings.currency, settings.ownEmails, settings.assignmentRules]).toEqual(['EUR', ['maren@quillmark.example'], []]);
    expect(await listMembers(db)).toEqual([]);

    // After the upgrade, a member joins and the old lead can be handed to them.
    await recordMember(db, { username: 'sam', displayName: 'Sam (sales)' }, T0 + 1);
    await updateLead(db, 'lead-ines', { deal: { owner: 'sam' }, actor: { username: 'dana', displayName: 'Dana (marketing)' } }, T0 + 2);
    expect((await getLead(db, 'lead-ines'))?.owner).toBe('sam');
    expect((await listMembers(db)).map((member) => member.displayName)).toEqual(['Sam (sales)']);
  });
});

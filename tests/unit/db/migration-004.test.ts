import { describe, expect, it } from 'vitest';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb } from '@/lib/db';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'first- and last-touch campaign indexes');

// Leads and a campaign exactly as the version before stored them.
const CAMPAIGN = {
  id: 'camp-q4',
  name: 'Q4 social',
  channel: 'linkedin',
  cost: 1200,
  notes: '',
  status: 'active',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
};
const lead = (id: string, fullName: string, extra: Record<string, unknown>) => ({
  id,
  fullName,
  emails: [],
  phones: [],
  stage: 'new',
  notes: '',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'linkedin',
  provenance: {},
  editedFields: [],
  identity: [],
  search: [],
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  ...extra,
});
const TAGGED = lead('lead-tagged', 'Ines Ibarra', {
  campaignIds: ['camp-q4'],
  firstTouchCampaignId: 'camp-q4',
  lastTouchCampaignId: 'camp-q4',
});
const HISTORY_ONLY = lead('lead-history', 'Lars Lindqvist', { firstTouchCampaignId: 'camp-q4' });
const UNTAGGED = lead('lead-plain', 'Vera Zeller', {});

describe('migration 004 (campaign touch indexes)', () => {
  it('upgrades the previous version with every record intact and finds leads by first and last touch', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const name = 'upgrade-to-touch-indexes';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    await old.put('campaigns', CAMPAIGN as never);
    for (const record of [TAGGED, HISTORY_ONLY, UNTAGGED]) await old.put('leads', record as never);
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    expect(await db.get('campaigns', 'camp-q4')).toEqual(CAMPAIGN);
    // Intact; later migrations add derived keys (recency keys: none, as these records have no search tokens).
    for (const record of [TAGGED, HISTORY_ONLY, UNTAGGED])
      expect(await db.get('leads', record.id)).toEqual({ ...record, recent: [], phoneE164: [] });
    expect((await getLead(db, 'lead-history'))?.fullName).toBe('Lars Lindqvist');

    expect((await db.getAllKeysFromIndex('leads', 'firstTouchCampaignId', 'camp-q4')).sort()).toEqual(['lead-history', 'lead-tagged']);
    expect(await db.getAllKeysFromIndex('leads', 'lastTouchCampaignId', 'camp-q4')).toEqual(['lead-tagged']);
    db.close();
  });
});

import { describe, expect, it } from 'vitest';
import { DB_VERSION, getLead, MIGRATIONS, openLeadlineDb, searchLeads } from '@/lib/db';
import { leadsAmong } from '@/lib/mail/mail-leads';
import { saveLead } from '@/lib/leads';

const BEFORE = MIGRATIONS.findIndex((migration) => migration.name === 'lean lead indexes');
const T0 = 1_700_000_000_000;

// Leads exactly as version 7 stored them: recency keys of two and three letters, `emails` and
// `linkedinUrl` indexed on their own.
const stored = (i: number, fields: Record<string, unknown> = {}) => ({
  id: `lead-${String(i).padStart(3, '0')}`,
  fullName: `Ottilie Brandvold${i}`,
  emails: [`ottilie.b${i}@fjordline.example`],
  phones: [],
  company: 'Fjordline Shipping',
  stage: 'new',
  notes: '',
  customFields: {},
  campaignIds: [],
  sourceTags: {},
  capturedFrom: 'gmail',
  provenance: {},
  editedFields: [],
  identity: [`email:ottilie.b${i}@fjordline.example`, `nc:ottilie brandvold${i}|fjordline shipping`],
  search: ['ottilie', `brandvold${i}`, 'fjordline', 'shipping', `ottilie.b${i}@fjordline.example`, 'example'],
  recent: ['ot', 'ott', 'br', 'bra', 'fj', 'fjo', 'sh', 'shi', 'ex', 'exa'].map((prefix) => [prefix, T0 + i]),
  emailDomains: ['fjordline.example'],
  createdAt: T0,
  updatedAt: T0 + i,
  ...fields,
});

describe('migration 010 (lean lead indexes)', () => {
  it('drops the emails and LinkedIn indexes, and every lead is still found by search, address and profile', async () => {
    expect(BEFORE).toBeGreaterThan(0);
    const name = 'upgrade-to-lean-lead-indexes';
    const old = await openLeadlineDb({ name, migrations: MIGRATIONS.slice(0, BEFORE) });
    expect([...old.transaction('leads').store.indexNames]).toEqual(expect.arrayContaining(['emails', 'linkedinUrl', 'recent']));
    // 260 leads: more than a rare word's 200, so "brand" is answered through the recency index.
    for (let i = 0; i < 260; i++) await old.put('leads', stored(i) as never);
    await old.put(
      'leads',
      stored(900, {
        fullName: 'Sunniva Haugland',
        company: 'Haugland Ferries',
        emails: ['Sunniva@Haugland.example'],
        linkedinUrl: 'https://www.linkedin.com/in/sunniva-haugland/',
        identity: [
          'email:sunniva@haugland.example',
          'li:https://www.linkedin.com/in/sunniva-haugland/',
          'nc:sunniva haugland|haugland ferries',
        ],
        search: ['sunniva', 'haugland', 'ferries', 'sunniva@haugland.example', 'example'],
        recent: ['su', 'sun', 'ha', 'hau', 'fe', 'fer', 'ex', 'exa'].map((prefix) => [prefix, T0 + 5000]),
        updatedAt: T0 + 5000,
      }) as never,
    );
    old.close();

    const db = await openLeadlineDb({ name });
    expect(db.version).toBe(DB_VERSION);
    const indexes = [...db.transaction('leads').store.indexNames];
    expect(indexes).not.toContain('emails');
    expect(indexes).not.toContain('linkedinUrl');
    expect(indexes).toEqual(expect.arrayContaining(['identity', 'search', 'recent', 'updatedAt', 'emailDomains', 'companyDomain']));

    const lead = await getLead(db, 'lead-007');
    expect(lead?.recent).toEqual(['ot', 'ott', 'br', 'bra', 'fj', 'fjo', 'sh', 'shi', 'ex', 'exa'].map((prefix) => [prefix, T0 + 7]));
    expect(lead?.fullName).toBe('Ottilie Brandvold7');
    expect(lead?.emails).toEqual(['ottilie.b7@fjordline.example']);

    // Search by a prefix, by a whole word, by two words, by an address.
    expect((await searchLeads(db, 'brand', 3)).map((found) => found.id)).toEqual(['lead-259', 'lead-258', 'lead-257']);
    expect((await searchLeads(db, 'brandvold42', 5)).map((found) => found.id)).toEqual(['lead-042']);
    expect((await searchLeads(db, 'ottilie brandvold13', 3)).map((found) => found.id)).toEqual(['lead-139', 'lead-138', 'lead-137']);
    expect((await searchLeads(db, 'haugland.example', 5)).map((found) => found.id)).toEqual(['lead-900']);
    expect((await searchLeads(db, 'haug', 5)).map((found) => found.fullName)).toEqual(['Sunniva Haugland']);
    // Mail pages find a lead by address through `identity`, whatever the case of the address.
    expect((await leadsAmong(db, ['SUNNIVA@haugland.example', 'nobody@haugland.example'])).map((found) => found.id)).toEqual(['lead-900']);
    // A capture by the LinkedIn profile finds the lead again through `identity`.
    const again = await saveLead(db, {
      patch: { fullName: 'Sunniva Haugland', linkedinUrl: 'https://www.linkedin.com/in/sunniva-haugland/' },
      origin: {
        kind: 'capture',
        provenance: { source: 'linkedin', url: 'https://www.linkedin.com/in/sunniva-haugland/', at: T0 + 6000 },
        strategies: {},
      },
    });
    expect(again.lead.id).toBe('lead-900');
    expect(await db.count('leads')).toBe(261);
  });
});

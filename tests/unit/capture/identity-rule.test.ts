import { beforeEach, describe, expect, it } from 'vitest';
import { allLeads, type LeadlineDB } from '@/lib/db';
import { saveDrafts } from '@/lib/capture/save-drafts';
import { saveLead, strongKeysDisagree, type LeadPatch, type MergeOrigin } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const capture: MergeOrigin = {
  kind: 'capture',
  provenance: { source: 'web', url: 'https://harbor-dental.example/team', at: 1 },
  strategies: {},
};

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

type Case = [description: string, stored: LeadPatch, incoming: LeadPatch, outcome: 'merge' | 'separate'];

const kai = { fullName: 'Kai Smith', company: 'Harbor Dental' };

describe('the identity rule: strong keys decide, name + company only when no strong key disagrees', () => {
  it.each<Case>([
    [
      'Kai Smith / Harbor Dental, different emails and LinkedIn URLs',
      { ...kai, emails: ['kai.smith@harbor-dental.example'], linkedinUrl: 'https://www.linkedin.com/in/kai-smith-dds/' },
      { ...kai, emails: ['ksmith@harbordental.example'], linkedinUrl: 'https://www.linkedin.com/in/kai-smith-7b21/' },
      'separate',
    ],
    [
      'same name and company, different emails only',
      { ...kai, emails: ['kai@harbor-dental.example'] },
      { ...kai, emails: ['kai.s@harbor-dental.example'] },
      'separate',
    ],
    [
      'same name and company, different LinkedIn profiles only',
      { ...kai, linkedinUrl: 'https://www.linkedin.com/in/kai-smith-dds/' },
      { ...kai, linkedinUrl: 'https://www.linkedin.com/in/kaismith/' },
      'separate',
    ],
    [
      'same name and company, different Sales Navigator ids',
      { ...kai, salesNavId: 'ACwAAA111' },
      { ...kai, salesNavId: 'ACwAAA222' },
      'separate',
    ],
    [
      'same name and company, one email, the other a LinkedIn URL (no kind on both sides)',
      { ...kai, emails: ['kai@harbor-dental.example'] },
      { ...kai, linkedinUrl: 'https://www.linkedin.com/in/kai-smith-dds/' },
      'merge',
    ],
    ['same name and company, no strong key at all', { ...kai }, { ...kai, title: 'Practice Manager' }, 'merge'],
    [
      'same name and company (spelt differently), emails in common',
      { ...kai, emails: ['kai@harbor-dental.example'] },
      { fullName: 'kai  SMITH', company: 'Harbor Dental Inc.', emails: ['KAI@harbor-dental.example', 'kai.home@mailbox.example'] },
      'merge',
    ],
    [
      'a shared email decides even when the names differ',
      { fullName: 'Kai Smith', emails: ['kai@harbor-dental.example'] },
      { fullName: 'Kaiden Smith', emails: ['kai@harbor-dental.example'] },
      'merge',
    ],
    [
      'a shared LinkedIn profile decides even when the emails differ',
      { ...kai, emails: ['kai@harbor-dental.example'], linkedinUrl: 'https://www.linkedin.com/in/kai-smith-dds/' },
      { ...kai, emails: ['kai@newclinic.example'], linkedinUrl: 'https://linkedin.com/in/Kai-Smith-DDS' },
      'merge',
    ],
    ['same name at another company, no strong keys', { ...kai }, { fullName: 'Kai Smith', company: 'Harbour Dentistry' }, 'separate'],
  ])('%s → %s', async (_description, stored, incoming, outcome) => {
    const first = await saveLead(db, { patch: stored, origin: { kind: 'import', at: 1 } }, 1000);
    const second = await saveLead(db, { patch: incoming, origin: capture }, 2000);
    const leads = await allLeads(db);
    if (outcome === 'merge') {
      expect(second.created).toBe(false);
      expect(second.lead.id).toBe(first.lead.id);
      expect(leads).toHaveLength(1);
    } else {
      expect(second.created).toBe(true);
      expect(leads).toHaveLength(2);
      // Neither record took the other's strong keys.
      const stored1 = leads.find((lead) => lead.id === first.lead.id)!;
      expect(stored1.emails).toEqual(first.lead.emails);
      expect(stored1.linkedinUrl).toBe(first.lead.linkedinUrl);
    }
  });

  it('lists the other Kai Smith as a possible duplicate, in the preview and after saving', async () => {
    const first = await saveLead(db, { patch: { ...kai, emails: ['kai.smith@harbor-dental.example'] }, origin: capture }, 1000);
    const second = await saveLead(db, { patch: { ...kai, emails: ['ksmith@harbordental.example'] }, origin: capture }, 2000);
    expect(second.possibleDuplicates).toEqual([{ id: first.lead.id, fullName: 'Kai Smith', company: 'Harbor Dental' }]);
  });

  it.each<[string, string[], string[], boolean]>([
    ['different X handles', ['social:x:kaismith'], ['social:x:kai_smith_dds'], true],
    ['an X handle and a GitHub login (different networks)', ['social:x:kaismith'], ['social:github:kaismith'], false],
    ['one email in common among several', ['email:a@x.example', 'email:b@x.example'], ['email:b@x.example'], false],
    ['emails with nothing in common', ['email:a@x.example'], ['email:c@x.example'], true],
    ['only the weak key on one side', ['nc:kai smith|harbor dental'], ['email:c@x.example', 'nc:kai smith|harbor dental'], false],
    ['a shared email but different Sales Navigator ids', ['email:a@x.example', 'sn:1'], ['email:a@x.example', 'sn:2'], true],
  ])('strongKeysDisagree: %s → %s', (_description, a, b, expected) => {
    expect(strongKeysDisagree(a, b)).toBe(expected);
    expect(strongKeysDisagree(b, a)).toBe(expected);
  });
});

describe('names are not renamed by longer captures', () => {
  const card = {
    source: 'web' as const,
    sourceUrl: 'https://meridian-dataconf.example/speakers/signe-vallgren',
    evidence: { fullName: 'JSON-LD Person' },
    fullName: 'Signe Vallgren',
    email: 'signe@vallgren-analytics.example',
    company: 'Vallgren Analytics',
  };
  const ogTitle = {
    source: 'web' as const,
    sourceUrl: 'https://meridian-dataconf.example/speakers/signe-vallgren',
    evidence: { fullName: 'OpenGraph title' },
    fullName: 'Signe Vallgren at Meridian DataConf 2026',
    email: 'signe@vallgren-analytics.example',
  };

  it.each([
    ['structured card first', [card, ogTitle]],
    ['OpenGraph title first', [ogTitle, card]],
  ])('two drafts of one person from one page (%s) leave one lead named Signe Vallgren', async (_order, drafts) => {
    await saveDrafts(db, drafts, 1000);
    const leads = await allLeads(db);
    expect(leads.map((lead) => lead.fullName)).toEqual(['Signe Vallgren']);
  });

  it('a stored name still takes a captured correction that is not the same name plus other words', async () => {
    await saveLead(db, { patch: { fullName: 'Signe Valgren', emails: ['signe@vallgren-analytics.example'] }, origin: capture }, 1000);
    const again = await saveLead(
      db,
      { patch: { fullName: 'Signe Vallgren', emails: ['signe@vallgren-analytics.example'] }, origin: capture },
      2000,
    );
    expect(again.lead.fullName).toBe('Signe Vallgren');
  });
});

describe('typed fields are the user’s', () => {
  it('a name typed in "Add a lead" survives a later capture of the same person', async () => {
    const added = await saveLead(
      db,
      {
        patch: { fullName: 'Katarzyna Wójcik', emails: ['k.wojcik@lindqvist-shipping.example'], title: 'COO' },
        origin: { kind: 'manual' },
      },
      1000,
    );
    expect(added.lead.editedFields).toEqual(expect.arrayContaining(['fullName', 'emails', 'title']));
    expect(added.lead.provenance.fullName?.source).toBe('manual');
    const again = await saveLead(
      db,
      {
        patch: {
          fullName: 'Kasia Wojcik',
          emails: ['k.wojcik@lindqvist-shipping.example'],
          title: 'Chief Operating Officer',
          location: 'Gdańsk',
        },
        origin: capture,
      },
      2000,
    );
    expect(again.lead).toMatchObject({ fullName: 'Katarzyna Wójcik', title: 'COO', location: 'Gdańsk' });
  });

  it('a name typed while reviewing a capture that equals the page’s is the user’s too', async () => {
    const first = await saveLead(
      db,
      { patch: { emails: ['tomas@brightwell.example'] }, typed: { fullName: 'Tomás Brightwell' }, origin: capture },
      1000,
    );
    expect(first.lead.editedFields).toContain('fullName');
    const again = await saveLead(db, { patch: { fullName: 'T. Brightwell', emails: ['tomas@brightwell.example'] }, origin: capture }, 2000);
    expect(again.lead.fullName).toBe('Tomás Brightwell');
  });
});

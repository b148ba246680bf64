import { beforeEach, describe, expect, it } from 'vitest';
import { allLeads, getLead, leadTimeline, type LeadlineDB } from '@/lib/db';
import { dismissDuplicate, listPossibleDuplicates, mergeLeads, possibleDuplicatesOf, saveLead, type MergeOrigin } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const capture: MergeOrigin = {
  kind: 'capture',
  provenance: { source: 'linkedin', url: 'https://www.linkedin.com/in/kai-smith-dds/', at: 1 },
  strategies: {},
};

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

async function twoKais() {
  const dentist = await saveLead(
    db,
    {
      patch: {
        fullName: 'Kai Smith',
        company: 'Harbor Dental',
        title: 'Dentist',
        emails: ['kai.smith@harbor-dental.example'],
        linkedinUrl: 'https://www.linkedin.com/in/kai-smith-dds/',
      },
      origin: capture,
    },
    1000,
  );
  const billing = await saveLead(
    db,
    {
      patch: {
        fullName: 'Kai Smith',
        company: 'Harbor Dental',
        title: 'Billing Lead',
        emails: ['ksmith@harbordental-billing.example'],
        phones: ['+1 555 0142'],
        location: 'Portland, OR',
      },
      origin: { kind: 'import', at: 2000 },
    },
    2000,
  );
  return { a: dentist.lead, b: billing.lead };
}

describe('possible duplicates', () => {
  it('lists two leads with the same name and company and says which strong keys differ', async () => {
    const { a, b } = await twoKais();
    await saveLead(db, { patch: { fullName: 'Ilse Zeller', company: 'Juniper Labs' }, origin: { kind: 'manual' } }, 3000);
    const pairs = await listPossibleDuplicates(db);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id, pair.differs])).toEqual([[a.id, b.id, ['email']]]);
    expect((await possibleDuplicatesOf(db, b)).map((pair) => pair.a.id)).toEqual([a.id]);
  });

  it('remembers "not the same person": the pair is not listed again, and a later save does not flag it', async () => {
    const { a, b } = await twoKais();
    await dismissDuplicate(db, a.id, b.id);
    expect(await listPossibleDuplicates(db)).toEqual([]);
    const again = await saveLead(
      db,
      { patch: { fullName: 'Kai Smith', company: 'Harbor Dental', emails: ['ksmith@harbordental-billing.example'] }, origin: capture },
      4000,
    );
    expect(again.lead.id).toBe(b.id);
    expect(again.possibleDuplicates).toEqual([]);
    expect((await getLead(db, a.id))?.updatedAt).toBe(1000);
  });

  it('merges field by field as chosen, keeping both timelines, and deletes the other record', async () => {
    const { a, b } = await twoKais();
    const merged = await mergeLeads(db, a.id, b.id, { title: 'b', emails: 'both', location: 'b' }, 5000);
    expect(merged).toMatchObject({
      id: a.id,
      title: 'Billing Lead',
      emails: ['kai.smith@harbor-dental.example', 'ksmith@harbordental-billing.example'],
      phones: ['+1 555 0142'],
      location: 'Portland, OR',
      linkedinUrl: 'https://www.linkedin.com/in/kai-smith-dds/',
    });
    expect(merged.provenance.title).toEqual({ source: 'import', at: 2000 });
    expect(await allLeads(db)).toHaveLength(1);
    const timeline = (await leadTimeline(db, a.id)).map((entry) => entry.summary);
    expect(timeline).toEqual(
      expect.arrayContaining(['Captured from LinkedIn', 'Imported', 'Merged with Kai Smith (Harbor Dental) by hand; both timelines kept']),
    );
    expect(await listPossibleDuplicates(db)).toEqual([]);
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { allLeads, leadTimeline, type LeadlineDB } from '@/lib/db';
import { deleteLead, restoreLead, saveLead, updateLead, type MergeOrigin } from '@/lib/leads';
import { freshDb } from '../db-helpers';

const linkedinCapture = (url = 'https://www.linkedin.com/in/greta-halvorsen/'): MergeOrigin => ({
  kind: 'capture',
  provenance: { source: 'linkedin', url, at: 1 },
  strategies: { fullName: 'page heading', title: 'embedded page data' },
});
const gmailCapture: MergeOrigin = {
  kind: 'capture',
  provenance: { source: 'gmail', url: 'https://mail.google.com/mail/u/0/#inbox/abc', at: 2 },
  strategies: { emails: 'sender attributes' },
};

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

describe('saveLead', () => {
  it('creates a lead with provenance and a "captured" activity', async () => {
    const result = await saveLead(
      db,
      {
        patch: { fullName: 'Greta Halvorsen', title: 'Head of Sales', linkedinUrl: 'https://www.linkedin.com/in/greta-halvorsen/' },
        origin: linkedinCapture(),
      },
      1000,
    );
    expect(result.created).toBe(true);
    expect(result.lead.provenance.title).toEqual({
      source: 'linkedin',
      url: 'https://www.linkedin.com/in/greta-halvorsen/',
      at: 1,
      strategy: 'embedded page data',
    });
    expect(result.lead.capturedFrom).toBe('linkedin');
    const timeline = await leadTimeline(db, result.lead.id);
    expect(timeline.map((a) => a.summary)).toEqual(['Captured from LinkedIn']);
  });

  it('merges the same email written in another case into the existing lead', async () => {
    await saveLead(
      db,
      { patch: { fullName: 'Greta Halvorsen', emails: ['Greta@Bluefin-Logistics.example'] }, origin: { kind: 'manual' } },
      1000,
    );
    const again = await saveLead(
      db,
      {
        patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.EXAMPLE'], phones: ['+1 555 0100'] },
        origin: gmailCapture,
      },
      2000,
    );
    expect(again.created).toBe(false);
    expect(again.changes.map((change) => change.field)).toEqual(['phones']);
    const leads = await allLeads(db);
    expect(leads).toHaveLength(1);
    expect(leads[0]).toMatchObject({ emails: ['greta@bluefin-logistics.example'], phones: ['+1 555 0100'], updatedAt: 2000 });
  });

  it.each([
    'https://www.linkedin.com/in/greta-halvorsen',
    'https://www.linkedin.com/in/Greta-Halvorsen/?trk=people-guest&miniProfileUrn=x',
    'https://no.linkedin.com/in/greta-halvorsen/details/experience/',
  ])('recognises the same profile at %s', async (url) => {
    await saveLead(db, {
      patch: { fullName: 'Greta Halvorsen', linkedinUrl: 'https://www.linkedin.com/in/greta-halvorsen/' },
      origin: linkedinCapture(),
    });
    const again = await saveLead(db, { patch: { fullName: 'Greta H.', linkedinUrl: url, title: 'CRO' }, origin: linkedinCapture(url) });
    expect(again.created).toBe(false);
    const leads = await allLeads(db);
    expect(leads).toHaveLength(1);
    expect(leads[0]?.linkedinUrl).toBe('https://www.linkedin.com/in/greta-halvorsen/');
    expect(leads[0]?.title).toBe('CRO');
  });

  it('ends two captures of one person racing from two tabs as one lead', async () => {
    const capture = (title: string) =>
      saveLead(db, { patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.example'], title }, origin: gmailCapture });
    const [first, second] = await Promise.all([capture('Head of Sales'), capture('Head of Sales')]);
    expect([first.created, second.created].sort()).toEqual([false, true]);
    expect(await allLeads(db)).toHaveLength(1);
    expect(first.lead.id).toBe(second.lead.id);
  });

  it('never overwrites a field the user typed, but fills empty ones', async () => {
    const { lead } = await saveLead(db, {
      patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.example'] },
      origin: { kind: 'manual' },
    });
    await updateLead(db, lead.id, { fields: { title: 'Chief Revenue Officer' } });
    const merged = await saveLead(db, {
      patch: { fullName: 'Greta Halvorsen', emails: ['greta@bluefin-logistics.example'], title: 'Head of Sales', location: 'Oslo, Norway' },
      origin: gmailCapture,
    });
    expect(merged.lead.title).toBe('Chief Revenue Officer');
    expect(merged.lead.location).toBe('Oslo, Norway');
    expect(merged.lead.provenance.location?.source).toBe('gmail');
  });

  it('refuses a lead without a name or email and writes nothing', async () => {
    await expect(saveLead(db, { patch: { title: 'CTO' }, origin: { kind: 'manual' } })).rejects.toThrow(
      'A lead needs a name or an email address',
    );
    expect(await db.count('leads')).toBe(0);
    expect(await db.count('activities')).toBe(0);
  });

  it('adds the active campaign as first and last touch, and keeps first touch later', async () => {
    const first = await saveLead(db, {
      patch: { fullName: 'Greta Halvorsen', emails: ['g@b.example'] },
      origin: gmailCapture,
      campaignIds: ['c1'],
    });
    expect(first.lead).toMatchObject({ campaignIds: ['c1'], firstTouchCampaignId: 'c1', lastTouchCampaignId: 'c1' });
    const second = await saveLead(db, { patch: { emails: ['g@b.example'] }, origin: gmailCapture, campaignIds: ['c2'] });
    expect(second.lead).toMatchObject({ campaignIds: ['c1', 'c2'], firstTouchCampaignId: 'c1', lastTouchCampaignId: 'c2' });
  });
});

describe('updateLead', () => {
  it('records a stage change in the timeline and clears a field emptied by the user', async () => {
    const { lead } = await saveLead(db, { patch: { fullName: 'Vera Ibarra', title: 'CTO' }, origin: { kind: 'manual' } }, 1000);
    const updated = await updateLead(db, lead.id, { fields: { title: '' }, deal: { stage: 'won', dealValue: 4200 } }, 5000);
    expect(updated).toMatchObject({ stage: 'won', dealValue: 4200, stageChangedAt: 5000, closedAt: 5000 });
    expect(updated.title).toBeUndefined();
    const summaries = (await leadTimeline(db, lead.id)).map((a) => a.summary);
    expect(summaries).toEqual(expect.arrayContaining(['Stage: New → Won', 'Edited title']));
  });

  it('rejects a negative deal value and leaves the lead as it was', async () => {
    const { lead } = await saveLead(db, { patch: { fullName: 'Vera Ibarra' }, origin: { kind: 'manual' } });
    await expect(updateLead(db, lead.id, { deal: { dealValue: -5, stage: 'won' } })).rejects.toThrow('Amounts cannot be negative');
    expect((await allLeads(db))[0]).toMatchObject({ stage: 'new' });
    expect(await leadTimeline(db, lead.id)).toHaveLength(1);
  });
});

describe('deleteLead', () => {
  it('removes the lead with its activities and puts everything back on undo', async () => {
    const { lead } = await saveLead(db, { patch: { fullName: 'Vera Ibarra' }, origin: { kind: 'manual' } });
    await updateLead(db, lead.id, { deal: { stage: 'contacted' } });
    const snapshot = await deleteLead(db, lead.id);
    expect(snapshot.activities).toHaveLength(2);
    expect(await db.count('leads')).toBe(0);
    expect(await db.count('activities')).toBe(0);
    await restoreLead(db, snapshot);
    expect((await allLeads(db))[0]).toEqual(snapshot.lead);
    expect(await leadTimeline(db, lead.id)).toHaveLength(2);
  });
});

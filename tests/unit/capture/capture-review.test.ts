import { beforeEach, describe, expect, it } from 'vitest';
import { draftErrors, editedFields, previewReviewed, saveReviewed, type Reviewed } from '@/lib/capture/review';
import { saveCompany } from '@/lib/companies/save-company';
import { allLeads, leadTimeline, updateSettings, type LeadlineDB } from '@/lib/db';
import { saveLead } from '@/lib/leads';
import type { ProspectDraft } from '@/lib/model';
import { freshDb } from '../db-helpers';

const URL = 'https://www.linkedin.com/in/rosa-marchetti/?utm_source=newsletter&utm_campaign=spring';
const rosa: ProspectDraft = {
  fullName: 'Rosa Marchetti',
  title: 'Procurement Lead',
  company: 'Ironbark Energy',
  linkedinUrl: 'https://www.linkedin.com/in/rosa-marchetti/',
  companyLinkedinUrl: 'https://www.linkedin.com/company/ironbark-energy/',
  source: 'linkedin',
  sourceUrl: URL,
  evidence: {
    fullName: 'page heading',
    title: 'headline',
    company: 'headline',
    linkedinUrl: 'page address',
    companyLinkedinUrl: 'experience section',
  },
};
const unchanged = (draft: ProspectDraft): Reviewed => ({ original: draft, edited: draft });

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

describe('saving reviewed drafts', () => {
  it('creates the lead with evidence as provenance, the active campaign, UTM tags and a "captured" activity', async () => {
    // The active campaign is also the one the link's utm_campaign names: one tag, no draft campaign.
    await db.put('campaigns', {
      id: 'camp-spring',
      name: 'Spring',
      channel: 'email',
      utmCampaign: 'spring',
      cost: 0,
      notes: '',
      status: 'active',
      createdAt: 1,
      updatedAt: 1,
    });
    await updateSettings(db, { activeCampaignId: 'camp-spring' });
    const [result] = await saveReviewed(db, [unchanged(rosa)], undefined, 5000);
    expect(result?.created).toBe(true);
    expect(result?.lead).toMatchObject({
      fullName: 'Rosa Marchetti',
      title: 'Procurement Lead',
      campaignIds: ['camp-spring'],
      sourceTags: { utm_source: 'newsletter', utm_campaign: 'spring' },
      capturedFrom: 'linkedin',
    });
    expect(result?.lead.provenance.title).toEqual({ source: 'linkedin', url: URL, at: 5000, strategy: 'headline' });
    expect((await leadTimeline(db, result!.lead.id)).map((activity) => activity.summary)).toEqual(['Captured from LinkedIn']);
  });

  it('keeps what the user typed in review as theirs: a later capture does not overwrite it', async () => {
    const edited = { ...rosa, title: 'Head of Procurement' };
    expect(editedFields({ original: rosa, edited })).toEqual(['title']);
    const [first] = await saveReviewed(db, [{ original: rosa, edited }]);
    expect(first?.lead.title).toBe('Head of Procurement');
    expect(first?.lead.editedFields).toEqual(['title']);
    expect(first?.lead.provenance.title?.source).toBe('manual');

    const later = await previewReviewed(db, unchanged(rosa));
    expect(later.existing?.id).toBe(first?.lead.id);
    expect(later.changes).toEqual([]);
    const [second] = await saveReviewed(db, [
      unchanged({ ...rosa, location: 'Turin, Italy', evidence: { ...rosa.evidence, location: 'top card' } }),
    ]);
    expect(second?.lead).toMatchObject({ title: 'Head of Procurement', location: 'Turin, Italy' });
    expect(await allLeads(db)).toHaveLength(1);
  });

  it('previews "already a lead" with a field-by-field diff', async () => {
    await saveLead(db, {
      patch: { fullName: 'Rosa Marchetti', linkedinUrl: 'https://www.linkedin.com/in/Rosa-Marchetti', title: 'Buyer' },
      origin: { kind: 'import', at: 1 },
    });
    const preview = await previewReviewed(db, unchanged(rosa));
    expect(preview.existing?.fullName).toBe('Rosa Marchetti');
    expect(preview.changes).toEqual([
      { field: 'title', before: 'Buyer', after: 'Procurement Lead' },
      { field: 'company', before: undefined, after: 'Ironbark Energy' },
    ]);
  });

  it('attaches a new lead to its company when the company is already saved', async () => {
    const { company } = await saveCompany(
      db,
      { name: 'Ironbark Energy', linkedinUrl: 'https://www.linkedin.com/company/ironbark-energy/', domain: 'ironbark.example' },
      { source: 'linkedin', at: 1 },
    );
    const [result] = await saveReviewed(db, [unchanged(rosa)]);
    expect(result?.lead.companyId).toBe(company.id);
  });

  it('names each problem with a typed value next to its field', () => {
    expect(draftErrors({ ...rosa, email: 'rosa@', websiteUrl: 'javascript:alert(1)' })).toEqual({
      email: 'Not a valid email address',
      websiteUrl: 'Only http:// and https:// links are allowed',
    });
    expect(draftErrors({ ...rosa, fullName: '' })).toMatchObject({ fullName: expect.any(String) as unknown });
    expect(draftErrors(rosa)).toEqual({});
  });
});

import { beforeEach, describe, expect, it } from 'vitest';
import { createCampaign, listCampaigns, previewCampaignTags, setCampaignStatus } from '@/lib/campaigns';
import { saveDrafts } from '@/lib/capture/save-drafts';
import { getSettings, leadTimeline, updateSettings, type LeadlineDB } from '@/lib/db';
import { ProspectDraftSchema, type ProspectDraftInput } from '@/lib/model';
import { freshDb } from '../db-helpers';

const NOV_10 = Date.UTC(2026, 10, 10, 12);
const DEC_02 = Date.UTC(2026, 11, 2, 12);

const draft = (input: Partial<ProspectDraftInput> = {}) =>
  ProspectDraftSchema.parse({
    fullName: 'Rosa Marchetti',
    linkedinUrl: 'https://www.linkedin.com/in/rosa-marchetti/',
    source: 'linkedin',
    sourceUrl: 'https://www.linkedin.com/in/rosa-marchetti/',
    ...input,
  });

const fields = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  channel: 'linkedin' as const,
  cost: 0,
  notes: '',
  status: 'active' as const,
  ...extra,
});

let db: LeadlineDB;
beforeEach(async () => {
  db = await freshDb();
});

describe('campaign tags on capture', () => {
  it('tags a capture with the active campaign as first and last touch, and says so in the timeline', async () => {
    const q4 = await createCampaign(db, fields('Q4 social'), 'USD', NOV_10);
    await updateSettings(db, { activeCampaignId: q4.id });
    const [saved] = await saveDrafts(db, [draft()], NOV_10);
    expect(saved?.lead).toMatchObject({ campaignIds: [q4.id], firstTouchCampaignId: q4.id, lastTouchCampaignId: q4.id });
    expect((await leadTimeline(db, saved!.lead.id)).map((a) => a.summary)).toEqual(['Captured from LinkedIn']);
  });

  it('keeps the first touch and moves the last touch when the person is captured again under another campaign', async () => {
    const q4 = await createCampaign(db, fields('Q4 social'), 'USD', NOV_10);
    const webinar = await createCampaign(db, fields('Autumn webinar', { channel: 'webinar' }), 'USD', NOV_10);
    await updateSettings(db, { activeCampaignId: q4.id });
    await saveDrafts(db, [draft()], NOV_10);
    await updateSettings(db, { activeCampaignId: webinar.id });
    await saveDrafts(db, [draft({ title: 'Procurement Lead' })], NOV_10 + 1000);
    await updateSettings(db, { activeCampaignId: q4.id });
    const [again] = await saveDrafts(db, [draft()], NOV_10 + 2000);
    expect(again?.lead).toMatchObject({
      campaignIds: [q4.id, webinar.id],
      firstTouchCampaignId: q4.id,
      lastTouchCampaignId: q4.id,
    });
  });

  it('tags a UTM-tagged page with the matching campaign, whatever the case', async () => {
    const webinar = await createCampaign(
      db,
      fields('Autumn webinar', { channel: 'webinar', utmCampaign: 'Autumn-Webinar' }),
      'USD',
      NOV_10,
    );
    const [saved] = await saveDrafts(
      db,
      [draft({ source: 'web', sourceUrl: 'https://www.acme.example/team?utm_campaign=autumn-webinar&utm_source=newsletter' })],
      NOV_10,
    );
    expect(saved?.lead.campaignIds).toEqual([webinar.id]);
    expect(saved?.lead.sourceTags).toEqual({ utm_campaign: 'autumn-webinar', utm_source: 'newsletter' });
    expect(await listCampaigns(db)).toHaveLength(1);
  });

  it('creates one draft campaign for an unclaimed utm_campaign, even when two captures race', async () => {
    const url = (who: string) => `https://www.acme.example/${who}?utm_campaign=spring-launch&utm_source=linkedin&utm_medium=social`;
    const [first, second] = await Promise.all([
      saveDrafts(db, [draft({ source: 'web', sourceUrl: url('a'), fullName: 'Ada Achterberg', linkedinUrl: undefined })], NOV_10),
      saveDrafts(db, [draft({ source: 'web', sourceUrl: url('b'), fullName: 'Bruno Brightwater', linkedinUrl: undefined })], NOV_10),
    ]);
    const campaigns = await listCampaigns(db);
    expect(campaigns).toHaveLength(1);
    expect(campaigns[0]).toMatchObject({
      name: 'spring-launch',
      status: 'draft',
      channel: 'linkedin',
      utmSource: 'linkedin',
      medium: 'social',
    });
    expect(first?.[0]?.lead.campaignIds).toEqual([campaigns[0]!.id]);
    expect(second?.[0]?.lead.campaignIds).toEqual([campaigns[0]!.id]);
  });

  it('applies a site-and-date rule only inside its dates', async () => {
    const q4 = await createCampaign(db, fields('Q4 social'), 'USD', NOV_10);
    await updateSettings(db, {
      timeZone: 'UTC',
      taggingRules: [{ id: 'r1', campaignId: q4.id, sources: ['linkedin'], from: '2026-11-01', to: '2026-11-30' }],
    });
    const [inside] = await saveDrafts(db, [draft()], NOV_10);
    const [gmail] = await saveDrafts(
      db,
      [
        draft({
          fullName: 'Greta Galloway',
          linkedinUrl: undefined,
          email: 'greta@foxglove.example',
          source: 'gmail',
          sourceUrl: 'https://mail.google.com/mail/u/0/',
        }),
      ],
      NOV_10,
    );
    const [after] = await saveDrafts(
      db,
      [draft({ fullName: 'Sven Szabo', linkedinUrl: 'https://www.linkedin.com/in/sven-szabo/' })],
      DEC_02,
    );
    expect(inside?.lead.campaignIds).toEqual([q4.id]);
    expect(gmail?.lead.campaignIds).toEqual([]);
    expect(after?.lead.campaignIds).toEqual([]);
  });

  it('leaves out the tags the person removed for this capture, including a draft not yet created', async () => {
    const q4 = await createCampaign(db, fields('Q4 social'), 'USD', NOV_10);
    await updateSettings(db, { activeCampaignId: q4.id });
    const page = draft({ sourceUrl: 'https://www.linkedin.com/in/rosa-marchetti/?utm_campaign=Spring-Launch' });
    const preview = await previewCampaignTags(db, page, await getSettings(db), NOV_10);
    expect(preview).toEqual([
      { campaignId: q4.id, name: 'Q4 social', reason: 'active' },
      { name: 'Spring-Launch', reason: 'utm-new' },
    ]);
    const [saved] = await saveDrafts(db, [page], NOV_10, { excludeCampaignIds: [q4.id, 'utm:spring-launch'] });
    expect(saved?.lead.campaignIds).toEqual([]);
    expect(saved?.lead.firstTouchCampaignId).toBeUndefined();
    expect(await listCampaigns(db)).toHaveLength(1);
  });

  it('stops tagging with an active campaign once it is archived', async () => {
    const q4 = await createCampaign(db, fields('Q4 social'), 'USD', NOV_10);
    await updateSettings(db, { activeCampaignId: q4.id });
    await setCampaignStatus(db, q4.id, 'archived', NOV_10);
    expect((await getSettings(db)).activeCampaignId).toBeUndefined();
    const [saved] = await saveDrafts(db, [draft()], NOV_10);
    expect(saved?.lead.campaignIds).toEqual([]);
  });
});

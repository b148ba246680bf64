import { beforeEach, describe, expect, it } from 'vitest';
import {
  CampaignInUseError,
  campaignUsage,
  changeWorkspaceCurrency,
  createCampaign,
  deleteCampaign,
  listCampaigns,
  tagLeads,
  untagLeads,
  updateCampaign,
} from '@/lib/campaigns';
import { getLead, getSettings, leadTimeline, updateSettings, type LeadlineDB } from '@/lib/db';
import { saveLead, updateLead } from '@/lib/leads';
import type { Campaign } from '@/lib/model';
import { freshDb } from '../db-helpers';

const fields = (name: string, extra: Record<string, unknown> = {}) => ({
  name,
  channel: 'linkedin' as const,
  cost: 0,
  notes: '',
  status: 'active' as const,
  ...extra,
});

let db: LeadlineDB;
let q4: Campaign;
let webinar: Campaign;
let ids: string[];

beforeEach(async () => {
  db = await freshDb();
  q4 = await createCampaign(db, fields('Q4 social', { cost: 1200 }), 'USD', 1000);
  webinar = await createCampaign(db, fields('Autumn webinar', { channel: 'webinar' }), 'USD', 1000);
  ids = [];
  for (const name of ['Ada Achterberg', 'Bruno Brightwater', 'Chiara Castellano']) {
    const { lead } = await saveLead(
      db,
      { patch: { fullName: name, emails: [`${name.split(' ')[0]!.toLowerCase()}@acme.example`] }, origin: { kind: 'manual' } },
      1000,
    );
    ids.push(lead.id);
  }
});

describe('bulk tagging', () => {
  it('tags the chosen leads once, sets first and last touch, and writes a timeline entry for each', async () => {
    expect(await tagLeads(db, ids.slice(0, 2), q4.id, 2000)).toEqual({ changed: 2, unchanged: 0, missing: 0 });
    expect(await tagLeads(db, [...ids, 'no-such-lead'], q4.id, 3000)).toEqual({ changed: 1, unchanged: 2, missing: 1 });
    const ada = await getLead(db, ids[0]!);
    expect(ada).toMatchObject({ campaignIds: [q4.id], firstTouchCampaignId: q4.id, lastTouchCampaignId: q4.id, updatedAt: 2000 });
    expect((await leadTimeline(db, ids[0]!)).map((a) => a.summary)).toEqual(['Tagged with campaign “Q4 social”', 'Added by hand']);
  });

  it('untags but keeps first/last touch as history, unless asked to clear attribution', async () => {
    await tagLeads(db, ids, q4.id, 2000);
    await tagLeads(db, ids, webinar.id, 3000);
    await untagLeads(db, [ids[0]!], q4.id, {}, 4000);
    expect(await getLead(db, ids[0]!)).toMatchObject({
      campaignIds: [webinar.id],
      firstTouchCampaignId: q4.id,
      lastTouchCampaignId: webinar.id,
    });

    await untagLeads(db, [ids[1]!], q4.id, { clearAttribution: true }, 4000);
    expect(await getLead(db, ids[1]!)).toMatchObject({
      campaignIds: [webinar.id],
      firstTouchCampaignId: webinar.id,
      lastTouchCampaignId: webinar.id,
    });
    expect((await leadTimeline(db, ids[1]!))[0]?.summary).toBe('Removed from campaign “Q4 social” (and its attribution)');
    expect(await campaignUsage(db, q4.id)).toEqual({ tagged: 1, attributionOnly: 1 });
  });

  it('refuses to tag with a campaign that no longer exists, changing nothing', async () => {
    await expect(tagLeads(db, ids, 'gone')).rejects.toThrow('That campaign no longer exists');
    expect((await getLead(db, ids[0]!))?.campaignIds).toEqual([]);
  });
});

describe('deleting a campaign', () => {
  beforeEach(async () => {
    await tagLeads(db, ids.slice(0, 2), q4.id, 2000);
    await untagLeads(db, [ids[1]!], q4.id, {}, 2500); // Bruno keeps q4 as first touch only.
    await updateSettings(db, { activeCampaignId: q4.id, taggingRules: [{ id: 'r', campaignId: q4.id, sources: ['linkedin'] }] });
  });

  it('is refused while leads reference it, naming how many, and nothing changes', async () => {
    const attempt = deleteCampaign(db, q4.id);
    await expect(attempt).rejects.toBeInstanceOf(CampaignInUseError);
    await expect(deleteCampaign(db, q4.id)).rejects.toThrow(
      '2 leads reference “Q4 social”: choose whether to remove their tags or move them to another campaign',
    );
    expect(await listCampaigns(db)).toHaveLength(2);
    expect((await getSettings(db)).activeCampaignId).toBe(q4.id);
  });

  it('removes its tags and attribution when asked, and clears the active campaign and its rules', async () => {
    expect(await deleteCampaign(db, q4.id, { kind: 'untag' }, 3000)).toEqual({ leadsChanged: 2 });
    expect(await getLead(db, ids[0]!)).toMatchObject({ campaignIds: [], firstTouchCampaignId: undefined, lastTouchCampaignId: undefined });
    expect((await getLead(db, ids[1]!))?.firstTouchCampaignId).toBeUndefined();
    expect((await leadTimeline(db, ids[0]!))[0]?.summary).toBe('Campaign “Q4 social” was deleted; tag removed');
    expect((await listCampaigns(db)).map((c) => c.name)).toEqual(['Autumn webinar']);
    const settings = await getSettings(db);
    expect(settings.activeCampaignId).toBeUndefined();
    expect(settings.taggingRules).toEqual([]);
  });

  it('moves tags, attribution and rules to another campaign when asked', async () => {
    await deleteCampaign(db, q4.id, { kind: 'move', toCampaignId: webinar.id }, 3000);
    expect(await getLead(db, ids[0]!)).toMatchObject({
      campaignIds: [webinar.id],
      firstTouchCampaignId: webinar.id,
      lastTouchCampaignId: webinar.id,
    });
    expect(await getLead(db, ids[1]!)).toMatchObject({ campaignIds: [], firstTouchCampaignId: webinar.id });
    expect((await leadTimeline(db, ids[0]!))[0]?.summary).toBe('Campaign “Q4 social” was deleted; moved to “Autumn webinar”');
    expect((await getSettings(db)).taggingRules.map((rule) => rule.campaignId)).toEqual([webinar.id]);
    await expect(deleteCampaign(db, webinar.id, { kind: 'move', toCampaignId: webinar.id })).rejects.toThrow(
      'Pick another existing campaign to move the leads to',
    );
  });

  it('deletes an unused campaign straight away', async () => {
    expect(await deleteCampaign(db, webinar.id)).toEqual({ leadsChanged: 0 });
    expect((await listCampaigns(db)).map((c) => c.name)).toEqual(['Q4 social']);
  });
});

describe('currency', () => {
  it('stamps amounts entered in the old currency when the workspace currency changes', async () => {
    await updateLead(db, ids[0]!, { deal: { dealValue: 5000 } }, 2000);
    await changeWorkspaceCurrency(db, 'eur');
    expect((await getSettings(db)).currency).toBe('EUR');
    expect(await getLead(db, ids[0]!)).toMatchObject({ dealValue: 5000, dealCurrency: 'USD' });
    expect((await getLead(db, ids[1]!))?.dealCurrency).toBeUndefined();
    expect((await listCampaigns(db)).find((c) => c.id === q4.id)).toMatchObject({ cost: 1200, currency: 'USD' });
    await expect(changeWorkspaceCurrency(db, 'euro')).rejects.toThrow('Use a three-letter currency code such as USD');
  });

  it('keeps the currency of an unchanged cost or deal value, and re-stamps a changed one', async () => {
    await updateLead(db, ids[0]!, { deal: { dealValue: 5000, dealCurrency: 'USD' } }, 2000);
    await updateLead(db, ids[0]!, { deal: { stage: 'qualified', dealValue: 5000 } }, 3000);
    expect((await getLead(db, ids[0]!))?.dealCurrency).toBe('USD');
    await updateLead(db, ids[0]!, { deal: { dealValue: 4000 } }, 4000);
    expect((await getLead(db, ids[0]!))?.dealCurrency).toBeUndefined();

    const edited = await updateCampaign(db, q4.id, { ...fields('Q4 social'), cost: 1200 }, 'EUR', 5000);
    expect(edited.currency).toBe('USD');
    expect((await updateCampaign(db, q4.id, { ...fields('Q4 social'), cost: 900 }, 'EUR', 5000)).currency).toBe('EUR');
  });
});

describe('deal changes in the timeline', () => {
  it('records the stage move and every deal field change', async () => {
    await updateLead(
      db,
      ids[0]!,
      { deal: { stage: 'won', dealValue: 12500, dealCurrency: 'USD', expectedCloseDate: '2026-12-01', owner: 'Sven' } },
      2000,
    );
    await updateLead(db, ids[0]!, { deal: { stage: 'lost', lostReason: 'Chose another vendor' } }, 3000);
    // Entries of one edit share a timestamp, so compare each edit's entries as a set.
    const byEdit = (await leadTimeline(db, ids[0]!)).map((a) => `${a.at} ${a.summary}`).sort();
    expect(byEdit).toEqual([
      '1000 Added by hand',
      // A change of owner is an assignment, on a line of its own.
      '2000 Assigned to Sven',
      '2000 Deal value: — → 12500 USD · Expected close date: — → 2026-12-01',
      '2000 Stage: New → Won',
      '3000 Lost reason: — → Chose another vendor',
      '3000 Stage: Won → Lost',
    ]);
  });
});

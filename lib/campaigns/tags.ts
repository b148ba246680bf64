import { type LeadlineDB, parseForWrite, parseStored, writeTx } from '../db';
import { withCampaigns } from '../leads';
import { newId, type Activity, type Lead } from '../model';

/** What a tag change did to one lead. */
type TagFields = Pick<Lead, 'campaignIds' | 'firstTouchCampaignId' | 'lastTouchCampaignId'>;

/**
 * A lead without one campaign tag. First and last touch are attribution history and stay unless
 * `clearAttribution` is set; then they fall back to the earliest and the newest remaining tag.
 */
export function withoutCampaign<T extends TagFields>(lead: T, campaignId: string, clearAttribution: boolean): T {
  const campaignIds = lead.campaignIds.filter((id) => id !== campaignId);
  if (!clearAttribution) return campaignIds.length === lead.campaignIds.length ? lead : { ...lead, campaignIds };
  return {
    ...lead,
    campaignIds,
    firstTouchCampaignId: lead.firstTouchCampaignId === campaignId ? campaignIds[0] : lead.firstTouchCampaignId,
    lastTouchCampaignId: lead.lastTouchCampaignId === campaignId ? campaignIds[campaignIds.length - 1] : lead.lastTouchCampaignId,
  };
}

/** A lead with every mention of campaign `from` (tag and attribution) moved to `to`. */
export function withCampaignReplaced<T extends TagFields>(lead: T, from: string, to: string): T {
  const campaignIds = [...new Set(lead.campaignIds.map((id) => (id === from ? to : id)))];
  return {
    ...lead,
    campaignIds,
    firstTouchCampaignId: lead.firstTouchCampaignId === from ? to : lead.firstTouchCampaignId,
    lastTouchCampaignId: lead.lastTouchCampaignId === from ? to : lead.lastTouchCampaignId,
  };
}

function sameTags(a: TagFields, b: TagFields): boolean {
  return (
    a.campaignIds.join('\n') === b.campaignIds.join('\n') &&
    a.firstTouchCampaignId === b.firstTouchCampaignId &&
    a.lastTouchCampaignId === b.lastTouchCampaignId
  );
}

/** How many leads a bulk tag change touched, and how many it found already as asked. */
export interface BulkTagResult {
  changed: number;
  unchanged: number;
  missing: number;
}

type Change = (lead: Lead) => Lead;

async function changeTags(
  db: LeadlineDB,
  leadIds: readonly string[],
  campaignId: string,
  change: Change,
  describe: (campaignName: string) => Pick<Activity, 'type' | 'summary'>,
  now: number,
): Promise<BulkTagResult> {
  return writeTx(db, ['leads', 'activities', 'campaigns'], async (tx) => {
    const campaign = parseStored('campaigns', await tx.objectStore('campaigns').get(campaignId), campaignId);
    if (!campaign) throw new Error('That campaign no longer exists');
    const leads = tx.objectStore('leads');
    const activities = tx.objectStore('activities');
    // Queue every read, then every write, before awaiting: one round trip instead of one per lead.
    const raws = await Promise.all(leadIds.map((id) => leads.get(id)));
    const result: BulkTagResult = { changed: 0, unchanged: 0, missing: 0 };
    const writes: Promise<unknown>[] = [];
    const { type, summary } = describe(campaign.name);
    raws.forEach((raw, index) => {
      const lead = parseStored('leads', raw, leadIds[index]);
      if (!lead) {
        result.missing += 1;
        return;
      }
      const next = change(lead);
      if (sameTags(lead, next)) {
        result.unchanged += 1;
        return;
      }
      result.changed += 1;
      writes.push(leads.put(parseForWrite('leads', { ...next, updatedAt: Math.max(now, lead.updatedAt) })));
      const entry: Activity = { id: newId(), leadId: lead.id, type, at: now, summary, details: { campaignId, campaign: campaign.name } };
      writes.push(activities.put(parseForWrite('activities', entry)));
    });
    await Promise.all(writes);
    return result;
  });
}

/** Tags leads with a campaign in one transaction; each tagged lead's timeline says so. */
export function tagLeads(db: LeadlineDB, leadIds: readonly string[], campaignId: string, now = Date.now()): Promise<BulkTagResult> {
  return changeTags(
    db,
    leadIds,
    campaignId,
    (lead) => (lead.campaignIds.includes(campaignId) ? lead : withCampaigns(lead, [campaignId])),
    (name) => ({ type: 'campaign-tagged', summary: `Tagged with campaign “${name}”` }),
    now,
  );
}

/**
 * Removes a campaign tag from leads in one transaction. First/last-touch attribution stays as
 * history unless `clearAttribution` (for a tag that was a mistake).
 */
export function untagLeads(
  db: LeadlineDB,
  leadIds: readonly string[],
  campaignId: string,
  options: { clearAttribution?: boolean } = {},
  now = Date.now(),
): Promise<BulkTagResult> {
  const clear = options.clearAttribution ?? false;
  return changeTags(
    db,
    leadIds,
    campaignId,
    (lead) => withoutCampaign(lead, campaignId, clear),
    (name) => ({
      type: 'campaign-untagged',
      summary: clear ? `Removed from campaign “${name}” (and its attribution)` : `Removed from campaign “${name}”`,
    }),
    now,
  );
}

import { type LeadlineDB, parseForWrite, parseStoredAll, writeTx } from '../db';
import type { SaveLeadInput } from '../leads';
import { newId, type Campaign, type ProspectDraft, type Settings } from '../model';
import { campaignsFromRules, draftCampaignFromUtm, findUtmCampaign, localIsoDate, normaliseUtm } from './rules';
import { utmTags } from './utm';

/** Why a capture gets a campaign tag. */
export type TagReason = 'rule' | 'active' | 'utm' | 'utm-new';

/** One campaign a capture will be tagged with; `campaignId` is absent for a draft not created yet. */
export interface PlannedTag {
  campaignId?: string;
  name: string;
  reason: TagReason;
}

/** Options of one save: tags the person removed for this capture ("not for this lead"), by `tagKey`. */
export interface CampaignTagOptions {
  excludeCampaignIds?: readonly string[];
}

/** A planned tag's key: its campaign id, or `utm:<utm_campaign>` for a draft campaign not created yet. */
export function tagKey(tag: PlannedTag): string {
  return tag.campaignId ?? `utm:${normaliseUtm(tag.name)}`;
}

/**
 * The campaign tags a draft gets, in the order they are applied (rules, the active campaign, then
 * the page's UTM campaign, which so becomes the last touch). Pure; a UTM campaign nobody claims
 * appears as `utm-new`, without an id.
 */
export function planCampaignTags(
  draft: Pick<ProspectDraft, 'source' | 'sourceUrl'>,
  settings: Pick<Settings, 'activeCampaignId' | 'taggingRules' | 'timeZone'>,
  campaigns: readonly Campaign[],
  now: number,
): PlannedTag[] {
  const byId = new Map(campaigns.map((campaign) => [campaign.id, campaign]));
  const planned: PlannedTag[] = [];
  const add = (campaign: Campaign | undefined, reason: TagReason) => {
    if (!campaign || campaign.status === 'archived' || planned.some((tag) => tag.campaignId === campaign.id)) return;
    planned.push({ campaignId: campaign.id, name: campaign.name, reason });
  };
  const capture = { source: draft.source, url: draft.sourceUrl, date: localIsoDate(now, settings.timeZone) };
  for (const id of campaignsFromRules(settings.taggingRules, capture)) add(byId.get(id), 'rule');
  if (settings.activeCampaignId) add(byId.get(settings.activeCampaignId), 'active');
  const tags = utmTags(draft.sourceUrl);
  if (tags.utm_campaign) {
    const match = findUtmCampaign(campaigns, tags);
    // A link to an archived campaign still says where the lead came from: tag it anyway.
    if (match) {
      if (!planned.some((tag) => tag.campaignId === match.id)) planned.push({ campaignId: match.id, name: match.name, reason: 'utm' });
    } else planned.push({ name: tags.utm_campaign, reason: 'utm-new' });
  }
  return planned;
}

/** What the capture panel shows before saving: the tags this draft would get. */
export async function previewCampaignTags(
  db: LeadlineDB,
  draft: Pick<ProspectDraft, 'source' | 'sourceUrl'>,
  settings: Settings,
  now = Date.now(),
): Promise<PlannedTag[]> {
  return planCampaignTags(draft, settings, parseStoredAll('campaigns', await db.getAll('campaigns')), now);
}

/**
 * Finds the campaign a UTM-tagged page points at or creates it as a draft, in one transaction over
 * campaigns, so two captures racing with the same new `utm_campaign` end with one draft.
 */
async function ensureUtmCampaign(db: LeadlineDB, draft: Pick<ProspectDraft, 'sourceUrl'>, now: number): Promise<Campaign> {
  const tags = utmTags(draft.sourceUrl);
  return writeTx(db, ['campaigns'], async (tx) => {
    const existing = findUtmCampaign(parseStoredAll('campaigns', await tx.store.getAll()), tags);
    if (existing) return existing;
    const created = parseForWrite('campaigns', draftCampaignFromUtm(tags, draft.sourceUrl, newId(), now));
    await tx.store.put(created);
    return created;
  });
}

/**
 * Returns the function `saveDrafts` runs on each draft's save input: it adds the campaign tags of
 * the rules, the active campaign and the page's UTM campaign (creating a draft campaign when none
 * matches), minus those the person removed for this capture. Campaigns are read once per batch.
 */
export function campaignTagger(db: LeadlineDB, settings: Settings, now: number, options: CampaignTagOptions = {}) {
  let campaigns: Campaign[] | undefined;
  const excluded = new Set(options.excludeCampaignIds ?? []);
  return async (draft: ProspectDraft, input: SaveLeadInput): Promise<SaveLeadInput> => {
    campaigns ??= parseStoredAll('campaigns', await db.getAll('campaigns'));
    const ids: string[] = [];
    for (const tag of planCampaignTags(draft, settings, campaigns, now)) {
      if (excluded.has(tagKey(tag))) continue;
      let id = tag.campaignId;
      if (!id) {
        const created = await ensureUtmCampaign(db, draft, now);
        if (!campaigns.some((campaign) => campaign.id === created.id)) campaigns.push(created);
        id = created.id;
      }
      ids.push(id);
    }
    // The plan replaces the input's campaigns: it covers the active campaign, if it still exists and is live.
    return { ...input, campaignIds: [...new Set(ids)] };
  };
}

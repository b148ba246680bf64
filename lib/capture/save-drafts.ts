import { campaignTagger, type CampaignTagOptions, utmTags } from '../campaigns';
import { getSettings, type LeadlineDB } from '../db';
import { DRAFT_TO_LEAD_FIELD, type MergeOrigin, patchFromDraft, saveLead, type SaveLeadInput, type SaveLeadResult } from '../leads';
import type { LeadField, ProspectDraft } from '../model';

/** How a captured draft is saved: its fields, where each came from, and its campaign context. */
export function draftToSaveInput(draft: ProspectDraft, activeCampaignId: string | undefined, now: number): SaveLeadInput {
  const strategies: Partial<Record<LeadField, string>> = {};
  for (const [draftField, strategy] of Object.entries(draft.evidence)) {
    const field = DRAFT_TO_LEAD_FIELD[draftField as keyof ProspectDraft];
    if (field && strategy) strategies[field] = strategy;
  }
  const origin: MergeOrigin = {
    kind: 'capture',
    provenance: { source: draft.source, url: draft.sourceUrl, at: now },
    strategies,
  };
  return {
    patch: patchFromDraft(draft),
    origin,
    campaignIds: activeCampaignId ? [activeCampaignId] : [],
    sourceTags: utmTags(draft.sourceUrl),
    ...(draft.engagement ? { engagement: draft.engagement } : {}),
  };
}

/** Saves every person among `drafts` (company-only drafts are skipped), each deduplicated. */
export async function saveDrafts(
  db: LeadlineDB,
  drafts: readonly ProspectDraft[],
  now = Date.now(),
  campaignOptions: CampaignTagOptions = {},
): Promise<SaveLeadResult[]> {
  const settings = await getSettings(db);
  // Campaign tags: auto-tagging rules, the active campaign and the page's UTM campaign (lib/campaigns).
  const tagCampaigns = campaignTagger(db, settings, now, campaignOptions);
  const results: SaveLeadResult[] = [];
  for (const draft of drafts) {
    if (draft.kind === 'company' || (!draft.fullName && !draft.email && !draft.firstName)) continue;
    results.push(await saveLead(db, await tagCampaigns(draft, draftToSaveInput(draft, settings.activeCampaignId, now)), now));
  }
  return results;
}

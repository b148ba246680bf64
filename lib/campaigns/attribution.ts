import type { Lead } from '../model';

/** Which campaigns a lead counts for in a report. */
export type AttributionModel = 'any' | 'first' | 'last';

export const ATTRIBUTION_MODELS = ['any', 'first', 'last'] as const satisfies readonly AttributionModel[];

/** Labels shown to people. */
export const ATTRIBUTION_LABELS: Record<AttributionModel, string> = {
  any: 'Every tagged campaign',
  first: 'First touch',
  last: 'Last touch',
};

/** The lead fields attribution reads. */
export type AttributionFields = Pick<Lead, 'campaignIds' | 'firstTouchCampaignId' | 'lastTouchCampaignId'>;

/**
 * The campaigns a lead is credited to: every current tag (`any`), or only its first- or last-touch
 * campaign. Touches are history: they stay after the tag is removed, so a lead untagged later still
 * counts for the campaign that brought it in under first touch.
 */
export function attributedCampaignIds(lead: AttributionFields, model: AttributionModel): readonly string[] {
  if (model === 'any') return lead.campaignIds;
  const id = model === 'first' ? lead.firstTouchCampaignId : lead.lastTouchCampaignId;
  return id ? [id] : [];
}

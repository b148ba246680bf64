export {
  CAMPAIGN_FORM_LABELS,
  campaignFormFrom,
  changedCampaignFields,
  parseCampaignForm,
  type CampaignFields,
  type CampaignFormErrors,
  type CampaignFormInput,
} from './campaign-form';
export {
  CampaignInUseError,
  campaignUsage,
  createCampaign,
  deleteCampaign,
  listCampaigns,
  setCampaignStatus,
  taggedCounts,
  updateCampaign,
  type CampaignDisposition,
} from './campaigns';
export { changeWorkspaceCurrency } from './currency';
export { parseMoneyInput } from './money-input';
export {
  campaignsFromRules,
  channelFromUtm,
  describeRule,
  draftCampaignFromUtm,
  findUtmCampaign,
  localIsoDate,
  ruleMatches,
} from './rules';
export { campaignTagger, type CampaignTagOptions, planCampaignTags, type PlannedTag, previewCampaignTags, tagKey } from './tagger';
export { tagLeads, untagLeads, type BulkTagResult } from './tags';
export { attributedCampaignIds, ATTRIBUTION_LABELS, ATTRIBUTION_MODELS, type AttributionModel } from './attribution';
export { utmTags } from './utm';

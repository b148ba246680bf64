// Key helpers callers have long taken from here; they live in lib/keys.
export {
  identityKeys,
  normaliseLinkedinCompanyUrl,
  normaliseLinkedinProfileUrl,
  salesNavIdFromUrl,
  searchTokens,
  strongKeysDisagree,
} from '../keys';
export { deleteLead, restoreLead } from './delete-lead';
export {
  MERGE_FIELDS,
  defaultChoices,
  dismissDuplicate,
  listPossibleDuplicates,
  mergeLeads,
  possibleDuplicatesOf,
  type DuplicatePair,
  type MergeChoice,
  type MergeField,
} from './duplicates';
export { cleanPatch, DRAFT_TO_LEAD_FIELD, type LeadPatch, patchFromDraft } from './lead-fields';
export { LEAD_FORM_LABELS, leadEditFromForm, leadFormFrom, parseLeadForm, type LeadFormErrors, type LeadFormInput } from './lead-form';
export { fieldText, type FieldChange, type FieldValue, type MergeOrigin } from './lead-merge';
export {
  DEFAULT_SORT,
  EMPTY_FILTERS,
  NO_CAMPAIGN_FILTER,
  NO_OWNER_FILTER,
  filterLeadRows,
  filtersFromQuery,
  filtersToQuery,
  hasFilters,
  siteSource,
  sortLeadRows,
  type LeadSort,
  type LeadTableFilters,
  type SortKey,
} from './lead-table';
export {
  activityFor,
  createLead,
  draftLead,
  mergeIntoLead,
  previewSave,
  saveLead,
  type SaveLeadInput,
  type SaveLeadResult,
  withCampaigns,
} from './save-lead';
export { backfillPhoneE164 } from './phone-backfill';
export { dealValueRequest, stageMoveEdit, type StageMoveDetails } from './stage-move';
export { updateLead, type LeadEdit } from './update-lead';
export {
  addGuessedEmail,
  approveGuessedEmail,
  companyDomainFor,
  confirmedActivity,
  confirmGuessedEmails,
  evidenceFromParticipants,
  likelyEmailFor,
  type LikelyEmailView,
  type PersonForGuess,
  recordSeenAddresses,
} from './likely-email';
export { countryOfEmail, phoneE164, phoneIdentity, phoneParts } from './phone-numbers';
export { eraseLead, type ErasePreview, previewErase } from './erase-lead';

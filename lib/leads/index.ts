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
export { type LeadPatch } from './lead-fields';
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
export { saveLead, type SaveLeadResult } from './save-lead';
export { dealValueRequest, stageMoveEdit, type StageMoveDetails } from './stage-move';
export { updateLead, type LeadEdit } from './update-lead';

/**
 * The fields a CSV column can feed. The person fields carry the ProspectDraft names (lib/model/draft.ts);
 * the rest are Leadline's own columns (deal, notes, campaigns, id) and custom fields.
 */
export const IMPORT_FIELDS = [
  'id',
  'fullName',
  'firstName',
  'lastName',
  'email',
  'otherEmails',
  'emailStatus',
  'phone',
  'otherPhones',
  'title',
  'company',
  'companyDomain',
  'location',
  'linkedinUrl',
  'salesNavId',
  'websiteUrl',
  'socialProfiles',
  'stage',
  'dealValue',
  'expectedCloseDate',
  'lostReason',
  'owner',
  'notes',
  'campaigns',
  'createdAt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Columns mapped to `custom.<key>` become the lead's custom field `<key>`. */
export const CUSTOM_PREFIX = 'custom.';

/** A mapping target: a known field, a custom field, or '' for "ignore this column". */
export type MappingTarget = ImportField | `custom.${string}` | '';

/** Labels the mapping editor shows. */
export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  id: 'Leadline ID',
  fullName: 'Full name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  otherEmails: 'Other emails',
  emailStatus: 'Email status',
  phone: 'Phone',
  otherPhones: 'Other phones',
  title: 'Title',
  company: 'Company',
  companyDomain: 'Company domain',
  location: 'Location',
  linkedinUrl: 'LinkedIn URL',
  salesNavId: 'Sales Navigator ID',
  websiteUrl: 'Website',
  socialProfiles: 'Social profiles',
  stage: 'Stage',
  dealValue: 'Deal value',
  expectedCloseDate: 'Expected close date',
  lostReason: 'Lost reason',
  owner: 'Owner',
  notes: 'Notes',
  campaigns: 'Campaigns',
  createdAt: 'Created',
};

/** Fields several columns may feed at once: values are collected (emails, phones) or joined (location). */
export const LIST_FIELDS: ReadonlySet<ImportField> = new Set(['email', 'otherEmails', 'phone', 'otherPhones', 'campaigns']);

/** Separator for several values in one cell (other emails, other phones, campaigns). */
export const VALUE_SEPARATOR = '; ';

/** True for a valid mapping target. */
export function isMappingTarget(value: string): value is MappingTarget {
  return value === '' || (IMPORT_FIELDS as readonly string[]).includes(value) || isCustomTarget(value);
}

/** True for `custom.<key>` with a key a lead's customFields accepts. */
export function isCustomTarget(value: string): value is `custom.${string}` {
  return value.startsWith(CUSTOM_PREFIX) && /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(value.slice(CUSTOM_PREFIX.length));
}

/** A custom-field key made from a column header: "Lead Score (1-10)" → "Lead_Score_1_10". */
export function customKeyFromHeader(header: string): string {
  const key = header
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 40);
  if (!key) return 'column';
  return /^[A-Za-z]/.test(key) ? key : `c_${key}`.slice(0, 40);
}

import type { MappingTarget } from './import-fields';

/** One column of a preset: the header as the other tool writes it, and the field it holds. */
export type PresetColumn = readonly [header: string, field: MappingTarget];

/**
 * The header format of another tool's export (or Leadline's own). `columns` are written on export,
 * in this order, and read on import; `alsoReads` are other spellings the same tool uses, read only.
 * A file is recognised as this preset when it has at least one `signature` header.
 */
export interface CsvPreset {
  id: string;
  label: string;
  columns: readonly PresetColumn[];
  alsoReads: readonly PresetColumn[];
  signature: readonly string[];
  /** Leadline's own format writes one `Custom: <key>` column per custom field. */
  customColumns?: boolean;
}

/** Prefix of Leadline's custom-field columns. */
export const CUSTOM_COLUMN_PREFIX = 'Custom: ';

/**
 * Every preset, sorted by id (a test keeps it sorted and checks every entry). Header names are the
 * ones these tools write in their own CSV exports.
 */
export const PRESETS: readonly CsvPreset[] = [
  {
    // Apollo: People → Export (CSV).
    id: 'apollo',
    label: 'Apollo contacts',
    columns: [
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Title', 'title'],
      ['Company', 'company'],
      ['Email', 'email'],
      ['Secondary Email', 'otherEmails'],
      ['First Phone', 'phone'],
      ['Other Phone', 'otherPhones'],
      ['Person Linkedin Url', 'linkedinUrl'],
      ['Website', 'websiteUrl'],
      ['City', 'location'],
    ],
    alsoReads: [
      ['Tertiary Email', 'otherEmails'],
      ['Work Direct Phone', 'otherPhones'],
      ['Mobile Phone', 'otherPhones'],
      ['Home Phone', 'otherPhones'],
      ['Corporate Phone', 'otherPhones'],
      ['State', 'location'],
      ['Country', 'location'],
      ['Contact Owner', 'owner'],
      ['Apollo Contact Id', 'custom.Apollo_Contact_Id'],
      // Apollo's own sequence stage ("Cold", "Approaching"), not a pipeline stage.
      ['Stage', ''],
    ],
    signature: ['Person Linkedin Url', 'Apollo Contact Id', 'Company Name for Emails', 'Email Status'],
  },
  {
    // HubSpot: Contacts → Export (property labels as headers).
    id: 'hubspot',
    label: 'HubSpot contacts',
    columns: [
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['Email', 'email'],
      ['Phone Number', 'phone'],
      ['Mobile Phone Number', 'otherPhones'],
      ['Job Title', 'title'],
      ['Company Name', 'company'],
      ['Website URL', 'websiteUrl'],
      ['City', 'location'],
      ['LinkedIn URL', 'linkedinUrl'],
    ],
    alsoReads: [
      ['Email Address', 'email'],
      ['State/Region', 'location'],
      ['Country/Region', 'location'],
      ['Contact owner', 'owner'],
      ['Record ID', 'custom.HubSpot_Record_ID'],
    ],
    signature: ['Record ID', 'Mobile Phone Number', 'Contact owner', 'Lifecycle Stage'],
  },
  {
    // Leadline's own export: every field, so that export → import → export is byte-identical.
    id: 'leadline',
    label: 'Leadline',
    columns: [
      ['Leadline ID', 'id'],
      ['Full name', 'fullName'],
      ['First name', 'firstName'],
      ['Last name', 'lastName'],
      ['Email', 'email'],
      ['Other emails', 'otherEmails'],
      ['Email status', 'emailStatus'],
      ['Phone', 'phone'],
      ['Other phones', 'otherPhones'],
      ['Title', 'title'],
      ['Company', 'company'],
      ['Company domain', 'companyDomain'],
      ['Location', 'location'],
      ['LinkedIn URL', 'linkedinUrl'],
      ['Sales Navigator ID', 'salesNavId'],
      ['Website', 'websiteUrl'],
      ['Social profiles', 'socialProfiles'],
      ['Stage', 'stage'],
      ['Deal value', 'dealValue'],
      ['Expected close date', 'expectedCloseDate'],
      ['Lost reason', 'lostReason'],
      ['Owner', 'owner'],
      ['Campaigns', 'campaigns'],
      ['Notes', 'notes'],
      ['Created', 'createdAt'],
    ],
    alsoReads: [],
    signature: ['Leadline ID'],
    customColumns: true,
  },
  {
    // LinkedIn: Settings → Data privacy → Get a copy of your data → Connections (Connections.csv,
    // which starts with a few lines of notes before the header).
    id: 'linkedin-connections',
    label: 'LinkedIn connections',
    columns: [
      ['First Name', 'firstName'],
      ['Last Name', 'lastName'],
      ['URL', 'linkedinUrl'],
      ['Email Address', 'email'],
      ['Company', 'company'],
      ['Position', 'title'],
      ['Connected On', 'custom.Connected_On'],
    ],
    alsoReads: [],
    signature: ['Connected On'],
  },
  {
    // Pipedrive: Contacts → People → Export (every header prefixed with the entity).
    id: 'pipedrive',
    label: 'Pipedrive people',
    columns: [
      ['Person - Name', 'fullName'],
      ['Person - First name', 'firstName'],
      ['Person - Last name', 'lastName'],
      ['Person - Organization', 'company'],
      ['Person - Job title', 'title'],
      ['Person - Email - Work', 'email'],
      ['Person - Email - Other', 'otherEmails'],
      ['Person - Phone - Work', 'phone'],
      ['Person - Phone - Other', 'otherPhones'],
      ['Person - Postal address', 'location'],
    ],
    alsoReads: [
      ['Person - Email - Home', 'otherEmails'],
      ['Person - Phone - Mobile', 'otherPhones'],
      ['Person - Phone - Home', 'otherPhones'],
      ['Person - Owner', 'owner'],
      ['Person - ID', 'custom.Pipedrive_ID'],
    ],
    signature: ['Person - Name', 'Person - Organization', 'Person - Email - Work', 'Person - ID'],
  },
  {
    // Sales Navigator lead lists, as exported by the usual export tools (one row per lead, the
    // Sales Navigator URL in profileUrl and the public profile in linkedInProfileUrl).
    id: 'sales-navigator',
    label: 'LinkedIn Sales Navigator',
    columns: [
      ['fullName', 'fullName'],
      ['firstName', 'firstName'],
      ['lastName', 'lastName'],
      ['title', 'title'],
      ['companyName', 'company'],
      ['location', 'location'],
      ['linkedInProfileUrl', 'linkedinUrl'],
      ['profileUrl', 'salesNavId'],
    ],
    alsoReads: [
      ['defaultProfileUrl', 'linkedinUrl'],
      ['name', 'fullName'],
    ],
    signature: ['profileUrl', 'linkedInProfileUrl', 'defaultProfileUrl', 'companyName'],
  },
  {
    // Salesforce: Lead export through Data Loader / Data Export (API field names); report exports
    // use the labels listed under alsoReads.
    id: 'salesforce',
    label: 'Salesforce leads',
    columns: [
      ['FirstName', 'firstName'],
      ['LastName', 'lastName'],
      ['Email', 'email'],
      ['Phone', 'phone'],
      ['MobilePhone', 'otherPhones'],
      ['Title', 'title'],
      ['Company', 'company'],
      ['Website', 'websiteUrl'],
      ['City', 'location'],
      ['Description', 'notes'],
    ],
    alsoReads: [
      ['Name', 'fullName'],
      ['State', 'location'],
      ['Country', 'location'],
      ['Company / Account', 'company'],
      ['Mobile', 'otherPhones'],
      ['State/Province', 'location'],
      ['Lead Owner', 'owner'],
      ['Id', 'custom.Salesforce_Id'],
    ],
    signature: ['FirstName', 'LastName', 'MobilePhone', 'Company / Account', 'Lead Owner', 'Lead Source', 'LeadSource'],
  },
];

/**
 * Headers recognised in any file (after the preset's own): the usual spellings of each field in
 * hand-made spreadsheets. Compared case-insensitively.
 */
export const GENERIC_HEADERS: readonly PresetColumn[] = [
  ['Name', 'fullName'],
  ['Full Name', 'fullName'],
  ['Contact Name', 'fullName'],
  ['First Name', 'firstName'],
  ['Given Name', 'firstName'],
  ['Last Name', 'lastName'],
  ['Surname', 'lastName'],
  ['Family Name', 'lastName'],
  ['Email', 'email'],
  ['E-mail', 'email'],
  ['Email Address', 'email'],
  ['E-mail Address', 'email'],
  ['Work Email', 'email'],
  ['Phone', 'phone'],
  ['Phone Number', 'phone'],
  ['Telephone', 'phone'],
  ['Mobile', 'otherPhones'],
  ['Mobile Phone', 'otherPhones'],
  ['Title', 'title'],
  ['Job Title', 'title'],
  ['Position', 'title'],
  ['Role', 'title'],
  ['Company', 'company'],
  ['Company Name', 'company'],
  ['Organization', 'company'],
  ['Organisation', 'company'],
  ['Account', 'company'],
  ['Domain', 'companyDomain'],
  ['Company Domain', 'companyDomain'],
  ['Website', 'websiteUrl'],
  ['Website URL', 'websiteUrl'],
  ['LinkedIn', 'linkedinUrl'],
  ['LinkedIn URL', 'linkedinUrl'],
  ['LinkedIn Profile', 'linkedinUrl'],
  ['Profile URL', 'linkedinUrl'],
  ['Location', 'location'],
  ['City', 'location'],
  ['Country', 'location'],
  ['Notes', 'notes'],
  ['Owner', 'owner'],
  ['Stage', 'stage'],
  ['Deal Value', 'dealValue'],
  ['Campaign', 'campaigns'],
  ['Campaigns', 'campaigns'],
];

/** The preset with that id, or undefined. */
export function findPreset(id: string | undefined): CsvPreset | undefined {
  return id ? PRESETS.find((preset) => preset.id === id) : undefined;
}

/** Headers compared the way tools differ in writing them: case, spacing and a stray BOM aside. */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .trim()
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

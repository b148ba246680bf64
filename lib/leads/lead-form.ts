import { EmailSchema, MoneySchema, StageSchema, WebUrlSchema, type Lead, type Stage } from '../model';
import { normaliseLinkedinProfileUrl, socialProfileOf } from '../keys';
import type { LeadPatch } from './lead-fields';
import type { LeadEdit } from './update-lead';

/** The add/edit form's inputs, as typed. */
export interface LeadFormInput {
  fullName: string;
  emails: string;
  phones: string;
  title: string;
  company: string;
  companyDomain: string;
  location: string;
  linkedinUrl: string;
  websiteUrl: string;
  /** Social profile addresses, one per line. */
  socialUrls: string;
  stage: Stage;
  dealValue: string;
  notes: string;
}

export type LeadFormErrors = Partial<Record<keyof LeadFormInput, string>>;

/** The form filled from a lead (or empty for a new one). */
export function leadFormFrom(lead?: Lead): LeadFormInput {
  return {
    fullName: lead?.fullName ?? '',
    emails: lead?.emails.join(', ') ?? '',
    phones: lead?.phones.join(', ') ?? '',
    title: lead?.title ?? '',
    company: lead?.company ?? '',
    companyDomain: lead?.companyDomain ?? '',
    location: lead?.location ?? '',
    linkedinUrl: lead?.linkedinUrl ?? '',
    websiteUrl: lead?.websiteUrl ?? '',
    socialUrls: lead?.socialProfiles.map((profile) => profile.url).join('\n') ?? '',
    stage: lead?.stage ?? 'new',
    dealValue: lead?.dealValue === undefined ? '' : String(lead.dealValue),
    notes: lead?.notes ?? '',
  };
}

const list = (text: string) =>
  text
    .split(/[,;\n]+/)
    .map((item) => item.trim())
    .filter(Boolean);

/** Checks the form and turns it into an edit; every problem is named next to its field. */
export function parseLeadForm(
  input: LeadFormInput,
): { ok: true; fields: LeadPatch; deal: NonNullable<LeadEdit['deal']> } | { ok: false; errors: LeadFormErrors } {
  const errors: LeadFormErrors = {};
  const fullName = input.fullName.trim();
  if (!fullName) errors.fullName = 'Enter the person’s name';

  const emails = list(input.emails);
  const badEmail = emails.find((email) => !EmailSchema.safeParse(email).success);
  if (badEmail) errors.emails = `“${badEmail}” is not a valid email address`;

  let linkedinUrl = input.linkedinUrl.trim();
  if (linkedinUrl) {
    const normalised = normaliseLinkedinProfileUrl(linkedinUrl);
    if (!normalised) errors.linkedinUrl = 'Use a profile address such as https://www.linkedin.com/in/name/';
    else linkedinUrl = normalised;
  }

  const websiteUrl = input.websiteUrl.trim();
  if (websiteUrl && !WebUrlSchema.safeParse(websiteUrl).success) errors.websiteUrl = 'Use an address starting with https://';

  // Each profile is an identity key: only profile addresses of networks Leadline knows, normalised.
  const socialProfiles: Lead['socialProfiles'] = [];
  for (const line of input.socialUrls
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter(Boolean)) {
    // http(s) only: any other scheme (javascript:, ftp:) gives no profile.
    const profile = socialProfileOf(line);
    if (!profile) {
      errors.socialUrls = `“${line.slice(0, 80)}” is not a profile address on X, GitHub, Facebook, Instagram, YouTube, Bluesky or Mastodon (such as https://x.com/handle)`;
      break;
    }
    if (!socialProfiles.some((known) => known.url === profile.url)) socialProfiles.push(profile);
  }

  let dealValue: number | undefined;
  if (input.dealValue.trim()) {
    const parsed = MoneySchema.safeParse(Number(input.dealValue.replace(/[\s,]/g, '')));
    if (!parsed.success || !/^[\d\s,.]+$/.test(input.dealValue.trim())) {
      errors.dealValue = input.dealValue.trim().startsWith('-') ? 'Deal value cannot be negative' : 'Enter the deal value as a number';
    } else dealValue = parsed.data;
  }
  const stage = StageSchema.safeParse(input.stage);
  if (!stage.success) errors.stage = 'Pick a stage';

  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    fields: {
      fullName,
      emails,
      phones: list(input.phones),
      title: input.title.trim(),
      company: input.company.trim(),
      companyDomain: input.companyDomain.trim().toLowerCase(),
      location: input.location.trim(),
      linkedinUrl,
      websiteUrl,
      socialProfiles,
    },
    deal: { stage: stage.data ?? 'new', dealValue, notes: input.notes },
  };
}

const PERSON_INPUTS = [
  'fullName',
  'emails',
  'phones',
  'title',
  'company',
  'companyDomain',
  'location',
  'linkedinUrl',
  'websiteUrl',
  'socialUrls',
] as const;

/**
 * The edit that writes only `changed` inputs of a checked form: a field the user left alone is not
 * in it, so whatever is stored there (changed meanwhile elsewhere) stays. An emptied deal value is
 * a clear the user made on purpose: this form showed the value.
 */
export function leadEditFromForm(
  parsed: { fields: LeadPatch; deal: NonNullable<LeadEdit['deal']> },
  changed: readonly (keyof LeadFormInput)[],
): LeadEdit {
  const fields: LeadPatch = {};
  const deal: NonNullable<LeadEdit['deal']> = {};
  for (const key of changed) {
    if ((PERSON_INPUTS as readonly string[]).includes(key)) {
      // The profiles box holds addresses; the lead stores them as profiles.
      const field = key === 'socialUrls' ? 'socialProfiles' : (key as keyof LeadPatch);
      (fields as Record<string, unknown>)[field] = parsed.fields[field];
    } else if (key === 'stage') deal.stage = parsed.deal.stage;
    else if (key === 'dealValue') {
      deal.dealValue = parsed.deal.dealValue;
      deal.dealCurrency = undefined;
    } else if (key === 'notes') deal.notes = parsed.deal.notes;
  }
  return { fields, deal };
}

/** What each input is called, for messages that name fields. */
export const LEAD_FORM_LABELS: Record<keyof LeadFormInput, string> = {
  fullName: 'name',
  emails: 'emails',
  phones: 'phone',
  title: 'title',
  company: 'company',
  companyDomain: 'company domain',
  location: 'location',
  linkedinUrl: 'LinkedIn URL',
  websiteUrl: 'website',
  socialUrls: 'social profiles',
  stage: 'stage',
  dealValue: 'deal value',
  notes: 'notes',
};

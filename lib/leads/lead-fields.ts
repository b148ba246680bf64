import type { Lead, LeadField, ProspectDraft } from '../model';
import { normaliseEmail, normaliseLinkedinProfileUrl, socialProfilesOf } from '../keys';

/** Values for the person fields of a lead, as a capture, a form or an import supplies them. */
export type LeadPatch = Partial<Pick<Lead, LeadField>>;

/** A draft's person fields as a lead patch (single email and phone become lists). */
export function patchFromDraft(draft: ProspectDraft): LeadPatch {
  const patch: LeadPatch = {};
  const fullName = draft.fullName ?? joinName(draft.firstName, draft.lastName);
  if (fullName) patch.fullName = fullName;
  if (draft.firstName) patch.firstName = draft.firstName;
  if (draft.lastName) patch.lastName = draft.lastName;
  if (draft.email) patch.emails = [draft.email];
  if (draft.phone) patch.phones = [draft.phone];
  if (draft.title) patch.title = draft.title;
  if (draft.company) patch.company = draft.company;
  if (draft.companyDomain) patch.companyDomain = draft.companyDomain;
  if (draft.location) patch.location = draft.location;
  const linkedin = normaliseLinkedinProfileUrl(draft.linkedinUrl);
  if (linkedin) patch.linkedinUrl = linkedin;
  if (draft.salesNavId) patch.salesNavId = draft.salesNavId;
  if (draft.websiteUrl) patch.websiteUrl = draft.websiteUrl;
  const page = draft.socialUrl ? { url: draft.socialUrl, handle: draft.socialHandle } : undefined;
  const social = socialProfilesOf([page, ...(draft.profiles ?? [])]);
  if (social.length) patch.socialProfiles = social;
  if (draft.bio) patch.bio = draft.bio;
  return patch;
}

/** Which lead field each draft field feeds, for carrying the draft's evidence into provenance. */
export const DRAFT_TO_LEAD_FIELD: Partial<Record<keyof ProspectDraft, LeadField>> = {
  fullName: 'fullName',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'emails',
  phone: 'phones',
  title: 'title',
  company: 'company',
  companyDomain: 'companyDomain',
  location: 'location',
  linkedinUrl: 'linkedinUrl',
  salesNavId: 'salesNavId',
  websiteUrl: 'websiteUrl',
  socialUrl: 'socialProfiles',
  bio: 'bio',
};

function joinName(first?: string, last?: string): string | undefined {
  const name = [first, last].filter(Boolean).join(' ').trim();
  return name || undefined;
}

/** Trims text fields, drops empty ones, lower-cases and de-duplicates emails. */
export function cleanPatch(patch: LeadPatch): LeadPatch {
  const out: LeadPatch = {};
  for (const [key, value] of Object.entries(patch) as [LeadField, unknown][]) {
    if (Array.isArray(value)) {
      if (key === 'socialProfiles') {
        const profiles = socialProfilesOf(value as Lead['socialProfiles']);
        if (profiles.length) out.socialProfiles = profiles;
        continue;
      }
      const items = value.map((item) => String(item).trim()).filter(Boolean);
      const unique = [...new Set(key === 'emails' ? items.map(normaliseEmail) : items)];
      if (unique.length) (out as Record<string, unknown>)[key] = unique;
    } else if (typeof value === 'string') {
      const text = value.trim();
      if (text) (out as Record<string, unknown>)[key] = key === 'linkedinUrl' ? (normaliseLinkedinProfileUrl(text) ?? text) : text;
    }
  }
  return out;
}

import type { CompanyField } from '@/lib/companies';
import type { DraftField, EngagementAction, LeadField } from '@/lib/model';

/** What a person shown on a post or list did, as the panel says it beside their name. */
export const ENGAGEMENT_LABELS: Record<EngagementAction, string> = {
  posted: 'Author of the post',
  replied: 'Replied',
  commented: 'Commented',
  reacted: 'Reacted',
  liked: 'Liked',
  reposted: 'Reposted',
  follows: 'Follower',
};

/** What each captured field is called in the panel. */
export const DRAFT_FIELD_LABELS: Record<DraftField, string> = {
  fullName: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  email: 'Email',
  phone: 'Phone',
  title: 'Title',
  company: 'Company',
  companyDomain: 'Company domain',
  location: 'Location',
  linkedinUrl: 'LinkedIn',
  websiteUrl: 'Website',
  salesNavId: 'Sales Navigator id',
  companyLinkedinUrl: 'Company LinkedIn page',
  industry: 'Industry',
  companySize: 'Company size',
  headquarters: 'Headquarters',
  socialUrl: 'Social profile',
  socialHandle: 'Handle',
  bio: 'Bio',
};

/** Person fields always offered for editing, in order; others appear when the page gave them. */
export const PERSON_FIELDS: readonly DraftField[] = [
  'fullName',
  'title',
  'company',
  'location',
  'email',
  'phone',
  'linkedinUrl',
  'websiteUrl',
];
export const MORE_PERSON_FIELDS: readonly DraftField[] = [
  'socialUrl',
  'socialHandle',
  'bio',
  'firstName',
  'lastName',
  'companyDomain',
  'salesNavId',
  'companyLinkedinUrl',
];

/** Company fields offered for a company-only draft. */
export const COMPANY_DRAFT_FIELDS: readonly DraftField[] = [
  'company',
  'websiteUrl',
  'companyDomain',
  'industry',
  'companySize',
  'headquarters',
  'companyLinkedinUrl',
  'socialUrl',
];

/** Lead fields as a diff names them. */
export const LEAD_FIELD_LABELS: Record<LeadField, string> = {
  fullName: 'Name',
  firstName: 'First name',
  lastName: 'Last name',
  emails: 'Emails',
  phones: 'Phones',
  title: 'Title',
  company: 'Company',
  companyDomain: 'Company domain',
  location: 'Location',
  linkedinUrl: 'LinkedIn',
  salesNavId: 'Sales Navigator id',
  websiteUrl: 'Website',
  socialProfiles: 'Social profiles',
  bio: 'Bio',
};

export const COMPANY_FIELD_LABELS: Record<CompanyField, string> = {
  name: 'Name',
  domain: 'Domain',
  linkedinUrl: 'LinkedIn page',
  websiteUrl: 'Website',
  industry: 'Industry',
  size: 'Size',
  headquarters: 'Headquarters',
};

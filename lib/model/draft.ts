import { z } from 'zod';
import { CaptureSourceSchema } from './source';
import { EmailSchema, WebUrlSchema } from './primitives';

/** The person (or company) fields an extractor can fill, in the order the review panel shows them. */
export const DRAFT_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'email',
  'phone',
  'title',
  'company',
  'companyDomain',
  'location',
  'linkedinUrl',
  'websiteUrl',
  'salesNavId',
  'companyLinkedinUrl',
  'industry',
  'companySize',
  'headquarters',
  'socialUrl',
  'socialHandle',
  'bio',
] as const;
export type DraftField = (typeof DRAFT_FIELDS)[number];

/** What a person shown on a post or list did: wrote it, replied, reacted, follows the profile… */
export const ENGAGEMENT_ACTIONS = ['posted', 'replied', 'commented', 'reacted', 'liked', 'reposted', 'follows'] as const;
export type EngagementAction = (typeof ENGAGEMENT_ACTIONS)[number];

/** The timeline note for an engagement: "Replied to https://x.com/…/status/1". */
export function engagementNote(action: EngagementAction, url: string): string {
  const verb = {
    posted: 'Posted',
    replied: 'Replied to',
    commented: 'Commented on',
    reacted: 'Reacted to',
    liked: 'Liked',
    reposted: 'Reposted',
    follows: 'Follows',
  }[action];
  return `${verb} ${url}`;
}

const name = z.string().trim().min(1).max(200);

/**
 * What an extractor read from a page about one person (or, without `fullName`, one company).
 * Every field is optional; `evidence` names the strategy that produced each value.
 */
export const ProspectDraftSchema = z.object({
  fullName: name.optional(),
  firstName: name.optional(),
  lastName: name.optional(),
  email: EmailSchema.optional(),
  phone: z.string().trim().min(3).max(60).optional(),
  title: z.string().trim().min(1).max(300).optional(),
  company: name.optional(),
  companyDomain: z.string().trim().toLowerCase().max(253).optional(),
  location: z.string().trim().min(1).max(200).optional(),
  linkedinUrl: WebUrlSchema.optional(),
  websiteUrl: WebUrlSchema.optional(),
  salesNavId: z.string().trim().min(1).max(200).optional(),
  companyLinkedinUrl: WebUrlSchema.optional(),
  industry: z.string().trim().min(1).max(200).optional(),
  companySize: z.string().trim().min(1).max(100).optional(),
  headquarters: z.string().trim().min(1).max(200).optional(),
  /** The social profile the page is (or the person's card links to), normalised (lib/leads/social.ts). */
  socialUrl: WebUrlSchema.optional(),
  socialHandle: z.string().trim().min(1).max(200).optional(),
  /** A profile's bio, or the headline shown beside a person in a list. */
  bio: z.string().trim().min(1).max(1000).optional(),
  /** A company page (GitHub organisation, Facebook Page, business account): saved as a company, never a person. */
  kind: z.enum(['person', 'company']).optional(),
  /** Other social profiles the page lists for this person (normalised URLs; LinkedIn goes to `linkedinUrl`). */
  profiles: z.array(WebUrlSchema).max(20).optional(),
  /** How the person engaged with the post or profile the page shows: recorded on the timeline when saved. */
  engagement: z.object({ action: z.enum(ENGAGEMENT_ACTIONS), url: WebUrlSchema }).optional(),
  source: CaptureSourceSchema,
  sourceUrl: WebUrlSchema,
  evidence: z.partialRecord(z.enum(DRAFT_FIELDS), z.string().max(100)).default({}),
  /** Other values the page offered for a field (several phones in a signature): shown, never merged silently. */
  alternates: z
    .object({ emails: z.array(EmailSchema).max(20).optional(), phones: z.array(z.string().max(60)).max(20).optional() })
    .optional(),
});
export type ProspectDraft = z.infer<typeof ProspectDraftSchema>;
export type ProspectDraftInput = z.input<typeof ProspectDraftSchema>;

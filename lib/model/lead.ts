import { z } from 'zod';
import { EmailSchema, IdSchema, IsoDateSchema, MoneySchema, TextSchema, TimestampSchema, WebUrlSchema } from './primitives';
import { ProvenanceSchema, SOCIAL_NETWORKS, SourceSchema } from './source';
import { StageSchema } from './stages';

/** Lead fields a person can edit and an extractor can fill; provenance is kept per field. */
export const LEAD_FIELDS = [
  'fullName',
  'firstName',
  'lastName',
  'emails',
  'phones',
  'title',
  'company',
  'companyDomain',
  'location',
  'linkedinUrl',
  'salesNavId',
  'websiteUrl',
  'socialProfiles',
  'bio',
] as const;
export type LeadField = (typeof LEAD_FIELDS)[number];

/** UTM parameters seen on the page a lead was captured from. */
export const SourceTagsSchema = z.object({
  utm_source: z.string().max(200).optional(),
  utm_medium: z.string().max(200).optional(),
  utm_campaign: z.string().max(200).optional(),
  utm_term: z.string().max(200).optional(),
  utm_content: z.string().max(200).optional(),
});
export type SourceTags = z.infer<typeof SourceTagsSchema>;

/** What confirmed a guessed address: a reply from it, a logged email, an import, a capture, or the user. */
export const EMAIL_CONFIRMERS = ['reply', 'logged-email', 'import', 'capture', 'user'] as const;
export type EmailConfirmer = (typeof EMAIL_CONFIRMERS)[number];

/**
 * An address Leadline worked out from the company's pattern rather than read anywhere: how
 * (pattern, support of total addresses, the evidence as shown), until something confirms it.
 */
export const EmailGuessSchema = z.object({
  email: EmailSchema,
  pattern: z.string().trim().max(40),
  support: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  evidence: z.string().max(1000).default(''),
  at: TimestampSchema,
  /** The user agreed once to use the guessed address in a sequence step. */
  approvedAt: TimestampSchema.optional(),
  confirmedAt: TimestampSchema.optional(),
  confirmedBy: z.enum(EMAIL_CONFIRMERS).optional(),
});
export type EmailGuess = z.infer<typeof EmailGuessSchema>;

/** One social profile of a lead, stored as read: the network, the normalised URL, the handle shown. */
export const SocialProfileSchema = z.object({
  network: z.enum(SOCIAL_NETWORKS),
  url: WebUrlSchema,
  handle: z.string().trim().min(1).max(200),
});
export type StoredSocialProfile = z.infer<typeof SocialProfileSchema>;

const CustomFieldKeySchema = z.string().regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, 'Custom field names are letters, digits and _');

/** A prospect: the record every other part of Leadline hangs off. */
export const LeadSchema = z.object({
  id: IdSchema,
  fullName: z.string().trim().min(1, 'A lead needs a name').max(200),
  firstName: z.string().trim().max(100).optional(),
  lastName: z.string().trim().max(100).optional(),
  emails: z.array(EmailSchema).max(20).default([]),
  phones: z.array(z.string().trim().min(3).max(60)).max(20).default([]),
  /**
   * The E.164 form of each phone that has one ("020 7946 0321" → "+442079460321"), the phone kept as
   * written for display: duplicates, exports and dialling use it (lib/leads/phone-numbers.ts). Migration 011.
   * `ext` is the extension dialled after the number ("ext. 12", "x12", "poste 12"): migration 015.
   */
  phoneE164: z
    .array(
      z.object({
        phone: z.string().max(60),
        e164: z.string().regex(/^\+[1-9]\d{6,14}$/),
        ext: z
          .string()
          .regex(/^\d{1,6}$/)
          .optional(),
      }),
    )
    .max(20)
    .default([]),
  /** Addresses among `emails` that were guessed (see lib/emails): guessed until confirmed. */
  emailGuesses: z.array(EmailGuessSchema).max(20).default([]),
  title: z.string().trim().max(300).optional(),
  company: z.string().trim().max(200).optional(),
  companyDomain: z.string().trim().toLowerCase().max(253).optional(),
  companyId: IdSchema.optional(),
  location: z.string().trim().max(200).optional(),
  linkedinUrl: WebUrlSchema.optional(),
  salesNavId: z.string().trim().max(200).optional(),
  websiteUrl: WebUrlSchema.optional(),
  /**
   * Every social profile the lead is known by: its network, normalised profile URL (lib/keys/social.ts)
   * and handle; each URL is an identity key. Migrations 007 (URLs) and 013 (network and handle).
   */
  socialProfiles: z.array(SocialProfileSchema).max(30).default([]),
  /** A profile's bio as the page showed it. */
  bio: z.string().trim().max(1000).optional(),
  stage: StageSchema.default('new'),
  dealValue: MoneySchema.optional(),
  /** The currency `dealValue` was entered in (ISO 4217); absent means the workspace currency. */
  dealCurrency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  expectedCloseDate: IsoDateSchema.optional(),
  lostReason: TextSchema.optional(),
  owner: z.string().trim().max(100).optional(),
  notes: z.string().max(20000).default(''),
  customFields: z.record(CustomFieldKeySchema, z.string().max(2000)).default({}),
  campaignIds: z.array(IdSchema).default([]),
  firstTouchCampaignId: IdSchema.optional(),
  lastTouchCampaignId: IdSchema.optional(),
  sourceTags: SourceTagsSchema.default({}),
  capturedFrom: SourceSchema.default('manual'),
  provenance: z.partialRecord(z.enum(LEAD_FIELDS), ProvenanceSchema).default({}),
  /** Fields the user typed; a later capture never overwrites them. */
  editedFields: z.array(z.enum(LEAD_FIELDS)).default([]),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  stageChangedAt: TimestampSchema.optional(),
  closedAt: TimestampSchema.optional(),
  /**
   * Leads the user said are not this person ("Not the same person" under possible duplicates); kept
   * on both leads. Optional, so leads stored before it existed read unchanged.
   */
  notSameAs: z.array(IdSchema).max(500).optional(),
  /** Generated by "Load sample data", removable in one action. */
  sample: z.boolean().optional(),
  /**
   * Derived, for indexes: identity keys and search tokens (see lib/leads/identity.ts), and each
   * token's first two and three letters with `updatedAt` (recency keys: a search walks a prefix newest-first).
   */
  identity: z.array(z.string()).default([]),
  search: z.array(z.string()).default([]),
  recent: z.array(z.tuple([z.string(), z.number()])).default([]),
  /** Derived, for the known-addresses index: domains of the lead's confirmed company addresses. */
  emailDomains: z.array(z.string()).default([]),
});
export type Lead = z.infer<typeof LeadSchema>;
export type LeadInput = z.input<typeof LeadSchema>;

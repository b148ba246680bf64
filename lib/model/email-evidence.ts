import { z } from 'zod';
import { EmailSchema, IdSchema, TimestampSchema, WebUrlSchema } from './primitives';
import { CaptureSourceSchema } from './source';

/** Where an address was seen: a page (team page, speaker list) or a message (headers, signature). */
export const EVIDENCE_KINDS = ['page', 'message'] as const;

/**
 * An address seen beside a name while reading a page or a message, kept (minimal: the name, the
 * address, where and when) as evidence for the company's address pattern. One record per address.
 */
export const EmailEvidenceSchema = z.object({
  /** The lower-cased address. */
  id: IdSchema,
  email: EmailSchema,
  domain: z.string().trim().toLowerCase().min(1).max(253),
  fullName: z.string().trim().min(1).max(200),
  firstName: z.string().trim().max(100).optional(),
  lastName: z.string().trim().max(100).optional(),
  kind: z.enum(EVIDENCE_KINDS),
  source: CaptureSourceSchema,
  url: WebUrlSchema.optional(),
  /** When it was last seen there. */
  at: TimestampSchema,
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type EmailEvidence = z.infer<typeof EmailEvidenceSchema>;

/** How many addresses a domain's summary keeps of each kind: enough to see a pattern. */
export const DOMAIN_ADDRESS_LIMIT = 100;

/** One address Leadline holds at a domain: a lead's (with its id) or one seen on a page or in a message. */
export const KnownAtDomainSchema = z.object({
  email: EmailSchema,
  fullName: z.string().max(200),
  firstName: z.string().max(100).optional(),
  lastName: z.string().max(100).optional(),
  kind: z.enum(['lead', ...EVIDENCE_KINDS]),
  leadId: IdSchema.optional(),
  url: WebUrlSchema.optional(),
  at: TimestampSchema.optional(),
});
export type KnownAtDomain = z.infer<typeof KnownAtDomainSchema>;

/**
 * The addresses Leadline holds at one domain (migration 013), kept on every write of a lead or of
 * an evidence record (lib/db/domain-addresses.ts), so a guess reads one record. Derived: never
 * backed up or synced; `more*` says the domain has more addresses of that kind than are kept.
 */
export const DomainAddressesSchema = z.object({
  domain: z.string().min(1).max(253),
  leads: z.array(KnownAtDomainSchema).max(DOMAIN_ADDRESS_LIMIT),
  seen: z.array(KnownAtDomainSchema).max(DOMAIN_ADDRESS_LIMIT),
  moreLeads: z.boolean().default(false),
  moreSeen: z.boolean().default(false),
});
export type DomainAddresses = z.infer<typeof DomainAddressesSchema>;

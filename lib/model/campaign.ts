import { z } from 'zod';
import { IdSchema, IsoDateSchema, MoneySchema, TimestampSchema } from './primitives';

export const CHANNELS = [
  'linkedin',
  'x',
  'facebook',
  'instagram',
  'youtube',
  'events',
  'webinar',
  'email',
  'paid-search',
  'content',
  'referral',
  'other',
] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

export const CHANNEL_LABELS: Record<Channel, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  events: 'Events',
  webinar: 'Webinar',
  email: 'Email',
  'paid-search': 'Paid search',
  content: 'Content',
  referral: 'Referral',
  other: 'Other',
};

/** A draft campaign was created automatically (from a utm_campaign) and awaits review. */
export const CampaignStatusSchema = z.enum(['draft', 'active', 'archived']);
export type CampaignStatus = z.infer<typeof CampaignStatusSchema>;

/** A marketing campaign leads are tagged to. */
export const CampaignSchema = z.object({
  id: IdSchema,
  name: z.string().trim().min(1, 'A campaign needs a name').max(200),
  channel: ChannelSchema.default('other'),
  medium: z.string().trim().max(100).optional(),
  utmCampaign: z.string().trim().max(200).optional(),
  utmSource: z.string().trim().max(200).optional(),
  startDate: IsoDateSchema.optional(),
  endDate: IsoDateSchema.optional(),
  cost: MoneySchema.default(0),
  /** The currency `cost` was entered in (ISO 4217); absent means the workspace currency. */
  currency: z
    .string()
    .regex(/^[A-Z]{3}$/)
    .optional(),
  goalLeads: z.number().int('Goal is a whole number of leads').nonnegative('Goal cannot be negative').optional(),
  owner: z.string().trim().max(100).optional(),
  notes: z.string().max(20000).default(''),
  status: CampaignStatusSchema.default('active'),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  sample: z.boolean().optional(),
});
export type Campaign = z.infer<typeof CampaignSchema>;
export type CampaignInput = z.input<typeof CampaignSchema>;

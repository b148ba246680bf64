import { z } from 'zod';
import { TimestampSchema, WebUrlSchema } from './primitives';

/** The social networks Leadline reads profiles and posts on (LinkedIn has its own sources). */
export const SOCIAL_NETWORKS = ['x', 'github', 'facebook', 'instagram', 'youtube', 'bluesky', 'mastodon'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/**
 * The hosts of each network with a fixed address, asked for as optional host permissions when the
 * user turns on "follow navigation" for it (Mastodon servers have no fixed host: read on demand only).
 */
export const NETWORK_HOSTS: Record<Exclude<SocialNetwork, 'mastodon'>, readonly string[]> = {
  x: ['https://x.com/*', 'https://twitter.com/*'],
  github: ['https://github.com/*'],
  facebook: ['https://www.facebook.com/*'],
  instagram: ['https://www.instagram.com/*'],
  youtube: ['https://www.youtube.com/*'],
  bluesky: ['https://bsky.app/*'],
};

/** Where a prospect was captured. */
export const SOURCES = ['linkedin', 'sales-navigator', ...SOCIAL_NETWORKS, 'gmail', 'outlook', 'web', 'manual', 'import'] as const;
export const SourceSchema = z.enum(SOURCES);
export type Source = z.infer<typeof SourceSchema>;

/** Sources a page extractor can report (manual entry and import are not pages). */
export const CAPTURE_SOURCES = ['linkedin', 'sales-navigator', ...SOCIAL_NETWORKS, 'gmail', 'outlook', 'web'] as const;
export const CaptureSourceSchema = z.enum(CAPTURE_SOURCES);
export type CaptureSource = z.infer<typeof CaptureSourceSchema>;

export const SOURCE_LABELS: Record<Source, string> = {
  linkedin: 'LinkedIn',
  'sales-navigator': 'Sales Navigator',
  x: 'X',
  github: 'GitHub',
  facebook: 'Facebook',
  instagram: 'Instagram',
  youtube: 'YouTube',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  gmail: 'Gmail',
  outlook: 'Outlook',
  web: 'Web page',
  manual: 'Added by hand',
  import: 'Import',
};

/** Where one field's value came from: the site, the page, when, and which strategy read it. */
export const ProvenanceSchema = z.object({
  source: SourceSchema,
  url: WebUrlSchema.optional(),
  at: TimestampSchema,
  strategy: z.string().max(100).optional(),
});
export type Provenance = z.infer<typeof ProvenanceSchema>;

import { z } from 'zod';
import { EmailSchema, MailPageSchema, MailProviderSchema, MailThreadSchema, ProspectDraftSchema, WebUrlSchema } from '../model';

/** Sites whose content scripts send messages (https only: the router refuses any other scheme). */
export const LINKEDIN_SITES_ONLY = ['www.linkedin.com'] as const;
export const GMAIL_SITES = ['mail.google.com'] as const;
export const OUTLOOK_SITES = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com'] as const;
export const MAIL_SITES = [...GMAIL_SITES, ...OUTLOOK_SITES] as const;

/** Who may send a message: our own pages and service worker, or our content script on these sites. */
export type SenderRule = { kind: 'extension' } | { kind: 'content'; sites: readonly string[] };

const EXTENSION = { kind: 'extension' } as const;
const content = (sites: readonly string[]) => ({ kind: 'content', sites }) as const;

/**
 * Every message between Leadline's contexts: its request and reply schemas, and who may send it
 * (`from`): our extension pages and service worker, and/or our content script on the sites named
 * (https only). The router refuses any other sender, so a LinkedIn page cannot send Gmail's
 * messages and a page on http:// sends nothing. `sites`, when present, also binds the request to
 * the sender's site (a Gmail report only from Gmail).
 */
export const CONTRACT = {
  /** Liveness and version check (any context). */
  ping: {
    from: [EXTENSION, content([...LINKEDIN_SITES_ONLY, ...MAIL_SITES])],
    request: z.object({}).strict(),
    reply: z.object({ version: z.string() }),
  },
  /** Asks a tab's content script (or the injected generic extractor) what the page describes. */
  extract: {
    from: [EXTENSION],
    request: z.object({}).strict(),
    reply: z.object({
      url: z.string().max(4000),
      /** False while the page is still loading the person the URL names (LinkedIn SPA navigation). */
      ready: z.boolean(),
      /** The page shows an identifier (a handle, a profile slug) equal to its address's. */
      checked: z.boolean().optional(),
      drafts: z.array(ProspectDraftSchema).max(200),
      /** Any other page: authors it credits by name (and author page) only, listed apart, never drafts. */
      bylines: z
        .array(z.object({ name: z.string().trim().min(1).max(200), url: WebUrlSchema.optional() }))
        .max(20)
        .optional(),
      /** The mailbox owner the page shows (Gmail, Outlook): never offered as a prospect. */
      owner: EmailSchema.optional(),
      /**
       * Gmail, Outlook: each sender's newest message as lines (quote elements left out) and their client's
       * signature element, read by the receiver (lib/extract/mail-signature.ts `withSignatures`).
       */
      signatures: z
        .array(
          z.object({
            email: EmailSchema,
            lines: z.array(z.string().max(5000)).max(400),
            links: z
              .array(z.object({ href: z.string().max(4000), text: z.string().max(300), line: z.number().int().min(0).max(400) }))
              .max(100),
            block: z
              .object({
                lines: z.array(z.string().max(5000)).max(30),
                links: z
                  .array(z.object({ href: z.string().max(4000), text: z.string().max(300), line: z.number().int().min(0).max(30) }))
                  .max(30),
              })
              .optional(),
          }),
        )
        .max(200)
        .optional(),
    }),
  },
  /** Saves prospects captured in a page, reviewed by the user in an extension page. */
  'capture.save': {
    from: [EXTENSION],
    request: z
      .object({
        drafts: z.array(ProspectDraftSchema).min(1, 'Nothing to save').max(100),
        /** Campaign tags the person removed for this capture (lib/campaigns/tagger.ts `tagKey`). */
        excludeCampaignIds: z.array(z.string().max(250)).max(50).optional(),
      })
      .strict(),
    reply: z.object({
      leads: z.array(z.object({ id: z.string(), fullName: z.string(), created: z.boolean() })),
    }),
  },
  /** A LinkedIn page asks whether to show the optional in-page "Save to Leadline" button (Settings); the background injects it. */
  'inpage.button': {
    from: [content(LINKEDIN_SITES_ONLY)],
    request: z.object({}).strict(),
    reply: z.object({ shown: z.boolean() }),
  },
  /**
   * The optional in-page button was pressed (a trusted click): save the person the profile's top card
   * shows. Never renames or overwrites a stored lead (lib/capture/page-save.ts), and the reply says
   * nothing the page does not show.
   */
  'inpage.save': {
    from: [content(LINKEDIN_SITES_ONLY)],
    request: z.object({ draft: ProspectDraftSchema }).strict(),
    reply: z.object({ saved: z.boolean() }),
  },
  /** Opens the side panel beside the sender's tab. */
  'panel.open': {
    from: [content(LINKEDIN_SITES_ONLY)],
    request: z.object({}).strict(),
    reply: z.object({ opened: z.boolean() }),
  },
  /** Asks a Gmail or Outlook tab what it shows: the mailbox owner, the open thread, the message being written. */
  'mail.read': {
    from: [EXTENSION],
    request: z.object({}).strict(),
    reply: MailPageSchema,
  },
  /** Inserts plain text at the caret of the message being written (and the subject, when it is empty). */
  'mail.insert': {
    from: [EXTENSION],
    request: z.object({ subject: z.string().max(500).default(''), body: z.string().min(1, 'Nothing to insert').max(20000) }).strict(),
    reply: z.object({ placed: z.enum(['caret', 'start']), subjectFilled: z.boolean() }),
  },
  /** A Gmail or Outlook tab shows a thread: learn the mailbox owner, record replies from enrolled leads. */
  'mail.seen': {
    from: [content(MAIL_SITES)],
    request: z.object({ provider: MailProviderSchema, owner: EmailSchema.optional(), thread: MailThreadSchema }).strict(),
    /** Gmail's report only from Gmail, Outlook's only from Outlook on the web. */
    sites: (request: { provider: 'gmail' | 'outlook' }): readonly string[] => (request.provider === 'gmail' ? GMAIL_SITES : OUTLOOK_SITES),
    reply: z.object({ replies: z.number().int().nonnegative() }),
  },
  /** A Gmail or Outlook tab's thread or message being written changed: open side panels read it again. */
  'mail.changed': {
    from: [content(MAIL_SITES)],
    request: z.object({}).strict(),
    reply: z.object({}),
  },
  /** Recompute the toolbar badge and reminder alarm now (a page changed follow-ups; wakes the worker). */
  'reminders.refresh': {
    from: [EXTENSION],
    request: z.object({}).strict(),
    reply: z.object({ dueCount: z.number().int().nonnegative() }),
  },
  /** Replicate with the team server now (Settings → Team "Sync now", a page's live feed, a local change). */
  'sync.now': {
    from: [EXTENSION],
    request: z.object({}).strict(),
    reply: z.object({
      state: z.enum(['off', 'idle', 'syncing', 'offline', 'error']),
      waiting: z.number().int().nonnegative(),
      lastSyncAt: z.number().int().nonnegative().optional(),
      lastError: z.string().max(300).optional(),
    }),
  },
} as const;

export type MessageType = keyof typeof CONTRACT;
export type RequestOf<T extends MessageType> = z.infer<(typeof CONTRACT)[T]['request']>;
export type RequestInputOf<T extends MessageType> = z.input<(typeof CONTRACT)[T]['request']>;
export type ReplyOf<T extends MessageType> = z.infer<(typeof CONTRACT)[T]['reply']>;
export type SenderKind = 'extension' | 'content';
